using RabbitMQ.Client;

namespace Graph.Worker.Sources.RabbitMq;

/// <summary>
/// Sets bad input aside: a copy of the message, with its reason in <see cref="MessageHeaders.Reason"/>, goes to the
/// dead-letter queue and is confirmed by the broker before the original is acknowledged. (The broker's own
/// dead-lettering on a reject cannot add a header, and a reason is what an operator needs.)
/// </summary>
internal sealed class RabbitMqDeadLetters : IAsyncDisposable
{
    private readonly IChannel channel;
    private readonly string queue;

    private RabbitMqDeadLetters(IChannel channel, string queue)
    {
        this.channel = channel;
        this.queue = queue;
    }

    public static async Task<RabbitMqDeadLetters> OpenAsync(IConnection connection, RabbitMqOptions options, CancellationToken cancellationToken)
    {
        var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken)
            .ConfigureAwait(false);
        return new RabbitMqDeadLetters(channel, options.DeadLetterQueue);
    }

    /// <summary>Returns once the broker has confirmed the copy; throws when it could not take it.</summary>
    public async Task SendAsync(
        byte[] body, Dictionary<string, object?> headers, string label, string reason, CancellationToken cancellationToken)
    {
        var properties = new BasicProperties
        {
            Persistent = true,
            MessageId = label,
            Headers = new Dictionary<string, object?>(headers) { [MessageHeaders.Reason] = reason },
        };
        await channel.BasicPublishAsync("", queue, mandatory: true, properties, body, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await channel.CloseAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Closed already with its connection.
        }

        channel.Dispose();
    }
}
