using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Graph.Evaluation;

/// <summary>The result of an evaluation: per article, per language and overall (micro-averaged), with the errors.</summary>
/// <param name="MissingArticles">Gold articles with no extraction: scored as all missed.</param>
/// <param name="UngradedArticles">Extracted articles absent from the gold: not scored.</param>
public sealed record EvaluationReport(
    ImmutableArray<ArticleEvaluation> Articles,
    ImmutableArray<ScoreSummary> Languages,
    ScoreSummary Overall,
    ImmutableArray<string> MissingArticles,
    ImmutableArray<string> UngradedArticles)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // a file for people and scripts, never embedded in HTML
        Converters = { new RelationTripleJsonConverter() },
    };

    /// <summary>A readable report: the per-article table, the summaries, then each article's errors.</summary>
    public string ToText() => EvaluationReportText.Format(this);

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>Triples as "s REL o" strings in JSON: easier to read and grep than objects.</summary>
    private sealed class RelationTripleJsonConverter : JsonConverter<RelationTriple>
    {
        public override RelationTriple Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var parts = (reader.GetString() ?? string.Empty).Split(' ', 3);
            return parts.Length >= 2 ? new RelationTriple(parts[0], parts[1], parts.Length == 3 ? parts[2] : null) : throw new JsonException("expected \"subject RELATION [object]\"");
        }

        public override void Write(Utf8JsonWriter writer, RelationTriple value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
