namespace Graph.Neo4j.Internal;

/// <summary>
/// What the root discovery document says: the server is known (4.x, 5.x), or, on 3.x, its details are one
/// more request away at <see cref="DataUri"/> (<c>/db/data/</c>).
/// </summary>
internal sealed record DiscoveryResult(Neo4jServerInfo? Server, Uri? DataUri);
