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

    /// <summary>
    /// Articles the store is willing to write in one call of <see cref="WriteArticlesAsync"/>. 1 (the default) means
    /// it gains nothing from batches: callers write one article at a time.
    /// </summary>
    int MaxArticlesPerWrite => 1;

    /// <summary>
    /// Writes several articles, in order, with the semantics of <see cref="WriteArticleAsync"/> for each. An
    /// implementation may group them into fewer transactions, but a transaction only ever holds whole articles: each
    /// article is written entirely or not at all. On an error nothing is known of which articles were written;
    /// callers isolate the culprit by writing the articles one at a time (writes are idempotent). Returns one outcome
    /// per article, in input order. The default writes them one by one.
    /// </summary>
    async Task<IReadOnlyList<WriteOutcome>> WriteArticlesAsync(IReadOnlyList<GraphBatch> batches, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var outcomes = new WriteOutcome[batches.Count];
        for (var i = 0; i < batches.Count; i++)
        {
            outcomes[i] = await WriteArticleAsync(batches[i], cancellationToken).ConfigureAwait(false);
        }

        return outcomes;
    }

    /// <summary>Removes an article, its evidence, and every fact, statement and entity only it supported.</summary>
    Task<bool> RetractArticleAsync(string articleId, CancellationToken cancellationToken);
}
