using System.Net;
using System.Text.Json;
using Graph.Neo4j.Protocol;

namespace Graph.Neo4j.Internal;

/// <summary>
/// Finds the endpoint and version from the unauthenticated discovery documents:
/// <list type="bullet">
/// <item>5.19+: <c>GET /</c> has <c>query</c> = <c>.../db/{databaseName}/query/v2</c> → Query API (preferred when advertised).</item>
/// <item>4.x–5.x: <c>GET /</c> has <c>transaction</c> = <c>.../db/{databaseName}/tx</c> and <c>neo4j_version</c>.</item>
/// <item>3.x: <c>GET /</c> has <c>data</c> = <c>.../db/data/</c>; that document has <c>transaction</c> and <c>neo4j_version</c>.</item>
/// </list>
/// Only the paths of advertised URLs are used, joined to the configured server URI: servers behind proxies or
/// in containers advertise host names the client may not be able to reach.
/// </summary>
internal static class ServerDiscovery
{
    private const string DatabasePlaceholder = "{databaseName}";

    public static async Task<Neo4jServerInfo> DiscoverAsync(HttpTransport transport, Neo4jOptions options, CancellationToken cancellationToken)
    {
        var root = await GetAsync(transport, options.Uri, cancellationToken).ConfigureAwait(false);
        var step = ParseRoot(root, options.Uri, options.Database);
        if (step.Server is not null)
        {
            return step.Server;
        }

        var data = await GetAsync(transport, step.DataUri!, cancellationToken).ConfigureAwait(false);
        return ParseDataDocument(data, options.Uri);
    }

    public static DiscoveryResult ParseRoot(string json, Uri baseUri, string database)
    {
        using var document = TransactionalCodec.Parse(json);
        var root = document.RootElement;
        var version = GetString(root, "neo4j_version");
        var query = GetString(root, "query");
        var transaction = GetString(root, "transaction");
        if (version is not null && query is not null)
        {
            return Known(version, Neo4jEndpointKind.QueryApi, Resolve(baseUri, query, database));
        }

        if (version is not null && transaction is not null)
        {
            return Known(version, Neo4jEndpointKind.Transactional, Resolve(baseUri, transaction, database));
        }

        var data = GetString(root, "data");
        if (data is not null)
        {
            // With the trailing slash 3.x advertises: /db/data answers 302 to /db/data/, and HttpClient drops the
            // Authorization header when it follows a redirect, so a server with authentication on would answer 401.
            return new DiscoveryResult(null, new Uri(Resolve(baseUri, data, database).AbsoluteUri + "/"));
        }

        throw new Neo4jException(
            "Graph.Neo4j.Discovery",
            $"{baseUri} does not look like a Neo4j server: its discovery document has neither 'query', 'transaction' nor 'data'.",
            isTransient: false);
    }

    public static Neo4jServerInfo ParseDataDocument(string json, Uri baseUri)
    {
        using var document = TransactionalCodec.Parse(json);
        var root = document.RootElement;
        var version = GetString(root, "neo4j_version");
        var transaction = GetString(root, "transaction");
        if (version is null || transaction is null)
        {
            throw new Neo4jException(
                "Graph.Neo4j.Discovery",
                "The Neo4j 3.x data document lacks 'transaction' or 'neo4j_version'.",
                isTransient: false);
        }

        return Known(version, Neo4jEndpointKind.Transactional, Resolve(baseUri, transaction, database: "")).Server!;
    }

    private static DiscoveryResult Known(string version, Neo4jEndpointKind kind, Uri endpoint)
    {
        var (major, minor) = ServerVersion.Parse(version);
        return new DiscoveryResult(new Neo4jServerInfo(version, major, minor, kind, endpoint), null);
    }

    private static Uri Resolve(Uri baseUri, string advertised, string database)
    {
        var withDatabase = advertised.Replace(DatabasePlaceholder, Uri.EscapeDataString(database), StringComparison.Ordinal);
        var path = Uri.TryCreate(withDatabase, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : withDatabase;
        return new Uri(new Uri(baseUri.GetLeftPart(UriPartial.Authority)), path.TrimEnd('/'));
    }

    private static string? GetString(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static async Task<string> GetAsync(HttpTransport transport, Uri uri, CancellationToken cancellationToken)
    {
        var response = await transport.SendAsync(HttpMethod.Get, uri, null, null, cancellationToken).ConfigureAwait(false);
        if (response.Status != HttpStatusCode.OK)
        {
            throw new Neo4jException(
                "Graph.Neo4j.Discovery",
                $"GET {uri} answered HTTP {(int)response.Status}; is Neo4j:Uri the server root (e.g. http://localhost:7474)?",
                isTransient: false);
        }

        return response.Body;
    }
}
