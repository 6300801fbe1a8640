namespace Graph.Neo4j;

/// <summary>What discovery found: the server version and the endpoint statements are sent to.</summary>
/// <param name="Version">As reported, e.g. <c>3.1.1</c>, <c>5.26.0</c>, <c>2025.01.0</c>, <c>5.27-aura</c>.</param>
/// <param name="Major">Leading number of <paramref name="Version"/>; calendar versions give 2025 and later.</param>
/// <param name="Minor">Second number of <paramref name="Version"/>.</param>
/// <param name="Endpoint">Transaction root (<c>.../tx</c>, <c>.../db/data/transaction</c>) or Query API root (<c>.../query/v2</c>).</param>
public sealed record Neo4jServerInfo(string Version, int Major, int Minor, Neo4jEndpointKind EndpointKind, Uri Endpoint)
{
    /// <summary>True for Neo4j Aura (its host or its version says so).</summary>
    public bool IsAura { get; init; }

    /// <summary>
    /// True when a transaction may span several requests: the Query API from 5.26, on Aura or a single instance
    /// (<c>Neo4j:Cluster</c> false). The transactional endpoint never needs it: one request is one transaction.
    /// </summary>
    public bool ExplicitTransactions { get; init; }

    /// <summary>True when the server is at least <paramref name="major"/>.<paramref name="minor"/>.</summary>
    public bool IsAtLeast(int major, int minor) => Major > major || (Major == major && Minor >= minor);
}
