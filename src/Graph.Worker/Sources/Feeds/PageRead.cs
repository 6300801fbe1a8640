namespace Graph.Worker.Sources.Feeds;

/// <summary>
/// The outcome of reading one item's page: the article, or why it was skipped. <see cref="TryAgain"/> is true when
/// the cause may pass (a server error, a network failure): the item is then left for the next poll.
/// </summary>
internal sealed record PageRead(PageArticle? Article, string? SkipReason, bool TryAgain)
{
    public static PageRead Of(PageArticle article) => new(article, null, false);

    public static PageRead Skipped(string reason, bool tryAgain = false) => new(null, reason, tryAgain);
}
