using Graph.Core.Articles;

namespace Graph.Core.Ports;

/// <summary>
/// Where articles come from (files, a queue, feeds). One broken item yields a failed result, never an exception.
/// </summary>
public interface IArticleSource
{
    IAsyncEnumerable<ArticleLoadResult> ReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Tells the source what became of the items of one batch, once that is final: written to the store (after the
    /// commit), or refused as bad input. A source that redelivers what it was not told about (a queue) forgets the
    /// items only now, so a crash before this call loses nothing; settling a batch at once lets it do so in one step.
    /// Files need no such step: the default does nothing.
    /// </summary>
    ValueTask SettleAsync(IReadOnlyList<SettledArticle> batch, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
