using Graph.Core.Articles;
using Graph.Core.Graph;
using Graph.Core.Ports;
using Graph.Neo4j.Resilience;
using Graph.Worker.Ingestion;
using Graph.Worker.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Hosting;

/// <summary>
/// Writes one batch of queued articles with one store call (group commit), then settles each: written once
/// committed, refused (dead-lettered with the reason) when it is bad input. A database that cannot be used is waited
/// for, with backoff; a batch the database refuses is written again one article at a time, so only the culprit fails.
/// </summary>
internal sealed partial class QueueBatchWriter(
    IArticleSource source,
    ArticleIngestor ingestor,
    IGraphStore store,
    StoreRetryPolicy retry,
    GraphMetrics metrics,
    IOptions<GraphOptions> options,
    ILogger<QueueBatchWriter> logger)
{
    private readonly GroupCommit<Ready> commit = new(store, retry, metrics.Neo4jWrite);

    /// <returns>False when stopped while waiting for the database: the batch stays unsettled, for redelivery.</returns>
    public async Task<bool> WriteAsync(IReadOnlyList<ArticleLoadResult> batch, CancellationToken stoppingToken)
    {
        var ready = new List<Ready>(batch.Count);
        foreach (var item in batch)
        {
            if (await PrepareAsync(item).ConfigureAwait(false) is { } prepared)
            {
                ready.Add(prepared);
            }
        }

        var left = await commit.WriteAsync(
            ready,
            item => item.Prepared.Batch,
            WrittenAsync,
            (item, error) => RefuseAsync(item.Item, FailureReasons.RefusedByDatabase, "The database refused the article: " + ErrorText.OneLine(error)),
            (count, error) => LogBatchRefused(logger, count, ErrorText.OneLine(error)),
            stoppingToken).ConfigureAwait(false);
        if (left.Count > 0)
        {
            LogLeftUnsettled(logger, left.Count);
            return false;
        }

        return true;
    }

    private async Task<Ready?> PrepareAsync(ArticleLoadResult item)
    {
        if (item.Article is not { } article)
        {
            await RefuseAsync(item, FailureReasons.Unreadable, item.Error ?? $"'{item.Path}' could not be read.").ConfigureAwait(false);
            return null;
        }

        try
        {
            return new Ready(item, article, ingestor.Prepare(article, options.Value.MinConfidence));
        }
        catch (ArticleFailedException e)
        {
            await RefuseAsync(item, FailureReasons.Extraction, e.Message).ConfigureAwait(false);
            return null;
        }
    }

    private async Task WrittenAsync(Ready item, WriteOutcome outcome)
    {
        // Settled after the commit, never cancelled: an acknowledgement cut short would only cause a redelivery.
        await source.SettleAsync(item.Item, ArticleSettlement.Written, CancellationToken.None).ConfigureAwait(false);
        metrics.Written(outcome.ToString(), item.Prepared.Counts.Facts);
        LogWritten(logger, item.Item.Path, item.Article.Id, outcome.ToString(), item.Prepared.Counts.Entities, item.Prepared.Counts.Facts);
    }

    private async Task RefuseAsync(ArticleLoadResult item, string category, string reason)
    {
        metrics.Failed(category);
        LogRefused(logger, item.Path, reason);
        await source.SettleAsync(item, ArticleSettlement.Refused(reason), CancellationToken.None).ConfigureAwait(false);
    }

    private sealed record Ready(ArticleLoadResult Item, Article Article, PreparedArticle Prepared);

    [LoggerMessage(EventId = 411, Level = LogLevel.Information,
        Message = "Ingested {Name} as {ArticleId}: {Outcome}, {Entities} entities, {Facts} facts")]
    private static partial void LogWritten(ILogger logger, string name, string articleId, string outcome, int entities, int facts);

    [LoggerMessage(EventId = 412, Level = LogLevel.Warning, Message = "Refused {Name}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string name, string reason);

    [LoggerMessage(EventId = 413, Level = LogLevel.Warning,
        Message = "The database refused a batch of {Count} articles ({Error}); writing them one at a time")]
    private static partial void LogBatchRefused(ILogger logger, int count, string error);

    [LoggerMessage(EventId = 414, Level = LogLevel.Information,
        Message = "Stopping while waiting for the database; {Count} articles stay unacknowledged and will be delivered again")]
    private static partial void LogLeftUnsettled(ILogger logger, int count);
}
