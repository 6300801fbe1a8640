using Graph.Core.Articles;
using Graph.Core.Extraction;

namespace Graph.Core.Ports;

/// <summary>Turns one article into entities, facts and rejections. Pure: no I/O, never throws on any text.</summary>
public interface IArticleExtractor
{
    ArticleExtraction Extract(Article article);

    /// <summary>
    /// As <see cref="Extract(Article)"/>, giving up with <see cref="OperationCanceledException"/> once
    /// <paramref name="cancellationToken"/> is cancelled, so an article over its time limit stops costing CPU.
    /// </summary>
    ArticleExtraction Extract(Article article, CancellationToken cancellationToken) => Extract(article);
}
