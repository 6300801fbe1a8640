namespace Graph.Neo4j.Internal;

/// <summary>
/// The HTTP(S) address to use for a configured <c>Neo4j:Uri</c>. Users paste what Neo4j gives them, often a Bolt URI
/// (Aura's credentials file says <c>NEO4J_URI=neo4j+s://&lt;id&gt;.databases.neo4j.io</c>): Bolt schemes map to the
/// HTTP API of the same host, on its default port (7474 for http, 7473 for https, 443 for Aura).
/// <c>+ssc</c> asks for a self-signed certificate to be accepted, so its HTTPS connection does the same.
/// </summary>
internal sealed record Neo4jAddress(Uri HttpUri, bool AcceptAnyCertificate, bool IsAura, string? Note)
{
    public const string AuraHostSuffix = ".databases.neo4j.io";

    private const int DefaultHttpPort = 7474;
    private const int DefaultHttpsPort = 7473;

    /// <summary>The schemes accepted in <c>Neo4j:Uri</c>.</summary>
    public static readonly IReadOnlySet<string> Schemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "http", "https", "neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc",
    };

    public static Neo4jAddress Resolve(Uri configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var host = configured.Host;
        var isAura = host.EndsWith(AuraHostSuffix, StringComparison.OrdinalIgnoreCase);
        var scheme = configured.Scheme.ToLowerInvariant();
        if (scheme is "http" or "https")
        {
            return new Neo4jAddress(configured, AcceptAnyCertificate: false, isAura, Note: null);
        }

        if (!Schemes.Contains(scheme))
        {
            throw new ArgumentException($"Neo4j:Uri has the unsupported scheme '{configured.Scheme}'.", nameof(configured));
        }

        var secure = scheme.EndsWith("+s", StringComparison.Ordinal) || scheme.EndsWith("+ssc", StringComparison.Ordinal);
        var builder = new UriBuilder(secure ? Uri.UriSchemeHttps : Uri.UriSchemeHttp, host)
        {
            // Aura serves HTTPS on 443 only; a self-managed server on its configured defaults.
            Port = isAura ? -1 : secure ? DefaultHttpsPort : DefaultHttpPort,
        };
        var http = builder.Uri;
        var note = $"Neo4j:Uri {configured.Scheme}://{host} is a Bolt address; using the HTTP API at {http.GetLeftPart(UriPartial.Authority)}. "
            + "If the server's HTTP port differs, set Neo4j:Uri (NEO4J_URI) to its http(s):// address.";
        return new Neo4jAddress(http, AcceptAnyCertificate: scheme.EndsWith("+ssc", StringComparison.Ordinal), isAura, note);
    }
}
