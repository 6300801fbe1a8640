using Graph.Core.Ports;
using Graph.Neo4j.Resilience;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Hosting;

/// <summary>
/// <c>graph run</c>: watches the inbox and ingests every file dropped there, in batches the store writes together. Files left in
/// <c>processing/</c> by a crash are taken up first, and at every scan after, so a dead worker's files never wait for a restart. On stop, the article in hand is finished first.
/// </summary>
internal sealed partial class InboxWorker(
    Inbox inbox,
    InboxProcessor processor,
    IGraphStore store,
    StoreRetryPolicy retry,
    IOptions<GraphOptions> options,
    TimeProvider time,
    ILogger<InboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        inbox.EnsureCreated();
        LogWatching(logger, inbox.Root, options.Value.PollInterval.TotalSeconds);
        try
        {
            await retry.ExecuteAsync(store.EnsureSchemaAsync, stoppingToken).ConfigureAwait(false);
            var mirror = options.Value.MirrorDeletions;
            using var signal = mirror ? new InboxSignal(inbox.Root, inbox.ProcessedFolder) : new InboxSignal(inbox.Root);
            while (!stoppingToken.IsCancellationRequested)
            {
                // Every scan, not only at start: a worker that dies while the others run has its files taken over by
                // them as soon as the kernel drops its lock, instead of waiting for a new worker to start.
                if (!await TakeUpOrphansAsync(stoppingToken).ConfigureAwait(false))
                {
                    return;
                }

                if (mirror)
                {
                    await MirrorDeletionsAsync(stoppingToken).ConfigureAwait(false);
                }

                // A file modified more recently than this may still be being copied in; it waits for a later scan.
                var settleTime = options.Value.SettleTime;
                var pending = inbox.Pending(time.GetUtcNow(), settleTime, out var someUnsettled);
                // As many files as the store writes in one call: group commit, as `graph ingest` does.
                var batchSize = Math.Max(1, store.MaxArticlesPerWrite);
                for (var next = 0; next < pending.Count; next += batchSize)
                {
                    if (stoppingToken.IsCancellationRequested)
                    {
                        return;
                    }

                    var claimed = new List<string>(batchSize);
                    foreach (var file in pending.Skip(next).Take(batchSize))
                    {
                        if (inbox.TryClaim(file) is { } path)
                        {
                            claimed.Add(path);
                        }
                    }

                    if (claimed.Count > 0 && !await processor.ProcessAsync(claimed, stoppingToken).ConfigureAwait(false))
                    {
                        return;
                    }
                }

                var wait = someUnsettled ? Min(Max(settleTime, TimeSpan.FromMilliseconds(50)), options.Value.PollInterval) : options.Value.PollInterval;
                await signal.WaitAsync(wait, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while waiting: nothing is in hand.
        }
        finally
        {
            LogStopped(logger);
        }
    }

    /// <summary>Processes the files of dead workers (and of an earlier run); false when stopped meanwhile.</summary>
    private async Task<bool> TakeUpOrphansAsync(CancellationToken stoppingToken)
    {
        foreach (var orphan in inbox.ReclaimOrphans())
        {
            LogReclaiming(logger, Path.GetFileName(orphan));
            if (stoppingToken.IsCancellationRequested || !await processor.ProcessAsync(orphan, stoppingToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Retracts the article of every file deleted from <c>processed/</c>, then forgets the file.</summary>
    private async Task MirrorDeletionsAsync(CancellationToken stoppingToken)
    {
        foreach (var (fileName, articleId) in inbox.DeletedFromProcessed())
        {
            bool existed;
            try
            {
                existed = await retry.ExecuteAsync(
                    _ => store.RetractArticleAsync(articleId, CancellationToken.None), stoppingToken)
                    .ConfigureAwait(false);
            }
            catch (Exception e) when (StoreErrors.Classify(e) is StoreErrorKind.Permanent && e is not OperationCanceledException)
            {
                // Kept in the index: tried again at the next scan, without stopping the ingestion of new files.
                LogRetractionFailed(logger, fileName, articleId, ErrorText.OneLine(e));
                continue;
            }

            inbox.Forget(fileName);
            LogRetracted(logger, fileName, articleId, existed);
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "Watching {Inbox} (scan every {PollSeconds} s)")]
    private static partial void LogWatching(ILogger logger, string inbox, double pollSeconds);

    [LoggerMessage(EventId = 402, Level = LogLevel.Information, Message = "Taking up {FileName}, left in processing/ by a worker that stopped or died")]
    private static partial void LogReclaiming(ILogger logger, string fileName);

    [LoggerMessage(EventId = 404, Level = LogLevel.Information,
        Message = "{FileName} was deleted from processed/: retracted article {ArticleId} (found: {Existed})")]
    private static partial void LogRetracted(ILogger logger, string fileName, string articleId, bool existed);

    [LoggerMessage(EventId = 405, Level = LogLevel.Warning,
        Message = "{FileName} was deleted from processed/, but retracting article {ArticleId} failed: {Error}")]
    private static partial void LogRetractionFailed(ILogger logger, string fileName, string articleId, string error);

    [LoggerMessage(EventId = 403, Level = LogLevel.Information, Message = "Inbox worker stopped")]
    private static partial void LogStopped(ILogger logger);
}
