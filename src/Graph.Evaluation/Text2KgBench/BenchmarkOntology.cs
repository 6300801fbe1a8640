using System.Collections.Immutable;
using System.Text.Json;

namespace Graph.Evaluation.Text2KgBench;

/// <summary>A Text2KGBench ontology: Wikidata concepts, and relations with a domain and range concept.</summary>
public sealed record BenchmarkOntology(string Id, string Title, ImmutableArray<BenchmarkConcept> Concepts, ImmutableArray<BenchmarkRelation> Relations)
{
    public static BenchmarkOntology Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException($"{path}: cannot read the ontology: {e.Message}", e);
        }
        return Parse(text, path);
    }

    public static BenchmarkOntology Parse(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true });
            var root = document.RootElement;
            var concepts = Items(root, "concepts", source).Select(c => new BenchmarkConcept(Text(c, "qid", source), Text(c, "label", source).Trim()));
            var relations = Items(root, "relations", source).Select(r => new BenchmarkRelation(
                Text(r, "pid", source), Text(r, "label", source).Trim(), Text(r, "domain", source).Trim(), Text(r, "range", source).Trim()));
            return new BenchmarkOntology(Text(root, "id", source), Text(root, "title", source), [.. concepts], [.. relations]);
        }
        catch (JsonException e)
        {
            throw new GoldFormatException($"{source}:{e.LineNumber + 1}: not a Text2KGBench ontology ({e.Message}).", e);
        }
    }

    private static IEnumerable<JsonElement> Items(JsonElement root, string key, string source) =>
        root.TryGetProperty(key, out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().ToArray()
            : throw new GoldFormatException($"{source}: the ontology needs a list '{key}'.");

    private static string Text(JsonElement node, string key, string source) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new GoldFormatException($"{source}: every item needs a text '{key}' ({node.GetRawText()}).");
}

/// <summary>A concept of the ontology (a Wikidata class).</summary>
public sealed record BenchmarkConcept(string Qid, string Label);

/// <summary>A relation (a Wikidata property) from a domain concept to a range concept; either may be empty.</summary>
public sealed record BenchmarkRelation(string Pid, string Label, string Domain, string Range);
