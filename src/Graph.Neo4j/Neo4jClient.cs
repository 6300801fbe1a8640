using Graph.Neo4j.Internal;
using Graph.Neo4j.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Neo4j;

/// <summary>
/// Runs Cypher against Neo4j 3.1 to 2025.x and Aura over HTTP. The endpoint (transactional or Query API) is chosen
/// by version band on first use (see <see cref="ServerDiscovery"/>); the server's notifications are logged as
/// warnings, once per distinct message. Transient failures (<c>Neo.TransientError.*</c>, HTTP 5xx, refused or reset connections, timeouts) are
/// retried by <see cref="StoreRetryPolicy"/>, up to <see cref="Neo4jOptions.MaxRetries"/> times; a retry re-runs
/// the whole transaction. Thread-safe; register as a singleton.
/// </summary>
public sealed class Neo4jClient : IDisposable
{
    private readonly Neo4jOptions _options;
    private readonly Neo4jAddress _address;
    private readonly NotificationLog _notifications;
    private readonly HttpTransport _transport;
    private readonly StoreRetryPolicy _retry;
    private readonly ILogger _logger;
    private readonly StatementRecorder _recorder = StatementRecorder.FromEnvironment();
    private readonly SemaphoreSlim _discoveryLock = new(1, 1);
    private volatile Connection? _connection;

    public Neo4jClient(Neo4jOptions options, ILogger<Neo4jClient>? logger = null, TimeProvider? time = null)
        : this(options, HttpTransport.CreateHandler(options, Neo4jAddress.Resolve(options.Uri)), logger, time)
    {
    }

    internal Neo4jClient(Neo4jOptions options, HttpMessageHandler handler, ILogger? logger, TimeProvider? time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _address = Neo4jAddress.Resolve(options.Uri);
        _logger = logger ?? NullLogger.Instance;
        _notifications = new NotificationLog(_logger);
        _transport = new HttpTransport(options, handler, time ?? TimeProvider.System);
        _retry = new StoreRetryPolicy(StoreRetryOptions.GiveUpAfter(options.MaxRetries), time, _logger);
    }

    /// <summary>The server's version and endpoint, discovered once (with retries while the server starts).</summary>
    public async Task<Neo4jServerInfo> GetServerInfoAsync(CancellationToken cancellationToken) =>
        (await ConnectAsync(cancellationToken).ConfigureAwait(false)).Server;

    /// <summary>Runs one statement in its own transaction and returns its rows (column → value).</summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(
        string cypher, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
    {
        var results = await RunInTransactionAsync([new CypherStatement(cypher, parameters)], cancellationToken).ConfigureAwait(false);
        return results[0].Rows;
    }

    /// <summary>Runs one statement without parameters in its own transaction and returns its rows.</summary>
    public Task<IReadOnlyList<IReadOnlyDictionary<string, object?>>> RunAsync(string cypher, CancellationToken cancellationToken) =>
        RunAsync(cypher, new Dictionary<string, object?>(), cancellationToken);

    /// <summary>Runs all statements in one transaction, in order; one result per statement. All commit, or none do.</summary>
    public async Task<IReadOnlyList<CypherResult>> RunInTransactionAsync(
        IReadOnlyList<CypherStatement> statements, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statements);
        if (statements.Count == 0)
        {
            return [];
        }

        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        _recorder.Record(statements);
        return await _retry.ExecuteAsync(
            ct => connection.Protocol.RunInTransactionAsync(statements, ct),
            cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _transport.Dispose();
        _discoveryLock.Dispose();
    }

    private async Task<Connection> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } known)
        {
            return known;
        }

        await _discoveryLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_connection is { } raced)
            {
                return raced;
            }

            if (_address.Note is { } note)
            {
                Log.AddressNote(_logger, note);
            }

            var server = await _retry.ExecuteAsync(
                ct => ServerDiscovery.DiscoverAsync(_transport, _address, _options, ct), cancellationToken).ConfigureAwait(false);
            ICypherProtocol protocol = server.EndpointKind == Neo4jEndpointKind.QueryApi
                ? new QueryApiProtocol(_transport, server, _notifications)
                : new TransactionalProtocol(_transport, server.Endpoint, _notifications);
            Log.Discovered(_logger, server.Version, server.Endpoint, server.EndpointKind);
            _connection = new Connection(server, protocol);
            return _connection;
        }
        finally
        {
            _discoveryLock.Release();
        }
    }

    private sealed record Connection(Neo4jServerInfo Server, ICypherProtocol Protocol);
}
