namespace Graph.Neo4j;

/// <summary>
/// The rows one statement returned. Values are plain .NET objects: long, double, string, bool, null,
/// <c>List&lt;object?&gt;</c> and <c>Dictionary&lt;string, object?&gt;</c> (nodes come back as their property maps).
/// </summary>
public sealed record CypherResult(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows)
{
    public static CypherResult Empty { get; } = new([], []);
}
