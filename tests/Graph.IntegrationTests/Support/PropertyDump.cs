using System.Text.Json;

namespace Graph.IntegrationTests.Support;

/// <summary>
/// The whole graph, property by property: every node as its sorted labels and all its properties, every
/// relationship as (start id, type, end id) and all its properties, as sorted lines. Only the time of ingestion is
/// left out. Two graphs are the same when their dumps are equal, however and in whatever order they were written.
/// </summary>
internal static class PropertyDump
{
    public static async Task<IReadOnlyList<string>> CaptureAsync(Neo4jClient client)
    {
        var lines = new List<string>();
        foreach (var row in await client.RunAsync("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p", CancellationToken.None))
        {
            var labels = ((List<object?>)row["labels"]!).Cast<string>().Order(StringComparer.Ordinal);
            lines.Add($"({string.Join(':', labels)} {Properties(row["p"], "ingestedAt")})");
        }

        foreach (var row in await client.RunAsync(
            "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, properties(r) AS p", CancellationToken.None))
        {
            lines.Add($"({row["a"]})-[{row["type"]} {Properties(row["p"])}]->({row["b"]})");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static string Properties(object? map, params string[] skipped)
    {
        var properties = (Dictionary<string, object?>)map!;
        var sorted = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in properties)
        {
            if (!skipped.Contains(key))
            {
                sorted[key] = value;
            }
        }

        return JsonSerializer.Serialize(sorted);
    }
}
