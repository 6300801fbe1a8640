using System.Diagnostics;
using Graph.Core.Articles;
using Graph.Worker.Sources.RabbitMq;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;

namespace Graph.Worker.Benchmarks;

/// <summary>
/// The queue path end to end: the corpus published on a fresh queue and written by N worker processes into one Neo4j,
/// from the first publication to the last article settled. Workers are started and connected before the clock starts
/// (a service is up before work arrives); the database is emptied first, as for the direct ingest beside it.
/// </summary>
internal sealed class QueueBenchmark(RabbitMqOptions broker, IReadOnlyDictionary<string, string> workerEnvironment)
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Publications awaiting their confirmation at once: enough that publishing never waits on one round trip.</summary>
    private const int InFlight = 200;

    public async Task<QueueFigures> RunAsync(IReadOnlyList<(string Path, string Name)> files, int workers, CancellationToken cancellationToken)
    {
        var options = Copy(broker, "graph-bench-" + Guid.NewGuid().ToString("N")[..8]);
        var environment = new Dictionary<string, string>(workerEnvironment)
        {
            ["GRAPH_RabbitMq__Queue"] = options.Queue,
            ["GRAPH_RabbitMq__DeadLetterQueue"] = options.DeadLetterQueue,
            ["GRAPH_Metrics__Exporter"] = "none",
        };
        var processes = new List<QueueWorkerProcess>();
        var publisher = await RabbitMqArticlePublisher.ConnectAsync(options, "graph-bench", 3, TimeProvider.System, NullLogger.Instance, cancellationToken)
            .ConfigureAwait(false);
        try
        {
            for (var i = 0; i < workers; i++)
            {
                processes.Add(QueueWorkerProcess.Start(environment));
            }

            foreach (var process in processes)
            {
                await process.WaitConsumingAsync(StartTimeout, cancellationToken).ConfigureAwait(false);
            }

            var wall = Stopwatch.StartNew();
            var pending = new List<Task>(InFlight);
            foreach (var (path, name) in files)
            {
                pending.Add(publisher.PublishAsync(new ArticleMessage(name, await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false)), cancellationToken));
                if (pending.Count == InFlight)
                {
                    await Task.WhenAll(pending).ConfigureAwait(false);
                    pending.Clear();
                }
            }

            await Task.WhenAll(pending).ConfigureAwait(false);
            var published = wall.Elapsed;
            while (processes.Sum(p => p.Settled) < files.Count)
            {
                await Task.Delay(5, cancellationToken).ConfigureAwait(false);
            }

            wall.Stop();
            return new QueueFigures(workers, files.Count, wall.Elapsed, published);
        }
        finally
        {
            processes.ForEach(p => p.Dispose());
            await publisher.DisposeAsync().ConfigureAwait(false);
            await DeleteQueuesAsync(options, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task DeleteQueuesAsync(RabbitMqOptions options, CancellationToken cancellationToken)
    {
        await using var connection = await RabbitMqConnector.Factory(options, "graph-bench").CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeleteAsync(options.Queue, cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeleteAsync(options.DeadLetterQueue, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static RabbitMqOptions Copy(RabbitMqOptions o, string queue) => new()
    {
        Host = o.Host, Port = o.Port, VirtualHost = o.VirtualHost, User = o.User, Password = o.Password,
        Queue = queue, DeadLetterQueue = queue + ".dead", DeliveryLimit = o.DeliveryLimit, ReconnectDelay = o.ReconnectDelay,
    };
}

/// <param name="Published">When the last publication was confirmed, from the start.</param>
internal sealed record QueueFigures(int Workers, int Articles, TimeSpan Wall, TimeSpan Published)
{
    public double ArticlesPerSecond => Articles / Wall.TotalSeconds;
}
