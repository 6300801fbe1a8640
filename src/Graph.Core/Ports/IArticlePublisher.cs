using Graph.Core.Articles;

namespace Graph.Core.Ports;

/// <summary>Hands articles to the workers (a queue). Returns once the article is safely stored by the broker.</summary>
public interface IArticlePublisher
{
    Task PublishAsync(ArticleMessage message, CancellationToken cancellationToken);
}
