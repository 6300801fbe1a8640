using System.Diagnostics;
using System.Globalization;
using System.Text;
using RabbitMQ.Client;

namespace Graph.IntegrationTests.Support;

/// <summary>
/// A real RabbitMQ (Debian's rabbitmq-server) started by <c>scripts/rabbitmq.sh</c> as a private node: home
/// <c>.rabbitmq/test</c> inside the repository, AMQP 5682, distribution 25682, its own epmd on 4380, so a system
/// broker on 5672 is left alone. Each test takes its own queue names (<see cref="NewQueue"/>), so tests never see
/// each other's messages. Stopped when the test class is done.
/// </summary>
public sealed class RabbitMqServerFixture : IAsyncLifetime
{
    public const int Port = 5682;
    private const int DistributionPort = 25682;
    private const int EpmdPort = 4380;
    public const string User = "graph";
    public const string Password = "graph-test-secret";
    // Install and start: under heavy load the node alone may take minutes (scripts/rabbitmq.sh waits up to 600 s).
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(15);

    private readonly string home = Path.Combine(Neo4jServerFixture.RepositoryRoot(), ".rabbitmq", "test");

    public Task InitializeAsync() => StartAsync();

    public Task DisposeAsync() => StopAsync();

    /// <summary>Starts the node (its queues and their messages survive a stop, as on a real restart).</summary>
    public Task StartAsync() => RunScriptAsync(
        "start", "--port", Port.ToString(CultureInfo.InvariantCulture), "--dist-port", DistributionPort.ToString(CultureInfo.InvariantCulture),
        "--epmd-port", EpmdPort.ToString(CultureInfo.InvariantCulture));

    public Task StopAsync() => RunScriptAsync("stop");

    /// <summary>A queue and dead-letter queue name no other test uses, as the settings a worker or publisher reads.</summary>
    public (string Queue, (string Key, string Value)[] Settings) NewQueue()
    {
        var queue = "test-" + Guid.NewGuid().ToString("N")[..12];
        return (queue,
        [
            ("RABBITMQ_HOST", "localhost"),
            ("RABBITMQ_PORT", Port.ToString(CultureInfo.InvariantCulture)),
            ("RABBITMQ_USER", User),
            ("RABBITMQ_PASSWORD", Password),
            ("GRAPH_RabbitMq__Queue", queue),
            ("GRAPH_RabbitMq__DeadLetterQueue", queue + ".dead"),
            ("GRAPH_RabbitMq__ReconnectDelay", "00:00:01"),
            ("GRAPH_Metrics__Exporter", "none"),
        ]);
    }

    public async Task<IConnection> ConnectAsync() =>
        await new ConnectionFactory { HostName = "localhost", Port = Port, UserName = User, Password = Password }.CreateConnectionAsync();

    /// <summary>Messages ready in <paramref name="queue"/> (not those delivered and unacknowledged).</summary>
    public async Task<uint> ReadyAsync(string queue)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        return await channel.MessageCountAsync(queue);
    }

    /// <summary>Takes every message of <paramref name="queue"/>: its name header, reason header and body.</summary>
    public async Task<List<(string? Name, string? Reason, string Body)>> DrainAsync(string queue)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        var messages = new List<(string?, string?, string)>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } message)
        {
            var headers = message.BasicProperties.Headers;
            messages.Add((Text(headers, "x-graph-name"), Text(headers, "x-graph-reason"), Encoding.UTF8.GetString(message.Body.Span)));
        }

        return messages;
    }

    /// <summary>Publishes raw bytes, with or without a name header: what a foreign or broken producer might send.</summary>
    public async Task PublishRawAsync(string queue, string? name, byte[] body)
    {
        await using var connection = await ConnectAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var properties = new BasicProperties { Persistent = true };
        if (name is not null)
        {
            properties.Headers = new Dictionary<string, object?> { ["x-graph-name"] = name };
        }

        await channel.BasicPublishAsync("", queue, mandatory: true, properties, body);
    }

    private static string? Text(IDictionary<string, object?>? headers, string key) =>
        headers is not null && headers.TryGetValue(key, out var value) && value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : null;

    private async Task RunScriptAsync(params string[] arguments)
    {
        var root = Neo4jServerFixture.RepositoryRoot();
        var start = new ProcessStartInfo("bash") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "scripts", "rabbitmq.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GRAPH_RABBITMQ_HOME"] = home;
        start.Environment["GRAPH_RABBITMQ_USER"] = User;
        start.Environment["GRAPH_RABBITMQ_PASSWORD"] = Password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run bash.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/rabbitmq.sh {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }
}
