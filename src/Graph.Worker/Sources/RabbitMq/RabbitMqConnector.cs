using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Graph.Worker.Sources.RabbitMq;

/// <summary>
/// Opens connections to the broker. Connections recover by themselves after a broker restart or a network cut
/// (the client's automatic recovery re-opens channels, re-declares the queues and re-registers consumers).
/// </summary>
internal static partial class RabbitMqConnector
{
    public static ConnectionFactory Factory(RabbitMqOptions options, string clientName) => new()
    {
        HostName = options.Host,
        Port = options.Port,
        VirtualHost = options.VirtualHost,
        UserName = options.User,
        Password = options.Password,
        ClientProvidedName = clientName,
        AutomaticRecoveryEnabled = true,
        TopologyRecoveryEnabled = true,
        NetworkRecoveryInterval = options.ReconnectDelay,
        // A dead broker is noticed within two heartbeats, not at the next TCP timeout.
        RequestedHeartbeat = TimeSpan.FromSeconds(10),
    };

    /// <summary>Connects, waiting <see cref="RabbitMqOptions.ReconnectDelay"/> between attempts.</summary>
    /// <param name="maxAttempts">Attempts before the error propagates; null tries until <paramref name="cancellationToken"/> fires.</param>
    public static async Task<IConnection> ConnectAsync(
        RabbitMqOptions options, string clientName, int? maxAttempts, TimeProvider time, ILogger logger, CancellationToken cancellationToken)
    {
        var factory = Factory(options, clientName);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (BrokerUnreachableException e) when (attempt < maxAttempts || maxAttempts is null)
            {
                LogUnreachable(logger, options.Describe(), attempt, options.ReconnectDelay.TotalSeconds, ErrorText.OneLine(e));
            }

            await Task.Delay(options.ReconnectDelay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    [LoggerMessage(EventId = 501, Level = LogLevel.Warning,
        Message = "RabbitMQ at {Broker} unreachable (attempt {Attempt}); retrying in {DelaySeconds} s: {Error}")]
    private static partial void LogUnreachable(ILogger logger, string broker, int attempt, double delaySeconds, string error);
}
