using Graph.Core.Ports;
using Microsoft.Extensions.Logging;

namespace Graph.Worker.Sources.Feeds;

/// <summary>
/// Polls one feed: each item not seen before has its page read and its article published, then is remembered, one
/// item at a time, so a restart publishes nothing twice. An item skipped for good (an empty page, a paywall stub, a
/// 4xx) is remembered too; one that may succeed later (a 5xx, a network failure) is tried again at the next poll.
/// </summary>
internal sealed partial class FeedFollower(
    FeedReader feeds, PageReader pages, IArticlePublisher publisher, FeedStateStore states, FeedOptions options, ILogger<FeedFollower> logger)
{
    /// <returns>The articles published.</returns>
    public async Task<int> PollAsync(string url, CancellationToken cancellationToken)
    {
        var state = states.Load(url);
        FeedPoll poll;
        try
        {
            poll = await feeds.PollAsync(state, cancellationToken).ConfigureAwait(false);
        }
        catch (FeedException e)
        {
            LogFeedFailed(logger, e.Message);
            return 0;
        }

        if (poll.NotModified)
        {
            LogNotModified(logger, url);
            return 0;
        }

        var published = 0;
        var retryLater = false;
        // Feeds list the newest first; publishing the oldest first keeps the queue in the order of events.
        foreach (var item in poll.Items.Reverse())
        {
            if (state.HasSeen(item.Key))
            {
                continue;
            }

            var page = await pages.ReadAsync(item, poll.FeedTitle, cancellationToken).ConfigureAwait(false);
            if (page.Article is { } article)
            {
                await publisher.PublishAsync(ArticleJson.Message(article), cancellationToken).ConfigureAwait(false);
                published++;
                LogPublished(logger, item.Link.AbsoluteUri, article.Title ?? "(no title)");
            }
            else
            {
                LogSkipped(logger, item.Link.AbsoluteUri, page.SkipReason ?? "unknown", page.TryAgain);
                if (page.TryAgain)
                {
                    retryLater = true;
                    continue;
                }
            }

            state = state.Remember(item.Key, options.MaxRemembered);
            states.Save(state);
        }

        // Validators are kept only when every item was dealt with: otherwise the next poll would get a 304 and never
        // come back to the items left for later.
        if (!retryLater)
        {
            states.Save(state with { ETag = poll.ETag, LastModified = poll.LastModified });
        }

        return published;
    }

    [LoggerMessage(EventId = 601, Level = LogLevel.Warning, Message = "Feed skipped this time: {Problem}")]
    private static partial void LogFeedFailed(ILogger logger, string problem);

    [LoggerMessage(EventId = 602, Level = LogLevel.Information, Message = "{Feed}: not modified")]
    private static partial void LogNotModified(ILogger logger, string feed);

    [LoggerMessage(EventId = 603, Level = LogLevel.Information, Message = "Published {Url} ({Title})")]
    private static partial void LogPublished(ILogger logger, string url, string title);

    [LoggerMessage(EventId = 604, Level = LogLevel.Warning, Message = "Skipped {Url}: {Reason} (tried again at the next poll: {TryAgain})")]
    private static partial void LogSkipped(ILogger logger, string url, string reason, bool tryAgain);
}
