using Graph.Core.Articles;

namespace Graph.Core.Ports;

/// <summary>Where articles come from (files, an inbox, a feed). One broken item yields a failed result, never an exception.</summary>
public interface IArticleSource
{
    IAsyncEnumerable<ArticleLoadResult> ReadAsync(CancellationToken cancellationToken);
}
