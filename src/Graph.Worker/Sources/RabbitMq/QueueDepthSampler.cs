using Graph.Worker.Telemetry;
using Microsoft.Extensions.Hosting;

namespace Graph.Worker.Sources.RabbitMq;

/// <summary>Reads the queue's depth every few seconds for the <c>graph.queue.depth</c> gauge (a gauge callback cannot wait on the broker).</summary>
internal sealed class QueueDepthSampler(RabbitMqArticleSource source, GraphMetrics metrics, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (await source.DepthAsync(stoppingToken).ConfigureAwait(false) is { } depth)
                {
                    metrics.QueueDepth(depth);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped.
        }
    }
}
