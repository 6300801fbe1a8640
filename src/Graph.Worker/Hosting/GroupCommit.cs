using System.Diagnostics;
using Graph.Core.Graph;
using Graph.Core.Ports;
using Graph.Neo4j.Resilience;
using Graph.Worker.Ingestion;

namespace Graph.Worker.Hosting;

/// <summary>
/// How the workers (inbox and queue) write what they have ready: all of it in one store call (group commit); when the
/// database refuses that call for good, one article at a time, so only the article at fault is refused. The store's
/// one retry policy waits out a database that cannot be used; the write itself is never cancelled, so a stop request
/// lets the transaction in hand finish and ends only the waits between retries.
/// </summary>
/// <typeparam name="T">What the caller settles per article: a claimed file, a queue delivery.</typeparam>
internal sealed class GroupCommit<T>(IGraphStore store, StoreRetryPolicy retry, Action<TimeSpan, int>? timed = null)
{
    /// <param name="items">The articles ready to be written, in order.</param>
    /// <param name="batchOf">The graph batch of an item.</param>
    /// <param name="written">Settles an item once its article is committed.</param>
    /// <param name="refused">Settles an item the database refused for good (bad input), with the error.</param>
    /// <param name="batchRefused">Told when the group was refused and is written again one at a time.</param>
    /// <returns>
    /// The items neither written nor refused, in order: empty unless the worker was stopped while waiting for the
    /// database, in which case they stay unsettled (claimed, unacknowledged) for the next start.
    /// </returns>
    public async Task<IReadOnlyList<T>> WriteAsync(
        IReadOnlyList<T> items,
        Func<T, GraphBatch> batchOf,
        Func<T, WriteOutcome, Task> written,
        Func<T, Exception, Task> refused,
        Action<int, Exception> batchRefused,
        CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count > 1)
        {
            try
            {
                var outcomes = await WriteWithRetryAsync([.. items.Select(batchOf)], stoppingToken).ConfigureAwait(false);
                for (var i = 0; i < items.Count; i++)
                {
                    await written(items[i], outcomes[i]).ConfigureAwait(false);
                }

                return [];
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return items;
            }
            catch (Exception e) when (StoreErrors.Classify(e) is StoreErrorKind.Permanent)
            {
                batchRefused(items.Count, e);
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                var outcomes = await WriteWithRetryAsync([batchOf(items[i])], stoppingToken).ConfigureAwait(false);
                await written(items[i], outcomes[0]).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Those before this one are settled already: only the rest stays for the next start.
                return items.Skip(i).ToList();
            }
            catch (Exception e) when (StoreErrors.Classify(e) is StoreErrorKind.Permanent)
            {
                await refused(items[i], e).ConfigureAwait(false);
            }
        }

        return [];
    }

    private async Task<IReadOnlyList<WriteOutcome>> WriteWithRetryAsync(IReadOnlyList<GraphBatch> batches, CancellationToken stoppingToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcomes = await retry.ExecuteAsync(
            _ => batches.Count == 1
                ? SingleAsync(batches[0])
                : store.WriteArticlesAsync(batches, CancellationToken.None),
            stoppingToken).ConfigureAwait(false);
        timed?.Invoke(Stopwatch.GetElapsedTime(started), batches.Count);
        return outcomes;
    }

    private async Task<IReadOnlyList<WriteOutcome>> SingleAsync(GraphBatch batch) =>
        [await store.WriteArticleAsync(batch, CancellationToken.None).ConfigureAwait(false)];
}
