using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Graph.Core.Articles;
using Graph.Core.Ports;
using Graph.Worker.Telemetry;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace Graph.Worker.Sources.RabbitMq;

/// <summary>
/// Articles from the RabbitMQ queue. Each message stays unacknowledged until <see cref="SettleAsync"/> says it was
/// committed (acknowledged) or refused as bad input (copied to the dead-letter queue with its reason, then
/// acknowledged). What is never settled (a crash, a stop) the broker delivers again, to this worker or another.
/// </summary>
internal sealed partial class RabbitMqArticleSource(
    RabbitMqOptions options,
    Func<byte[], string, ArticleLoadResult> read,
    ushort prefetch,
    GraphMetrics metrics,
    TimeProvider time,
    ILogger<RabbitMqArticleSource> logger) : IArticleSource, IAsyncDisposable
{
    private readonly Channel<ArticleLoadResult> arrived = Channel.CreateUnbounded<ArticleLoadResult>(new() { SingleReader = true });
    private readonly ConcurrentDictionary<ArticleLoadResult, Delivery> inHand = new(ReferenceEqualityComparer.Instance);
    private IConnection? connection;
    private IChannel? consumer;
    private RabbitMqDeadLetters? deadLetters;
    private IChannel? depth;

    // Bumped when the connection or channel goes down: delivery tags of an earlier generation mean nothing to the new
    // channel (the broker has already put those messages back), so they are never acknowledged.
    private int generation;

    public async IAsyncEnumerable<ArticleLoadResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await StartAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var item in arrived.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }

    public async ValueTask SettleAsync(IReadOnlyList<SettledArticle> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (consumer is null || deadLetters is null)
        {
            return;
        }

        var current = Volatile.Read(ref generation);
        var acknowledge = new List<Delivery>(batch.Count);
        foreach (var (item, settlement) in batch)
        {
            if (!inHand.TryRemove(item, out var delivery))
            {
                continue;
            }

            if (delivery.Generation != current)
            {
                LogStale(logger, delivery.Label);
            }
            else if (await SetAsideAsync(delivery, settlement, cancellationToken).ConfigureAwait(false))
            {
                acknowledge.Add(delivery);
            }
            else
            {
                // Not copied to the dead-letter queue: left unacknowledged, so the broker delivers it again.
                inHand[item] = delivery;
            }
        }

        await AcknowledgeAsync(consumer, acknowledge, current, cancellationToken).ConfigureAwait(false);
    }

    /// <returns>False when a refused message could not be copied to the dead-letter queue.</returns>
    private async Task<bool> SetAsideAsync(Delivery delivery, ArticleSettlement settlement, CancellationToken cancellationToken)
    {
        if (settlement.RefusedBecause is not { } reason)
        {
            if (delivery.PublishedAt is { } published)
            {
                metrics.QueueLag(time.GetUtcNow() - published);
            }

            return true;
        }

        try
        {
            await deadLetters!.SendAsync(delivery.Body, delivery.Headers, delivery.Label, reason, cancellationToken).ConfigureAwait(false);
            LogDeadLettered(logger, delivery.Label, options.DeadLetterQueue, reason);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogSettleFailed(logger, delivery.Label, ErrorText.OneLine(e));
            return false;
        }
    }

    /// <summary>
    /// One acknowledgement with <c>multiple</c> set covers the batch when no other delivery of this channel below its
    /// highest tag is still in hand: a quorum queue can drop some of many single acknowledgements sent just before
    /// the channel closes (rabbitmq-server#10327), so a stopping worker would see written articles delivered again.
    /// </summary>
    private async Task AcknowledgeAsync(IChannel channel, List<Delivery> deliveries, int current, CancellationToken cancellationToken)
    {
        if (deliveries.Count == 0)
        {
            return;
        }

        var highest = deliveries.Max(d => d.Tag);
        var othersBelow = inHand.Values.Any(d => d.Generation == current && d.Tag < highest);
        try
        {
            if (othersBelow)
            {
                foreach (var delivery in deliveries)
                {
                    await channel.BasicAckAsync(delivery.Tag, multiple: false, cancellationToken).ConfigureAwait(false);
                }
            }
            else
            {
                await channel.BasicAckAsync(highest, multiple: true, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The connection dropped meanwhile: the broker delivers the messages again and the idempotent write finds them unchanged.
            foreach (var delivery in deliveries)
            {
                LogSettleFailed(logger, delivery.Label, ErrorText.OneLine(e));
            }
        }
    }

    /// <summary>Messages waiting in the queue (not counting those delivered and unacknowledged), or null when unknown.</summary>
    public async Task<long?> DepthAsync(CancellationToken cancellationToken)
    {
        // Its own channel: a query cancelled by a stop closes the channel it ran on, and on the consumer's channel that
        // would have dropped the acknowledgements of the batch being finished.
        if (depth is not { IsOpen: true } channel)
        {
            return null;
        }

        try
        {
            return await channel.MessageCountAsync(options.Queue, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        arrived.Writer.TryComplete();
        // Closing returns every unacknowledged message to the queue: nothing unwritten is lost, nothing is acknowledged.
        if (consumer is not null)
        {
            await CloseQuietlyAsync(consumer.CloseAsync()).ConfigureAwait(false);
            consumer.Dispose();
        }

        if (depth is not null)
        {
            await CloseQuietlyAsync(depth.CloseAsync()).ConfigureAwait(false);
            depth.Dispose();
        }

        if (deadLetters is not null)
        {
            await deadLetters.DisposeAsync().ConfigureAwait(false);
        }

        if (connection is not null)
        {
            await CloseQuietlyAsync(connection.CloseAsync()).ConfigureAwait(false);
            connection.Dispose();
        }
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        connection = await RabbitMqConnector.ConnectAsync(options, "graph-worker", maxAttempts: null, time, logger, cancellationToken).ConfigureAwait(false);
        connection.ConnectionShutdownAsync += (_, e) =>
        {
            Interlocked.Increment(ref generation);
            LogConnectionLost(logger, options.Describe(), e.ReplyText);
            return Task.CompletedTask;
        };
        connection.RecoverySucceededAsync += (_, _) =>
        {
            LogReconnected(logger, options.Describe());
            return Task.CompletedTask;
        };

        deadLetters = await RabbitMqDeadLetters.OpenAsync(connection, options, cancellationToken).ConfigureAwait(false);
        depth = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        consumer = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        consumer.ChannelShutdownAsync += (_, _) =>
        {
            Interlocked.Increment(ref generation);
            return Task.CompletedTask;
        };
        await QueueTopology.DeclareAsync(consumer, options, cancellationToken).ConfigureAwait(false);
        // No more unacknowledged messages than one group commit holds: the batch is what the worker has in hand.
        await consumer.BasicQosAsync(0, prefetch, global: false, cancellationToken).ConfigureAwait(false);
        var subscription = new AsyncEventingBasicConsumer(consumer);
        subscription.ReceivedAsync += OnReceivedAsync;
        await consumer.BasicConsumeAsync(options.Queue, autoAck: false, subscription, cancellationToken).ConfigureAwait(false);
        LogConsuming(logger, options.Queue, options.Describe(), prefetch);
    }

    private Task OnReceivedAsync(object sender, BasicDeliverEventArgs message)
    {
        // The body's memory belongs to the client and is reused after this handler returns.
        var body = message.Body.ToArray();
        var headers = message.BasicProperties.Headers is { } h ? new Dictionary<string, object?>(h) : [];
        var name = MessageHeaders.Text(headers, MessageHeaders.Name);
        var label = name ?? message.BasicProperties.MessageId ?? $"message {message.DeliveryTag}";
        var load = name is null
            ? ArticleLoadResult.Failed(label, $"The message has no {MessageHeaders.Name} header naming the article (publish it with 'graph publish').")
            : read(body, name);
        DateTimeOffset? published = message.BasicProperties.IsTimestampPresent()
            ? DateTimeOffset.FromUnixTimeSeconds(message.BasicProperties.Timestamp.UnixTime)
            : null;
        inHand[load] = new Delivery(message.DeliveryTag, Volatile.Read(ref generation), body, headers, label, published);
        arrived.Writer.TryWrite(load);
        return Task.CompletedTask;
    }

    private static async Task CloseQuietlyAsync(Task close)
    {
        try
        {
            await close.ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Already closed by the broker, or the network is gone: either way the messages go back to the queue.
        }
    }

    private sealed record Delivery(
        ulong Tag, int Generation, byte[] Body, Dictionary<string, object?> Headers, string Label, DateTimeOffset? PublishedAt);

    [LoggerMessage(EventId = 502, Level = LogLevel.Information,
        Message = "Consuming {Queue} at {Broker}, {Prefetch} messages at a time")]
    private static partial void LogConsuming(ILogger logger, string queue, string broker, ushort prefetch);

    [LoggerMessage(EventId = 503, Level = LogLevel.Warning, Message = "Connection to RabbitMQ at {Broker} lost ({Reason}); reconnecting")]
    private static partial void LogConnectionLost(ILogger logger, string broker, string reason);

    [LoggerMessage(EventId = 504, Level = LogLevel.Information, Message = "Reconnected to RabbitMQ at {Broker}")]
    private static partial void LogReconnected(ILogger logger, string broker);

    [LoggerMessage(EventId = 505, Level = LogLevel.Warning, Message = "Dead-lettered {Name} to {Queue}: {Reason}")]
    private static partial void LogDeadLettered(ILogger logger, string name, string queue, string reason);

    [LoggerMessage(EventId = 506, Level = LogLevel.Information,
        Message = "{Name} came from a connection since lost; the broker delivers it again, so it is not acknowledged")]
    private static partial void LogStale(ILogger logger, string name);

    [LoggerMessage(EventId = 507, Level = LogLevel.Warning,
        Message = "Could not settle {Name} ({Error}); the broker will deliver it again")]
    private static partial void LogSettleFailed(ILogger logger, string name, string error);
}
