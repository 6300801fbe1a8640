using RabbitMQ.Client;

namespace Graph.Worker.Sources.RabbitMq;

/// <summary>
/// Declares the article queue and its dead-letter queue, both durable quorum queues (replicated, and the only kind
/// with a delivery limit). Idempotent; publishers and workers both declare, so either may start first.
/// </summary>
internal static class QueueTopology
{
    public static async Task DeclareAsync(IChannel channel, RabbitMqOptions options, CancellationToken cancellationToken)
    {
        await channel.QueueDeclareAsync(
            options.DeadLetterQueue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?> { ["x-queue-type"] = "quorum" },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.QueueDeclareAsync(
            options.Queue, durable: true, exclusive: false, autoDelete: false,
            arguments: new Dictionary<string, object?>
            {
                ["x-queue-type"] = "quorum",
                // Past the limit (a message that kills every worker that takes it), the broker moves it aside itself.
                ["x-delivery-limit"] = options.DeliveryLimit,
                ["x-dead-letter-exchange"] = "",
                ["x-dead-letter-routing-key"] = options.DeadLetterQueue,
            },
            cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
