namespace Graph.Worker.Sources.RabbitMq;

/// <summary>
/// The <c>RabbitMq</c> configuration section (or the plain <c>RABBITMQ_HOST</c>, <c>RABBITMQ_PORT</c>,
/// <c>RABBITMQ_VHOST</c>, <c>RABBITMQ_USER</c>, <c>RABBITMQ_PASSWORD</c> variables). The password is never logged.
/// </summary>
internal sealed class RabbitMqOptions
{
    public const string SectionName = "RabbitMq";

    /// <summary>Broker host. Default: <c>localhost</c>.</summary>
    public string Host { get; set; } = "localhost";

    /// <summary>AMQP port. Default: 5672.</summary>
    public int Port { get; set; } = 5672;

    /// <summary>Virtual host. Default: <c>/</c>.</summary>
    public string VirtualHost { get; set; } = "/";

    /// <summary>User. Default: <c>guest</c> (which RabbitMQ accepts only from localhost).</summary>
    public string User { get; set; } = "guest";

    /// <summary>Password. Default: <c>guest</c>. Never logged.</summary>
    public string Password { get; set; } = "guest";

    /// <summary>The durable quorum queue of articles. Default: <c>graph.articles</c>.</summary>
    public string Queue { get; set; } = "graph.articles";

    /// <summary>Where bad input goes, each message with its reason in the <c>x-graph-reason</c> header. Default: <c>graph.articles.dead</c>.</summary>
    public string DeadLetterQueue { get; set; } = "graph.articles.dead";

    /// <summary>
    /// Deliveries of one message before the broker dead-letters it by itself: a message that makes every worker
    /// crash is set aside instead of being redelivered forever. Default: 5.
    /// </summary>
    public int DeliveryLimit { get; set; } = 5;

    /// <summary>Wait between two attempts to reach the broker (at start, and after a connection is lost). Default: 2 seconds.</summary>
    public TimeSpan ReconnectDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>"user@host:port/vhost", for logs: never the password.</summary>
    public string Describe() => $"{User}@{Host}:{Port}{(VirtualHost.StartsWith('/') ? "" : "/")}{VirtualHost}";

    internal IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return "RabbitMq:Host is empty; set RABBITMQ_HOST or RabbitMq:Host to the broker's host name.";
        }

        if (Port is < 1 or > 65535)
        {
            yield return $"RabbitMq:Port is {Port}; it must be between 1 and 65535 (RabbitMQ listens on 5672 by default).";
        }

        if (string.IsNullOrWhiteSpace(Queue) || string.IsNullOrWhiteSpace(DeadLetterQueue) || Queue == DeadLetterQueue)
        {
            yield return "RabbitMq:Queue and RabbitMq:DeadLetterQueue must be two different, non-empty queue names.";
        }

        if (DeliveryLimit < 1)
        {
            yield return $"RabbitMq:DeliveryLimit is {DeliveryLimit}; it must be at least 1.";
        }

        if (ReconnectDelay <= TimeSpan.Zero)
        {
            yield return "RabbitMq:ReconnectDelay must be positive.";
        }
    }
}
