using Graph.Neo4j;

namespace Graph.Worker.Export;

/// <summary>
/// The whole graph as stored: every node with its labels and properties, every relationship with its type and
/// properties, keyed by the graph's own ids (<see cref="DumpNode.Key"/>, <see cref="DumpRelationship.Key"/>), so the
/// keys of an entity, an article or a fact are the same in every export. Nodes are read kind by kind in pages of
/// the unique <c>id</c>, each node with its outgoing relationships: keyset paging on the index the uniqueness
/// constraints give, never SKIP and never the deprecated <c>id()</c>. Runs on Neo4j 3.1 through 2025.x.
/// </summary>
/// <param name="NodesLeftOut">Nodes in the database that are not in the dump: not of a kind the graph model knows, or without an id.</param>
/// <param name="RelationshipsLeftOut">Relationships in the database that are not in the dump (from or to such nodes).</param>
internal sealed record GraphDump(
    IReadOnlyList<DumpNode> Nodes, IReadOnlyList<DumpRelationship> Relationships, long NodesLeftOut = 0, long RelationshipsLeftOut = 0)
{
    // %LABEL% is one of DumpNode.Kinds, never user input. `id > $after` is an index range seek; ordering by it is
    // served by the index from Neo4j 3.5 on (3.1 sorts the rest of the kind, as it scanned all nodes before). The
    // pattern comprehension (3.1+) brings each node's outgoing relationships, so relationships need no key of
    // their own to be paged; ORDER BY is repeated on RETURN because only there is the row order guaranteed.
    private const string PageCypherTemplate =
        """
        MATCH (n:%LABEL%) WHERE n.id > $after
        WITH n ORDER BY n.id LIMIT $limit
        RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties,
               [(n)-[r]->(m) | {type: type(r), endLabels: labels(m), endId: m.id, properties: properties(r)}] AS outgoing
        ORDER BY id
        """;

    // Both answered from the count store, without reading the graph.
    private const string NodeCountCypher = "MATCH (n) RETURN count(n) AS count";
    private const string RelationshipCountCypher = "MATCH ()-[r]->() RETURN count(r) AS count";

    /// <param name="pageSize">Nodes per request (<c>Graph:ExportPageSize</c>).</param>
    public static async Task<GraphDump> ReadAsync(Neo4jClient client, int pageSize, CancellationToken cancellationToken)
    {
        var nodes = new List<DumpNode>();
        var relationships = new List<DumpRelationship>();
        foreach (var kind in DumpNode.Kinds)
        {
            var cypher = PageCypherTemplate.Replace("%LABEL%", kind, StringComparison.Ordinal);
            var after = "";
            while (true)
            {
                var page = await client.RunAsync(cypher, new Dictionary<string, object?> { ["after"] = after, ["limit"] = pageSize }, cancellationToken)
                    .ConfigureAwait(false);
                foreach (var row in page)
                {
                    var labels = Strings(row["labels"]);
                    var node = new DumpNode(DumpNode.KindOf(labels)!, (string)row["id"]!, labels, Properties(row["properties"]));
                    if (node.Kind != kind)
                    {
                        continue; // a node of two kinds (outside the model) is written once, under its first kind
                    }

                    nodes.Add(node);
                    relationships.AddRange(Outgoing(node, row["outgoing"]));
                }

                if (page.Count < pageSize)
                {
                    break;
                }

                after = (string)page[^1]["id"]!;
            }
        }

        var nodeCount = await CountAsync(client, NodeCountCypher, cancellationToken).ConfigureAwait(false);
        var relationshipCount = await CountAsync(client, RelationshipCountCypher, cancellationToken).ConfigureAwait(false);
        return new GraphDump(nodes, relationships, Math.Max(0, nodeCount - nodes.Count), Math.Max(0, relationshipCount - relationships.Count));
    }

    /// <summary>A node's outgoing relationships to nodes of the model, sorted by type and end key so exports are stable.</summary>
    private static IEnumerable<DumpRelationship> Outgoing(DumpNode start, object? value)
    {
        var outgoing = new List<(string Type, string EndKey, IReadOnlyDictionary<string, object?> Properties)>();
        foreach (var item in value as IEnumerable<object?> ?? [])
        {
            if (item is IReadOnlyDictionary<string, object?> r
                && DumpNode.KindOf(Strings(r["endLabels"])) is { } endKind
                && r["endId"] is string endId)
            {
                outgoing.Add(((string)r["type"]!, DumpNode.KeyOf(endKind, endId), Properties(r["properties"])));
            }
        }

        // (start, type, end) is unique in the graph model (facts are merged per triple, MENTIONS per article and
        // entity, evidence and statements are created once with their links); a repeat, written by something else,
        // is numbered so keys stay unique.
        var seen = new Dictionary<(string, string), int>();
        foreach (var (type, endKey, properties) in outgoing.OrderBy(o => o.Type, StringComparer.Ordinal).ThenBy(o => o.EndKey, StringComparer.Ordinal))
        {
            var occurrence = seen[(type, endKey)] = seen.GetValueOrDefault((type, endKey)) + 1;
            yield return new DumpRelationship(start.Key, type, endKey, properties, occurrence);
        }
    }

    private static async Task<long> CountAsync(Neo4jClient client, string cypher, CancellationToken cancellationToken)
    {
        var rows = await client.RunAsync(cypher, cancellationToken).ConfigureAwait(false);
        return rows.Count > 0 && rows[0]["count"] is long count ? count : 0;
    }

    private static IReadOnlyList<string> Strings(object? value) =>
        (value as IEnumerable<object?> ?? []).OfType<string>().ToList();

    private static IReadOnlyDictionary<string, object?> Properties(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
}

/// <param name="Kind">The node's kind in the graph model: Entity (whatever its type), Article, Evidence or Statement.</param>
/// <param name="Id">Its <c>id</c> property, unique within the kind.</param>
internal sealed record DumpNode(string Kind, string Id, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties)
{
    /// <summary>The node kinds of the graph model, each with a unique <c>id</c>; also the CSV node files.</summary>
    public static readonly IReadOnlyList<string> Kinds = ["Article", "Entity", "Evidence", "Statement"];

    /// <summary>The key written to every export, e.g. <c>Entity:kim-jong-un</c>; relationships refer to it.</summary>
    public string Key => KeyOf(Kind, Id);

    /// <summary>The kind is part of the key: an entity and an article may share an id.</summary>
    public static string KeyOf(string kind, string id) => $"{kind}:{id}";

    /// <summary>Entity when labelled so, else the first model kind among the labels; null for a node outside the model.</summary>
    public static string? KindOf(IReadOnlyList<string> labels) =>
        labels.Contains("Entity") ? "Entity" : Kinds.FirstOrDefault(labels.Contains);
}

/// <param name="Occurrence">1, or the rank of a repeated (start, type, end) among its repeats.</param>
internal sealed record DumpRelationship(string StartKey, string Type, string EndKey, IReadOnlyDictionary<string, object?> Properties, int Occurrence = 1)
{
    /// <summary>Start key, type and end key, e.g. <c>Entity:north-korea:DEPLOYED:Entity:kursk-oblast</c>: stable across exports.</summary>
    public string Key => Occurrence == 1 ? $"{StartKey}:{Type}:{EndKey}" : $"{StartKey}:{Type}:{EndKey}:{Occurrence}";
}
