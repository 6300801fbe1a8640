using System.Net;
using System.Text.Json;
using Graph.Neo4j.Protocol;

namespace Graph.Neo4j.Internal;

/// <summary>
/// Finds the version and chooses the endpoint, by version band:
/// <list type="bullet">
/// <item>3.x: <c>GET /</c> has <c>data</c> = <c>/db/data/</c>; that document has <c>transaction</c> and <c>neo4j_version</c>.</item>
/// <item>4.x to 2025.x self-managed: <c>GET /</c> has <c>transaction</c> = <c>/db/{databaseName}/tx</c>. It is preferred
/// even where <c>query</c> (the Query API, 5.19+) is advertised: one <c>tx/commit</c> request runs a whole batch as one
/// transaction, which a cluster's load balancer routes safely; Query API transactions span several requests, exist only
/// from 5.26 and are not routed on self-managed clusters.</item>
/// <item>Only <c>query</c> advertised: the Query API.</item>
/// <item>Aura (<c>*.databases.neo4j.io</c>), or a root that answers 401 or 404: no discovery document is documented
/// there, so the Query API of <c>Neo4j:Database</c> is asked for the version with <see cref="VersionProbe"/>.</item>
/// </list>
/// Only the paths of advertised URLs are used, joined to the configured server URI: servers behind proxies or
/// in containers advertise host names the client may not be able to reach.
/// </summary>
internal static class ServerDiscovery
{
    /// <summary>Reads the version where there is no discovery document (Aura). Read-only; one implicit transaction.</summary>
    public const string VersionProbe =
        "CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS version";

    /// <summary>Query API explicit transactions (several requests) exist from this version on.</summary>
    public static readonly (int Major, int Minor) ExplicitTransactionsSince = (5, 26);

    private const string DatabasePlaceholder = "{databaseName}";

    public static async Task<Neo4jServerInfo> DiscoverAsync(
        HttpTransport transport, Neo4jAddress address, Neo4jOptions options, CancellationToken cancellationToken)
    {
        var baseUri = address.HttpUri;
        if (address.IsAura)
        {
            return await ProbeQueryApiAsync(transport, address, options, cancellationToken).ConfigureAwait(false);
        }

        HttpResponse root;
        try
        {
            root = await transport.SendAsync(HttpMethod.Get, baseUri, null, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException e) when (e.Code == ServerErrors.Unauthorized)
        {
            return await ProbeQueryApiAsync(transport, address, options, cancellationToken).ConfigureAwait(false);
        }

        if (root.Status == HttpStatusCode.NotFound)
        {
            return await ProbeQueryApiAsync(transport, address, options, cancellationToken).ConfigureAwait(false);
        }

        EnsureOk(root, baseUri);
        var step = ParseRoot(root.Body, baseUri, options.Database, options.Cluster);
        if (step.Server is not null)
        {
            return step.Server;
        }

        var data = await transport.SendAsync(HttpMethod.Get, step.DataUri!, null, null, cancellationToken).ConfigureAwait(false);
        EnsureOk(data, step.DataUri!);
        return ParseDataDocument(data.Body, baseUri);
    }

    public static DiscoveryResult ParseRoot(string json, Uri baseUri, string database, bool cluster = false)
    {
        using var document = TransactionalCodec.Parse(json);
        var root = document.RootElement;
        var version = GetString(root, "neo4j_version");
        var query = GetString(root, "query");
        var transaction = GetString(root, "transaction");
        if (version is not null && transaction is not null)
        {
            return new DiscoveryResult(Known(version, Neo4jEndpointKind.Transactional, Resolve(baseUri, transaction, database), cluster, aura: false), null);
        }

        if (version is not null && query is not null)
        {
            return new DiscoveryResult(Known(version, Neo4jEndpointKind.QueryApi, Resolve(baseUri, query, database), cluster, aura: false), null);
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
            Neo4jErrorKind.Protocol);
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
                Neo4jErrorKind.Protocol);
        }

        return Known(version, Neo4jEndpointKind.Transactional, Resolve(baseUri, transaction, database: ""), cluster: false, aura: false);
    }

    /// <summary>The server a Query API endpoint reports for <paramref name="version"/> (Aura, or no discovery document).</summary>
    public static Neo4jServerInfo QueryApiServer(string version, Uri baseUri, string database, bool cluster, bool aura) =>
        Known(version, Neo4jEndpointKind.QueryApi, QueryEndpoint(baseUri, database), cluster, aura);

    private static async Task<Neo4jServerInfo> ProbeQueryApiAsync(
        HttpTransport transport, Neo4jAddress address, Neo4jOptions options, CancellationToken cancellationToken)
    {
        var endpoint = QueryEndpoint(address.HttpUri, options.Database);
        var response = await transport.SendAsync(
            HttpMethod.Post, endpoint, QueryApiCodec.EncodeRequest(new CypherStatement(VersionProbe)), null, cancellationToken).ConfigureAwait(false);
        if (response.Status == HttpStatusCode.NotFound && ServerErrors.TryReadFirstError(response.Body) is null)
        {
            throw new Neo4jException(
                "Graph.Neo4j.Discovery",
                $"{address.HttpUri} has neither a discovery document nor a Query API at {endpoint.AbsolutePath}; is Neo4j:Uri the server root (e.g. http://localhost:7474)?",
                Neo4jErrorKind.Protocol);
        }

        ServerErrors.ThrowIfFailed(HttpMethod.Post, endpoint, response.Status, response.Body, transport.User);
        var rows = QueryApiCodec.DecodeResult(response.Body, transport.User).Rows;
        if (rows is not [var row] || row.GetValueOrDefault("version") is not string version)
        {
            throw new Neo4jException("Graph.Neo4j.Discovery", $"{endpoint} did not report the Neo4j version.", Neo4jErrorKind.Protocol);
        }

        return QueryApiServer(version, address.HttpUri, options.Database, options.Cluster, address.IsAura);
    }

    private static Neo4jServerInfo Known(string version, Neo4jEndpointKind kind, Uri endpoint, bool cluster, bool aura)
    {
        var (major, minor) = ServerVersion.Parse(version);
        aura = aura || version.Contains("aura", StringComparison.OrdinalIgnoreCase);
        var explicitTransactions = kind == Neo4jEndpointKind.QueryApi
            && (major, minor).CompareTo(ExplicitTransactionsSince) >= 0
            && (aura || !cluster);
        return new Neo4jServerInfo(version, major, minor, kind, endpoint)
        {
            IsAura = aura,
            ExplicitTransactions = explicitTransactions,
        };
    }

    private static Uri QueryEndpoint(Uri baseUri, string database) =>
        Resolve(baseUri, $"/db/{DatabasePlaceholder}/query/v2", database);

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

    private static void EnsureOk(HttpResponse response, Uri uri)
    {
        if (response.Status != HttpStatusCode.OK)
        {
            throw new Neo4jException(
                "Graph.Neo4j.Discovery",
                $"GET {uri} answered HTTP {(int)response.Status}; is Neo4j:Uri the server root (e.g. http://localhost:7474)?",
                Neo4jErrorKind.Protocol);
        }
    }
}
