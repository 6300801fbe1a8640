using Graph.Core.Articles;
using Graph.Core.Graph;
using Graph.Core.Ports;
using Graph.Neo4j.Resilience;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Hosting;

/// <summary>
/// Ingests claimed files and moves each to <c>processed/</c> or <c>failed/</c>. A database that cannot be
/// used is waited for: the file stays claimed, and is retried with backoff until it is written or the worker stops.
/// </summary>
internal sealed partial class InboxProcessor(
    Inbox inbox,
    Func<string, ArticleLoadResult> read,
    ArticleIngestor ingestor,
    IGraphStore store,
    StoreRetryPolicy retry,
    IOptions<GraphOptions> options,
    ILogger<InboxProcessor> logger)
{
    private readonly GroupCommit<ReadyFile> commit = new(store, retry);

    /// <returns>False when the worker was stopped while waiting for the database; the file stays in processing/.</returns>
    public Task<bool> ProcessAsync(string claimed, CancellationToken stoppingToken) => ProcessAsync([claimed], stoppingToken);

    /// <summary>
    /// Ingests several claimed files with one store call (group commit). A batch the database refuses is written
    /// again one article at a time, so only the article at fault fails.
    /// </summary>
    /// <returns>False when the worker was stopped while waiting for the database; the files stay in processing/.</returns>
    public async Task<bool> ProcessAsync(IReadOnlyList<string> claimed, CancellationToken stoppingToken)
    {
        var ready = new List<ReadyFile>(claimed.Count);
        foreach (var file in claimed)
        {
            if (Prepare(file) is { } prepared)
            {
                ready.Add(prepared);
            }
        }
        var left = await commit.WriteAsync(
            ready,
            file => file.Prepared.Batch,
            (file, outcome) =>
            {
                Written(file, outcome);
                return Task.CompletedTask;
            },
            (file, error) =>
            {
                Fail(file.Claimed, file.Name, "The database refused the article: " + ErrorText.OneLine(error));
                return Task.CompletedTask;
            },
            (count, error) => LogBatchRefused(logger, count, ErrorText.OneLine(error)),
            stoppingToken).ConfigureAwait(false);
        if (left.Count > 0)
        {
            LogLeftClaimed(logger, string.Join(", ", left.Select(file => file.Name)));
            return false;
        }

        return true;
    }

    private ReadyFile? Prepare(string claimed)
    {
        var name = Path.GetFileName(claimed);
        var load = read(claimed);
        if (load.Article is not { } article)
        {
            if (load.Transient)
            {
                // Being written while read: back to the inbox, where it waits until it has settled.
                inbox.Release(claimed);
                LogReleased(logger, name, load.Error ?? "changed while being read");
                return null;
            }

            Fail(claimed, name, load.Error ?? "could not be read");
            return null;
        }
        try
        {
            return new ReadyFile(claimed, name, article, ingestor.Prepare(article, options.Value.MinConfidence));
        }
        catch (ArticleFailedException e)
        {
            Fail(claimed, name, e.ToString());
            return null;
        }
    }

    private void Written(ReadyFile file, WriteOutcome outcome)
    {
        inbox.Complete(file.Claimed, file.Article.Id);
        LogWritten(logger, file.Name, file.Article.Id, outcome.ToString(), file.Prepared.Counts.Entities, file.Prepared.Counts.Facts);
    }

    private sealed record ReadyFile(string Claimed, string Name, Article Article, PreparedArticle Prepared);

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

    [LoggerMessage(EventId = 305, Level = LogLevel.Information, Message = "Put {FileName} back in the inbox for later: {Reason}")]
    private static partial void LogReleased(ILogger logger, string fileName, string reason);

    [LoggerMessage(EventId = 304, Level = LogLevel.Warning,
        Message = "The database refused a batch of {Count} articles ({Error}); writing them one at a time")]
    private static partial void LogBatchRefused(ILogger logger, int count, string error);

    [LoggerMessage(EventId = 303, Level = LogLevel.Information,
        Message = "Stopping while waiting for the database; {FileName} stays in processing/ and is taken up at next start")]
    private static partial void LogLeftClaimed(ILogger logger, string fileName);
}
