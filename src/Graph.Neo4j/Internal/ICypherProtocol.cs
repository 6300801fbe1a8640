namespace Graph.Neo4j.Internal;

/// <summary>Runs statements over one of the HTTP APIs. Implementations do not retry; the client does.</summary>
internal interface ICypherProtocol
{
    /// <summary>Runs all statements in one transaction: all commit, or none do.</summary>
    Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken);
}
