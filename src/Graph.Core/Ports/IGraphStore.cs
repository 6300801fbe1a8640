using Graph.Core.Graph;

namespace Graph.Core.Ports;

/// <summary>
/// The graph database. Implementations let errors propagate; transient ones are retried by the infrastructure.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates constraints and indexes in the form the server accepts. Idempotent.</summary>
    Task EnsureSchemaAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes one article in one transaction. An article already stored with the same hash is left untouched;
    /// one stored with another hash has its previous facts replaced.
    /// </summary>
    Task<WriteOutcome> WriteArticleAsync(GraphBatch batch, CancellationToken cancellationToken);

    /// <summary>Removes an article, its evidence, and every fact, statement and entity only it supported.</summary>
    Task<bool> RetractArticleAsync(string articleId, CancellationToken cancellationToken);
}
