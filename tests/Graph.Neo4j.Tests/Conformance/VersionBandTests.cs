using System.Net;
using Graph.Neo4j.Tests.Support;
using static Graph.Neo4j.Tests.Support.ScriptedHandler;

namespace Graph.Neo4j.Tests.Conformance;

/// <summary>
/// One test per version band on the documented discovery documents and request shapes: which endpoint a write of
/// several statements goes to, and that it is one request (one transaction a cluster routes safely) wherever the
/// server has the transactional endpoint. Only 3.1.1 runs here; the other bands are checked on their documented shapes.
/// </summary>
public sealed class VersionBandTests
{
    private static readonly CypherStatement[] Write = [new("MATCH (a:Article {id: $id}) RETURN a", new Dictionary<string, object?> { ["id"] = "x" }), new("RETURN 2")];

    private static Neo4jClient Client(ScriptedHandler handler, Neo4jOptions? options = null) =>
        new(options ?? new Neo4jOptions(), handler, logger: null, time: new InstantTime());

    [Theory]
    [InlineData("3.x", Documents.Root3, "/db/data/transaction/commit")]
    [InlineData("4.4", Documents.Root44, "/db/neo4j/tx/commit")]
    [InlineData("5.0-5.22", Documents.Root512, "/db/neo4j/tx/commit")]
    [InlineData("5.19 query advertised", Documents.Root519, "/db/neo4j/tx/commit")]
    [InlineData("5.23-5.25", Documents.Root524, "/db/neo4j/tx/commit")]
    [InlineData("5.26+", Documents.Root526, "/db/neo4j/tx/commit")]
    [InlineData("2025.x", Documents.Root2025, "/db/neo4j/tx/commit")]
    public async Task Self_managed_bands_commit_a_write_of_several_statements_in_one_request(string band, string root, string commitPath)
    {
        var handler = new ScriptedHandler(r => (r.Method.Method, r.Path) switch
        {
            ("GET", "/") => Json(root),
            ("GET", "/db/data/") => Json(Documents.Data3),
            ("POST", var path) when path == commitPath => Json(Documents.CommitOk),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        using var client = Client(handler, new Neo4jOptions { Cluster = band.StartsWith("5.26", StringComparison.Ordinal) });

        var results = await client.RunInTransactionAsync(Write, CancellationToken.None);

        Assert.Equal(2, results.Count);
        var posts = handler.Requests.Where(r => r.Method == HttpMethod.Post).ToList();
        var post = Assert.Single(posts);
        Assert.Equal(commitPath, post.Path);
        Assert.Contains("\"statements\":[", post.Body, StringComparison.Ordinal);
        Assert.Contains("\"parameters\":{\"id\":\"x\"}", post.Body, StringComparison.Ordinal);
        Assert.Equal(Neo4jEndpointKind.Transactional, (await client.GetServerInfoAsync(CancellationToken.None)).EndpointKind);
    }

    [Theory]
    [InlineData("neo4j+s://abc12345.databases.neo4j.io")]
    [InlineData("https://abc12345.databases.neo4j.io")]
    public async Task Aura_is_reached_without_a_discovery_document_and_writes_in_one_query_api_transaction(string uri)
    {
        var handler = new ScriptedHandler(r => (r.Method.Method, r.Path) switch
        {
            ("POST", "/db/neo4j/query/v2") => Json(Documents.AuraVersion),
            ("POST", "/db/neo4j/query/v2/tx") => WithAffinity(Json(Documents.QueryBegin, HttpStatusCode.Accepted)),
            ("POST", "/db/neo4j/query/v2/tx/7") => Json(Documents.QueryOk),
            ("POST", "/db/neo4j/query/v2/tx/7/commit") => Json("""{"bookmarks":["FB:x"]}"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        using var client = Client(handler, new Neo4jOptions { Uri = new Uri(uri), User = "neo4j", Password = "p" });

        await client.RunInTransactionAsync(Write, CancellationToken.None);

        var server = await client.GetServerInfoAsync(CancellationToken.None);
        Assert.True(server.IsAura);
        Assert.Equal((5, 27), (server.Major, server.Minor));
        Assert.All(handler.Requests, r => Assert.Equal("https://abc12345.databases.neo4j.io/", r.Uri.GetLeftPart(UriPartial.Authority) + "/"));
        Assert.DoesNotContain(handler.Requests, r => r.Method == HttpMethod.Get);
        Assert.Contains("dbms.components()", handler.Requests[0].Body, StringComparison.Ordinal);
        Assert.Equal(
            ["/db/neo4j/query/v2", "/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/7", "/db/neo4j/query/v2/tx/7/commit"],
            handler.Requests.Select(r => r.Path));
        Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", handler.Requests[3].Headers["neo4j-cluster-affinity"]);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(404)]
    public async Task A_root_without_a_discovery_document_falls_back_to_the_query_api_version_probe(int rootStatus)
    {
        var handler = new ScriptedHandler(r => (r.Method.Method, r.Path) switch
        {
            ("GET", "/") => new HttpResponseMessage((HttpStatusCode)rootStatus),
            ("POST", "/db/news/query/v2") => Json("""{"data":{"fields":["version"],"values":[["2025.06.0"]]}}"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        using var client = Client(handler, new Neo4jOptions { Uri = new Uri("https://graph.example.org"), Database = "news", User = "u", Password = "p" });

        var server = await client.GetServerInfoAsync(CancellationToken.None);

        Assert.Equal(Neo4jEndpointKind.QueryApi, server.EndpointKind);
        Assert.Equal("https://graph.example.org/db/news/query/v2", server.Endpoint.AbsoluteUri);
        Assert.Equal(2025, server.Major);
    }

    [Fact]
    public async Task Query_api_alone_before_5_26_refuses_a_write_of_several_statements_and_runs_a_single_one()
    {
        var handler = new ScriptedHandler(r => r.Path switch
        {
            "/" => Json(Documents.Root524QueryOnly),
            "/db/neo4j/query/v2" => Json(Documents.QueryOk),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        using var client = Client(handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunInTransactionAsync(Write, CancellationToken.None));
        var rows = await client.RunAsync("RETURN 1", CancellationToken.None);

        Assert.Equal("Graph.Neo4j.Unsupported", e.Code);
        Assert.Contains("5.26", e.Message, StringComparison.Ordinal);
        Assert.False(e.IsTransient);
        Assert.Equal(2, rows.Count);
        Assert.DoesNotContain(handler.Requests, r => r.Path.Contains("/tx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Query_api_alone_on_a_self_managed_cluster_never_opens_a_transaction_over_several_requests()
    {
        var handler = new ScriptedHandler(r => r.Path switch
        {
            "/" => Json(Documents.Root526QueryOnly),
            _ => Json(Documents.QueryOk),
        });
        using var client = Client(handler, new Neo4jOptions { Cluster = true });

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunInTransactionAsync(Write, CancellationToken.None));

        Assert.Equal("Graph.Neo4j.Unsupported", e.Code);
        Assert.Contains("Neo4j:Cluster", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(handler.Requests, r => r.Path.Contains("/tx", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("neo4j://db.internal:7687", "http://db.internal:7474/")]
    [InlineData("bolt://db.internal", "http://db.internal:7474/")]
    [InlineData("neo4j+s://db.example.org:7687", "https://db.example.org:7473/")]
    [InlineData("bolt+ssc://db.example.org", "https://db.example.org:7473/")]
    [InlineData("neo4j+s://abc12345.databases.neo4j.io", "https://abc12345.databases.neo4j.io/")]
    [InlineData("http://localhost:7484", "http://localhost:7484/")]
    public async Task Bolt_uris_reach_the_http_api_of_the_same_host(string configured, string expectedRoot)
    {
        var handler = new ScriptedHandler(r => r.Path switch
        {
            "/" => Json(Documents.Root512),
            "/db/neo4j/query/v2" => Json(Documents.AuraVersion),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        using var client = Client(handler, new Neo4jOptions { Uri = new Uri(configured) });

        await client.GetServerInfoAsync(CancellationToken.None);

        Assert.Equal(expectedRoot, handler.Requests[0].Uri.GetLeftPart(UriPartial.Authority) + "/");
    }

    private static HttpResponseMessage WithAffinity(HttpResponseMessage response)
    {
        response.Headers.Add("neo4j-cluster-affinity", "MTAuOC41Ljc6MTc0NzQ=");
        return response;
    }
}
