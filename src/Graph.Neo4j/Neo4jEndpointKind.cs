namespace Graph.Neo4j;

/// <summary>Which HTTP API the client talks to; chosen from the server's discovery document.</summary>
public enum Neo4jEndpointKind
{
    /// <summary>The transactional Cypher endpoint: <c>/db/data/transaction</c> (3.x) or <c>/db/{database}/tx</c> (4.x, 5.x).</summary>
    Transactional,

    /// <summary>The Query API v2: <c>/db/{database}/query/v2</c> (5.19 and later, Aura).</summary>
    QueryApi,
}
