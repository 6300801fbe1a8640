namespace Graph.IntegrationTests.Support;

/// <summary>
/// A canonical, order-independent picture of the whole graph: every node as its labels and id, every relationship
/// as (start id, type, end id, sorted articles). Two runs that built the same graph give equal dumps, whatever the
/// order in which they wrote; times of ingestion are left out.
/// </summary>
internal static class GraphDump
{
    public static async Task<IReadOnlyList<string>> CaptureAsync(Neo4jClient client)
    {
        var lines = new List<string>();
        foreach (var row in await client.RunAsync("MATCH (n) RETURN labels(n) AS labels, n.id AS id", CancellationToken.None))
        {
            var labels = ((List<object?>)row["labels"]!).Cast<string>().Order(StringComparer.Ordinal);
            lines.Add($"({string.Join(':', labels)} {row["id"]})");
        }

        foreach (var row in await client.RunAsync(
            "MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS type, b.id AS b, r.articles AS articles, r.count AS count", CancellationToken.None))
        {
            var articles = row["articles"] is List<object?> list ? string.Join(',', list.Cast<string>().Order(StringComparer.Ordinal)) : "";
            lines.Add($"({row["a"]})-[{row["type"]} {articles} {row["count"]}]->({row["b"]})");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Asserts equality, showing the first lines that differ rather than two long lists.</summary>
    public static void AssertSame(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string? context = null)
    {
        var missing = expected.Except(actual, StringComparer.Ordinal).Take(10).ToList();
        var extra = actual.Except(expected, StringComparer.Ordinal).Take(10).ToList();
        Assert.True(
            missing.Count == 0 && extra.Count == 0 && expected.Count == actual.Count,
            $"graphs differ ({expected.Count} vs {actual.Count} lines).\nmissing:\n  {string.Join("\n  ", missing)}\nextra:\n  {string.Join("\n  ", extra)}\n{context}");
    }
}
