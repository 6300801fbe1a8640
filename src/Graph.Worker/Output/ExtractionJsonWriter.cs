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
    // Property names encoded once, not at every article: the writer runs for every article `graph extract` reads.
    private static readonly JsonEncodedText NameAliases = JsonEncodedText.Encode("aliases");
    private static readonly JsonEncodedText NameArticle = JsonEncodedText.Encode("article");
    private static readonly JsonEncodedText NameConfidence = JsonEncodedText.Encode("confidence");
    private static readonly JsonEncodedText NameEnd = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText NameEntities = JsonEncodedText.Encode("entities");
    private static readonly JsonEncodedText NameError = JsonEncodedText.Encode("error");
    private static readonly JsonEncodedText NameGeonames = JsonEncodedText.Encode("geonames");
    private static readonly JsonEncodedText NameId = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText NameIso3166 = JsonEncodedText.Encode("iso3166");
    private static readonly JsonEncodedText NameLanguage = JsonEncodedText.Encode("language");
    private static readonly JsonEncodedText NameMentions = JsonEncodedText.Encode("mentions");
    private static readonly JsonEncodedText NameName = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText NameObject = JsonEncodedText.Encode("object");
    private static readonly JsonEncodedText NamePath = JsonEncodedText.Encode("path");
    private static readonly JsonEncodedText NameProperties = JsonEncodedText.Encode("properties");
    private static readonly JsonEncodedText NamePublished = JsonEncodedText.Encode("published");
    private static readonly JsonEncodedText NameReason = JsonEncodedText.Encode("reason");
    private static readonly JsonEncodedText NameRejected = JsonEncodedText.Encode("rejected");
    private static readonly JsonEncodedText NameRelations = JsonEncodedText.Encode("relations");
    private static readonly JsonEncodedText NameSentence = JsonEncodedText.Encode("sentence");
    private static readonly JsonEncodedText NameStart = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText NameSubject = JsonEncodedText.Encode("subject");
    private static readonly JsonEncodedText NameText = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText NameTitle = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText NameType = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText NameWikidata = JsonEncodedText.Encode("wikidata");

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
        json.WriteString(NamePath, failed.Path);
        json.WriteString(NameError, failed.Reason);
        json.WriteEndObject();
    }

    public static void WriteArticle(Utf8JsonWriter json, ArticleExtraction extraction)
    {
        var article = extraction.Article;
        json.WriteStartObject();
        json.WriteString(NameArticle, article.FileName);
        json.WriteString(NameId, article.Id);
        json.WriteString(NameTitle, article.Title);
        json.WriteString(NameLanguage, article.Language);
        json.WriteString(NamePublished, article.Published);

        json.WriteStartArray(NameEntities);
        foreach (var entity in extraction.Entities)
        {
            WriteEntity(json, entity);
        }

        json.WriteEndArray();
        json.WriteStartArray(NameRelations);
        foreach (var fact in extraction.Relations)
        {
            WriteRelation(json, fact);
        }

        json.WriteEndArray();
        json.WriteStartArray(NameRejected);
        foreach (var rejection in extraction.Rejected)
        {
            json.WriteStartObject();
            json.WriteString(NameReason, rejection.Reason);
            json.WriteString(NameSentence, rejection.Sentence);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter json, ExtractedEntity entity)
    {
        json.WriteStartObject();
        json.WriteString(NameId, entity.Id);
        json.WriteString(NameName, entity.Name);
        json.WriteString(NameType, entity.Type);
        json.WriteStartArray(NameAliases);
        foreach (var alias in entity.Aliases)
        {
            json.WriteStringValue(alias);
        }

        json.WriteEndArray();
        json.WriteString(NameWikidata, entity.Wikidata);
        // External references only where the data has one, so entities without them read as before.
        if (entity.Iso3166 is { } iso)
        {
            json.WriteString(NameIso3166, iso);
        }

        if (entity.GeoNames is { } geonames)
        {
            json.WriteString(NameGeonames, geonames);
        }

        json.WriteStartArray(NameMentions);
        foreach (var mention in entity.Mentions)
        {
            json.WriteStartObject();
            json.WriteString(NameText, mention.Text);
            json.WriteNumber(NameStart, mention.Span.Start);
            json.WriteNumber(NameEnd, mention.Span.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteRelation(Utf8JsonWriter json, Fact fact)
    {
        json.WriteStartObject();
        json.WriteString(NameSubject, fact.Subject);
        json.WriteString(NameType, fact.Type);
        json.WriteString(NameObject, fact.Object);
        json.WriteString(NameSentence, fact.Sentence);
        json.WriteNumber(NameStart, fact.SentenceSpan.Start);
        json.WriteNumber(NameEnd, fact.SentenceSpan.End);
        json.WriteStartObject(NameProperties);
        foreach (var (key, value) in fact.Properties)
        {
            json.WritePropertyName(key);
            WriteValue(json, value);
        }

        json.WriteEndObject();
        json.WriteNumber(NameConfidence, fact.Confidence);
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
