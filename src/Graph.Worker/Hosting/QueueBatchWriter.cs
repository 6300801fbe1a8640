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
/// Writes one batch of queued articles with one store call (group commit), then settles the batch with the source in
/// one call: each article written once committed, or refused (dead-lettered with the reason) when it is bad input. A
/// database that cannot be used is waited for, with backoff; a batch the database refuses is written again one article
/// at a time, so only the culprit fails.
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

    /// <returns>False when stopped while waiting for the database: the unwritten rest stays unsettled, for redelivery.</returns>
    public async Task<bool> WriteAsync(IReadOnlyList<ArticleLoadResult> batch, CancellationToken stoppingToken)
    {
        var settled = new Settlements(batch.Count, metrics, logger);
        var ready = new List<Ready>(batch.Count);
        foreach (var item in batch)
        {
            if (Prepare(item, settled) is { } prepared)
            {
                ready.Add(prepared);
            }
        }

        var left = await commit.WriteAsync(
            ready,
            item => item.Prepared.Batch,
            (item, outcome) => settled.Written(item, outcome),
            (item, error) => settled.Refused(item.Item, FailureReasons.RefusedByDatabase, "The database refused the article: " + ErrorText.OneLine(error)),
            (count, error) => LogBatchRefused(logger, count, ErrorText.OneLine(error)),
            stoppingToken).ConfigureAwait(false);

        // Settled after the commit, never cancelled: an acknowledgement cut short would only cause a redelivery.
        await source.SettleAsync(settled.All, CancellationToken.None).ConfigureAwait(false);
        settled.Report();
        if (left.Count > 0)
        {
            LogLeftUnsettled(logger, left.Count);
            return false;
        }

        return true;
    }

    private Ready? Prepare(ArticleLoadResult item, Settlements settled)
    {
        if (item.Article is not { } article)
        {
            settled.Refused(item, FailureReasons.Unreadable, item.Error ?? $"'{item.Path}' could not be read.");
            return null;
        }

        try
        {
            return new Ready(item, article, ingestor.Prepare(article, options.Value.MinConfidence));
        }
        catch (ArticleFailedException e)
        {
            settled.Refused(item, FailureReasons.Extraction, e.Message);
            return null;
        }
    }

    /// <summary>What one batch came to, settled with the source in one call and reported once that call returns.</summary>
    private sealed class Settlements(int capacity, GraphMetrics metrics, ILogger logger)
    {
        private readonly List<SettledArticle> all = new(capacity);
        private readonly List<Action> reports = new(capacity);

        public IReadOnlyList<SettledArticle> All => all;

        public Task Written(Ready item, WriteOutcome outcome)
        {
            all.Add(new SettledArticle(item.Item, ArticleSettlement.Written));
            reports.Add(() =>
            {
                metrics.Written(outcome.ToString(), item.Prepared.Counts.Facts);
                LogWritten(logger, item.Item.Path, item.Article.Id, outcome.ToString(), item.Prepared.Counts.Entities, item.Prepared.Counts.Facts);
            });
            return Task.CompletedTask;
        }

        public Task Refused(ArticleLoadResult item, string category, string reason)
        {
            all.Add(new SettledArticle(item, ArticleSettlement.Refused(reason)));
            reports.Add(() =>
            {
                metrics.Failed(category);
                LogRefused(logger, item.Path, reason);
            });
            return Task.CompletedTask;
        }

        public void Report() => reports.ForEach(report => report());
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
