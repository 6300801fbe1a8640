using Graph.Core.Articles;

namespace Graph.Core.Ports;

/// <summary>
/// Where articles come from (files, a queue, feeds). One broken item yields a failed result, never an exception.
/// </summary>
public interface IArticleSource
{
    IAsyncEnumerable<ArticleLoadResult> ReadAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Tells the source what became of an item it yielded, once that is final: written to the store (after the
    /// commit), or refused as bad input. A source that redelivers what it was not told about (a queue) forgets the
    /// item only now, so a crash before this call loses nothing. Files need no such step: the default does nothing.
    /// </summary>
    ValueTask SettleAsync(ArticleLoadResult item, ArticleSettlement settlement, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
