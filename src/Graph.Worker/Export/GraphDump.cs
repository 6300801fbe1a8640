using Graph.Neo4j;

namespace Graph.Worker.Export;

/// <summary>
/// The whole graph as stored: every node with its labels and properties, every relationship with its type and
/// properties, keyed by Neo4j's internal ids (stable for the dump, meaningless after it). Read in pages ordered by
/// id so a large graph is never one huge result; runs on Neo4j 3.1.
/// </summary>
internal sealed record GraphDump(IReadOnlyList<DumpNode> Nodes, IReadOnlyList<DumpRelationship> Relationships)
{
    private const int PageSize = 5000;

    private const string NodesCypher =
        "MATCH (n) WHERE id(n) > $after RETURN id(n) AS id, labels(n) AS labels, properties(n) AS properties ORDER BY id(n) LIMIT $limit";

    private const string RelationshipsCypher =
        """
        MATCH (a)-[r]->(b) WHERE id(r) > $after
        RETURN id(r) AS id, type(r) AS type, id(a) AS start, id(b) AS end, properties(r) AS properties ORDER BY id(r) LIMIT $limit
        """;

    public static async Task<GraphDump> ReadAsync(Neo4jClient client, CancellationToken cancellationToken)
    {
        var nodes = new List<DumpNode>();
        foreach (var row in await PagesAsync(client, NodesCypher, cancellationToken).ConfigureAwait(false))
        {
            nodes.Add(new DumpNode(
                (long)row["id"]!,
                ((IEnumerable<object?>)row["labels"]!).Cast<string>().ToList(),
                Properties(row["properties"])));
        }

        var relationships = new List<DumpRelationship>();
        foreach (var row in await PagesAsync(client, RelationshipsCypher, cancellationToken).ConfigureAwait(false))
        {
            relationships.Add(new DumpRelationship(
                (long)row["id"]!, (string)row["type"]!, (long)row["start"]!, (long)row["end"]!, Properties(row["properties"])));
        }

        return new GraphDump(nodes, relationships);
    }

    private static async Task<List<IReadOnlyDictionary<string, object?>>> PagesAsync(
        Neo4jClient client, string cypher, CancellationToken cancellationToken)
    {
        var all = new List<IReadOnlyDictionary<string, object?>>();
        long after = -1;
        while (true)
        {
            var page = await client.RunAsync(cypher, new Dictionary<string, object?> { ["after"] = after, ["limit"] = PageSize }, cancellationToken)
                .ConfigureAwait(false);
            all.AddRange(page);
            if (page.Count < PageSize)
            {
                return all;
            }

            after = (long)page[^1]["id"]!;
        }
    }

    private static IReadOnlyDictionary<string, object?> Properties(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
}

internal sealed record DumpNode(long Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The id written to every export; relationships refer to it.</summary>
    public string Key => $"n{Id}";

    /// <summary>The file a node goes to: all entities together (whatever their type), else by first label.</summary>
    public string Group => Labels.Contains("Entity") ? "Entity" : Labels.Order(StringComparer.Ordinal).FirstOrDefault() ?? "Node";
}

internal sealed record DumpRelationship(long Id, string Type, long Start, long End, IReadOnlyDictionary<string, object?> Properties)
{
    public string Key => $"r{Id}";

    public string StartKey => $"n{Start}";

    public string EndKey => $"n{End}";
}
