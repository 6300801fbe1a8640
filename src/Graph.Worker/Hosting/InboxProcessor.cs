using Graph.Core.Articles;
using Graph.Core.Ports;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Hosting;

/// <summary>
/// Ingests one claimed file and moves it to <c>processed/</c> or <c>failed/</c>. A database that cannot be
/// used is waited for: the file stays claimed, and is retried with backoff until it is written or the worker stops.
/// </summary>
internal sealed partial class InboxProcessor(
    Inbox inbox,
    Func<string, ArticleLoadResult> read,
    ArticleIngestor ingestor,
    IGraphStore store,
    RetryPolicy retry,
    IOptions<GraphOptions> options,
    ILogger<InboxProcessor> logger)
{
    /// <returns>False when the worker was stopped while waiting for the database; the file stays in processing/.</returns>
    public async Task<bool> ProcessAsync(string claimed, CancellationToken stoppingToken)
    {
        var name = Path.GetFileName(claimed);
        var load = read(claimed);
        if (load.Article is not { } article)
        {
            Fail(claimed, name, load.Error ?? "could not be read");
            return true;
        }

        PreparedArticle prepared;
        try
        {
            prepared = ingestor.Prepare(article, options.Value.MinConfidence);
        }
        catch (ArticleFailedException e)
        {
            Fail(claimed, name, e.ToString());
            return true;
        }

        try
        {
            // The write itself is never cancelled, so a stop request lets the article in hand finish; only the
            // waits between retries end early.
            var outcome = await retry.RunAsync(
                _ => store.WriteArticleAsync(prepared.Batch, CancellationToken.None),
                maxAttempts: null,
                stoppingToken,
                retryUnreachable: true).ConfigureAwait(false);
            inbox.Complete(claimed, article.Id);
            LogWritten(logger, name, article.Id, outcome.ToString(), prepared.Counts.Entities, prepared.Counts.Facts);
            return true;
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            LogLeftClaimed(logger, name);
            return false;
        }
        catch (Exception e) when (StoreErrors.Classify(e) is StoreErrorKind.Permanent)
        {
            Fail(claimed, name, "The database refused the article: " + StoreErrors.Describe(e));
            return true;
        }
    }

    private void Fail(string claimed, string name, string reason)
    {
        inbox.Fail(claimed, reason);
        LogFailed(logger, name, FirstLine(reason));
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }

    [LoggerMessage(EventId = 301, Level = LogLevel.Information,
        Message = "Ingested {FileName} as {ArticleId}: {Outcome}, {Entities} entities, {Facts} facts")]
    private static partial void LogWritten(ILogger logger, string fileName, string articleId, string outcome, int entities, int facts);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Failed {FileName}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string fileName, string reason);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information,
        Message = "Stopping while waiting for the database; {FileName} stays in processing/ and is taken up at next start")]
    private static partial void LogLeftClaimed(ILogger logger, string fileName);
}
