using System.Collections.Immutable;
using System.Text.Json;

namespace Graph.Evaluation.Text2KgBench;

/// <summary>
/// Reads a Text2KGBench split (JSON lines). Training splits hold one gold triple a line (<c>sub_label</c>,
/// <c>rel_label</c>, <c>obj_label</c>, <c>sent</c>), and lines with the same sentence are one sentence; test splits
/// may hold a <c>triples</c> list (<c>sub</c>, <c>rel</c>, <c>obj</c>) instead. Sentences keep the order of their first line.
/// </summary>
public static class BenchmarkSplit
{
    public static ImmutableArray<BenchmarkSentence> Load(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException($"{path}: cannot read the split: {e.Message}", e);
        }
        return Parse(lines, path);
    }

    public static ImmutableArray<BenchmarkSentence> Parse(IReadOnlyList<string> lines, string source)
    {
        var order = new List<string>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var triples = new Dictionary<string, List<BenchmarkTriple>>(StringComparer.Ordinal);
        for (var n = 0; n < lines.Count; n++)
        {
            if (string.IsNullOrWhiteSpace(lines[n]))
            {
                continue;
            }
            var (id, sentence, gold) = ReadLine(lines[n], $"{source}:{n + 1}");
            if (!triples.TryGetValue(sentence, out var list))
            {
                triples[sentence] = list = [];
                ids[sentence] = id;
                order.Add(sentence);
            }
            list.AddRange(gold);
        }
        return [.. order.Select(s => new BenchmarkSentence(ids[s], s, [.. triples[s]]))];
    }

    private static (string Id, string Sentence, IEnumerable<BenchmarkTriple> Gold) ReadLine(string line, string where)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var sentence = Text(root, "sent", where);
            var id = root.TryGetProperty("id", out var idNode) ? idNode.ToString() : where;
            if (root.TryGetProperty("triples", out var list))
            {
                return (id, sentence, [.. list.EnumerateArray().Select(t => new BenchmarkTriple(Text(t, "sub", where), Text(t, "rel", where), Text(t, "obj", where)))]);
            }
            return (id, sentence, [new BenchmarkTriple(Text(root, "sub_label", where), Text(root, "rel_label", where), Text(root, "obj_label", where))]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new GoldFormatException($"{where}: not a Text2KGBench line ({e.Message}).", e);
        }
    }

    private static string Text(JsonElement node, string key, string where) =>
        node.ValueKind == JsonValueKind.Object && node.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new GoldFormatException($"{where}: the line needs a text '{key}'.");
}
