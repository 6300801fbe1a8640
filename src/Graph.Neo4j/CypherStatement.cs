namespace Graph.Neo4j;

/// <summary>
/// One Cypher statement and its parameters. Parameter values: null, string, bool, integers, floating point,
/// <see cref="DateTimeOffset"/> (sent as ISO 8601 text), lists and string-keyed dictionaries of those.
/// </summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    private static readonly IReadOnlyDictionary<string, object?> NoParameters = new Dictionary<string, object?>();

    public CypherStatement(string text)
        : this(text, NoParameters)
    {
    }
}
