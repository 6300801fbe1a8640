using Graph.Core.Articles;
using Graph.Core.Ports;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace Graph.Worker.Sources.RabbitMq;

/// <summary>
/// Puts articles on the queue as persistent messages, each confirmed by the broker before <see cref="PublishAsync"/>
/// returns: an article reported published survives a broker restart.
/// </summary>
internal sealed class RabbitMqArticlePublisher : IArticlePublisher, IAsyncDisposable
{
    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly RabbitMqOptions options;
    private readonly TimeProvider time;

    private RabbitMqArticlePublisher(IConnection connection, IChannel channel, RabbitMqOptions options, TimeProvider time)
    {
        this.connection = connection;
        this.channel = channel;
        this.options = options;
        this.time = time;
    }

    /// <param name="maxAttempts">Attempts to reach the broker; null keeps trying until cancelled (the feed follower).</param>
    public static async Task<RabbitMqArticlePublisher> ConnectAsync(
        RabbitMqOptions options, string clientName, int? maxAttempts, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var connection = await RabbitMqConnector.ConnectAsync(options, clientName, maxAttempts, time, logger, cancellationToken).ConfigureAwait(false);
        try
        {
            var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken)
                .ConfigureAwait(false);
            await QueueTopology.DeclareAsync(channel, options, cancellationToken).ConfigureAwait(false);
            return new RabbitMqArticlePublisher(connection, channel, options, time);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public async Task PublishAsync(ArticleMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var properties = new BasicProperties
        {
            Persistent = true,
            MessageId = message.Name,
            Timestamp = new AmqpTimestamp(time.GetUtcNow().ToUnixTimeSeconds()),
            Headers = new Dictionary<string, object?> { [MessageHeaders.Name] = message.Name },
        };
        // mandatory: a queue deleted meanwhile is an error here, not a message silently dropped.
        await channel.BasicPublishAsync("", options.Queue, mandatory: true, properties, message.Body, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await channel.CloseAsync().ConfigureAwait(false);
            await connection.CloseAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Closing a connection the broker already closed: nothing left to release.
        }

        channel.Dispose();
        connection.Dispose();
    }
}
