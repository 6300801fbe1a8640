using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Core.Extraction;

namespace Graph.Worker.Output;

/// <summary>
/// Writes the JSON contract of <c>graph extract --format json</c>. Field names and order are part of the contract;
/// non-ASCII text is written as is, not as \u escapes, so French articles stay readable.
/// </summary>
internal static class ExtractionJsonWriter
{
    public static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One value per line, for JSON Lines.</summary>
    public static readonly JsonWriterOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The whole document at once; <c>graph extract</c> streams it with <see cref="ExtractionJsonDocument"/>.</summary>
    public static void Write(Stream output, ExtractionResults results)
    {
        using var document = new ExtractionJsonDocument(output);
        foreach (var extraction in results.Articles)
        {
            document.Write(extraction);
        }

        foreach (var failed in results.Failed)
        {
            document.Fail(failed);
        }

        document.Complete();
    }

    public static void WriteFailed(Utf8JsonWriter json, Ingestion.FailedFile failed)
    {
        json.WriteStartObject();
        json.WriteString("path", failed.Path);
        json.WriteString("error", failed.Reason);
        json.WriteEndObject();
    }

    public static void WriteArticle(Utf8JsonWriter json, ArticleExtraction extraction)
    {
        var article = extraction.Article;
        json.WriteStartObject();
        json.WriteString("article", article.FileName);
        json.WriteString("id", article.Id);
        json.WriteString("title", article.Title);
        json.WriteString("language", article.Language);
        json.WriteString("published", article.Published);

        json.WriteStartArray("entities");
        foreach (var entity in extraction.Entities)
        {
            WriteEntity(json, entity);
        }

        json.WriteEndArray();
        json.WriteStartArray("relations");
        foreach (var fact in extraction.Relations)
        {
            WriteRelation(json, fact);
        }

        json.WriteEndArray();
        json.WriteStartArray("rejected");
        foreach (var rejection in extraction.Rejected)
        {
            json.WriteStartObject();
            json.WriteString("reason", rejection.Reason);
            json.WriteString("sentence", rejection.Sentence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter json, ExtractedEntity entity)
    {
        json.WriteStartObject();
        json.WriteString("id", entity.Id);
        json.WriteString("name", entity.Name);
        json.WriteString("type", entity.Type);
        json.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        json.WriteString("wikidata", entity.Wikidata);
        // External references only where the data has one, so entities without them read as before.
        if (entity.Iso3166 is { } iso)
        {
            json.WriteString("iso3166", iso);
        }

        if (entity.GeoNames is { } geonames)
        {
            json.WriteString("geonames", geonames);
        }

        json.WriteStartArray("mentions");
        foreach (var mention in entity.Mentions)
        {
            json.WriteStartObject();
            json.WriteString("text", mention.Text);
            json.WriteNumber("start", mention.Span.Start);
            json.WriteNumber("end", mention.Span.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRelation(Utf8JsonWriter json, Fact fact)
    {
        json.WriteStartObject();
        json.WriteString("subject", fact.Subject);
        json.WriteString("type", fact.Type);
        json.WriteString("object", fact.Object);
        json.WriteString("sentence", fact.Sentence);
        json.WriteNumber("start", fact.SentenceSpan.Start);
        json.WriteNumber("end", fact.SentenceSpan.End);
        json.WriteStartObject("properties");
        foreach (var (key, value) in fact.Properties)
        {
            json.WritePropertyName(key);
            WriteValue(json, value);
        }

        json.WriteEndObject();
        json.WriteNumber("confidence", fact.Confidence);
        json.WriteEndObject();
    }

    /// <summary>Qualifier values are numbers, strings or booleans; anything else is written as its invariant text.</summary>
    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            case int number: json.WriteNumberValue(number); break;
            case long number: json.WriteNumberValue(number); break;
            case double number: json.WriteNumberValue(number); break;
            case float number: json.WriteNumberValue(number); break;
            case decimal number: json.WriteNumberValue(number); break;
            case IFormattable formattable: json.WriteStringValue(formattable.ToString(null, CultureInfo.InvariantCulture)); break;
            default: json.WriteStringValue(value.ToString()); break;
        }
    }
}
