using System.Threading.Channels;
using Graph.Core.Articles;
using Graph.Core.Ports;
using Graph.Neo4j.Resilience;
using Graph.Worker.Ingestion;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Worker.Hosting;

/// <summary>
/// <c>graph run --source rabbitmq</c>: takes articles from a source that redelivers what it was not told about (a
/// queue), in batches of one group commit, and settles each article only once its batch is committed. On stop, the
/// batch in hand is finished; articles received but not written are left unsettled, and the broker delivers them
/// again.
/// </summary>
internal sealed partial class QueueWorker(
    IArticleSource source,
    QueueBatchWriter writer,
    IGraphStore store,
    StoreRetryPolicy retry,
    ILogger<QueueWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batchSize = Math.Max(1, store.MaxArticlesPerWrite);
        // The source pushes into this buffer; the loop takes whatever has arrived, up to one batch, without waiting for more.
        var buffer = Channel.CreateBounded<ArticleLoadResult>(new BoundedChannelOptions(batchSize) { SingleReader = true, SingleWriter = true });
        using var stopPump = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Task? pump = null;
        try
        {
            await retry.ExecuteAsync(store.EnsureSchemaAsync, stoppingToken).ConfigureAwait(false);
            pump = PumpAsync(buffer.Writer, stopPump.Token);
            while (await buffer.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                var batch = new List<ArticleLoadResult>(batchSize);
                while (batch.Count < batchSize && buffer.Reader.TryRead(out var item))
                {
                    batch.Add(item);
                }

                if (!await writer.WriteAsync(batch, stoppingToken).ConfigureAwait(false))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped while waiting: nothing in hand.
        }
        finally
        {
            await stopPump.CancelAsync().ConfigureAwait(false);
            if (pump is not null)
            {
                await pump.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            if (source is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }

            LogStopped(logger);
        }
    }

    private async Task PumpAsync(ChannelWriter<ArticleLoadResult> buffer, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var item in source.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                await buffer.WriteAsync(item, cancellationToken).ConfigureAwait(false);
            }

            buffer.TryComplete();
        }
        catch (Exception e)
        {
            buffer.TryComplete(e is OperationCanceledException ? null : e);
        }
    }

    [LoggerMessage(EventId = 410, Level = LogLevel.Information, Message = "Queue worker stopped")]
    private static partial void LogStopped(ILogger logger);
}
