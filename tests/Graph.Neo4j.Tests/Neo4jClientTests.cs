using System.Net;
using System.Net.Sockets;
using Graph.Neo4j.Tests.Support;
using static Graph.Neo4j.Tests.Support.ScriptedHandler;

namespace Graph.Neo4j.Tests;

public sealed class Neo4jClientTests
{
    private const string Secret = "s3cr3t-pa55";

    private static Neo4jClient Client(ScriptedHandler handler, Neo4jOptions? options = null) =>
        new(options ?? new Neo4jOptions(), handler, logger: null, time: new InstantTime());

    private static Dictionary<string, object?> NoParameters() => [];

    [Fact]
    public async Task On_neo4j_3_statements_are_committed_in_one_request_to_the_data_transaction_endpoint()
    {
        var handler = new ScriptedHandler(r => r.Path switch
        {
            "/" => Json(Documents.Root3),
            "/db/data/" => Json(Documents.Data3),
            "/db/data/transaction/commit" => Json(Documents.CommitOk),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        using var client = Client(handler);

        var results = await client.RunInTransactionAsync([new("RETURN 1"), new("RETURN 2")], CancellationToken.None);

        Assert.Equal(2, results.Count);
        Assert.Equal("3.1.1", (await client.GetServerInfoAsync(CancellationToken.None)).Version);
        var commits = handler.Requests.Where(r => r.Path == "/db/data/transaction/commit").ToList();
        Assert.Single(commits);
        Assert.Contains("RETURN 2", commits[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_the_query_api_a_transaction_begins_runs_and_commits_with_cluster_affinity()
    {
        var handler = new ScriptedHandler(r => (r.Method.Method, r.Path) switch
        {
            ("GET", "/") => Json(Documents.Root526QueryOnly),
            ("POST", "/db/neo4j/query/v2/tx") => WithAffinity(Json(Documents.QueryBegin, HttpStatusCode.Accepted)),
            ("POST", "/db/neo4j/query/v2/tx/7") => Json(Documents.QueryOk),
            ("POST", "/db/neo4j/query/v2/tx/7/commit") => Json("""{"bookmarks":["FB:x"]}"""),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        using var client = Client(handler);

        var results = await client.RunInTransactionAsync([new("RETURN 1 AS n"), new("MATCH (p) RETURN p.name AS name, p.age AS age")], CancellationToken.None);

        Assert.Equal(1L, results[0].Rows[0]["n"]);
        Assert.Equal("Alice", results[1].Rows[0]["name"]);
        Assert.Equal(
            ["/", "/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/7", "/db/neo4j/query/v2/tx/7/commit"],
            handler.Requests.Select(r => r.Path));
        Assert.Equal("MTAuOC41Ljc6MTc0NzQ=", handler.Requests[2].Headers["neo4j-cluster-affinity"]);
    }

    [Fact]
    public async Task On_the_query_api_a_failing_statement_rolls_the_transaction_back()
    {
        var handler = new ScriptedHandler(r => (r.Method.Method, r.Path) switch
        {
            ("GET", "/") => Json(Documents.Root526QueryOnly),
            ("POST", "/db/neo4j/query/v2/tx") => Json(Documents.QueryBegin, HttpStatusCode.Accepted),
            ("POST", "/db/neo4j/query/v2/tx/7") => Json(Documents.QueryError, HttpStatusCode.BadRequest),
            ("DELETE", "/db/neo4j/query/v2/tx/7") => Json("{}"),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        using var client = Client(handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunInTransactionAsync([new("RETURN 1"), new("RETRN 1")], CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Contains(handler.Requests, r => r.Method == HttpMethod.Delete && r.Path == "/db/neo4j/query/v2/tx/7");
        Assert.DoesNotContain(handler.Requests, r => r.Path.EndsWith("/commit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_single_statement_on_the_query_api_is_an_implicit_transaction()
    {
        var handler = new ScriptedHandler(r => r.Path switch
        {
            "/" => Json(Documents.Root526QueryOnly),
            "/db/neo4j/query/v2" => Json(Documents.QueryOk),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        using var client = Client(handler);

        var rows = await client.RunAsync("MATCH (p) RETURN p.name AS name, p.age AS age", NoParameters(), CancellationToken.None);

        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task Http_503_is_retried_and_the_transaction_then_succeeds()
    {
        var commits = 0;
        var handler = new ScriptedHandler(r => r.Path switch
        {
            "/" => Json(Documents.Root44),
            "/db/neo4j/tx/commit" => ++commits == 1 ? new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) : Json(Documents.CommitOk),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
        using var client = Client(handler);

        var results = await client.RunInTransactionAsync([new("RETURN 1")], CancellationToken.None);

        Assert.Equal(2, commits);
        Assert.NotEmpty(results);
    }

    [Fact]
    public async Task A_deadlock_reported_by_the_server_is_retried()
    {
        var commits = 0;
        var handler = new ScriptedHandler(r => r.Path switch
        {
            "/" => Json(Documents.Root44),
            _ => Json(++commits < 3 ? Documents.CommitDeadlock : Documents.CommitOk),
        });
        using var client = Client(handler);

        await client.RunInTransactionAsync([new("RETURN 1")], CancellationToken.None);

        Assert.Equal(3, commits);
    }

    [Fact]
    public async Task A_refused_connection_is_transient_and_given_up_after_max_retries()
    {
        var attempts = 0;
        var handler = new ScriptedHandler(_ =>
        {
            attempts++;
            throw new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused));
        });
        using var client = Client(handler, new Neo4jOptions { MaxRetries = 2 });

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.GetServerInfoAsync(CancellationToken.None));

        Assert.Equal("Graph.Neo4j.ConnectionFailed", e.Code);
        Assert.True(e.IsTransient);
        Assert.Equal(3, attempts);
    }

    [Fact]
    public async Task A_request_that_outlives_its_timeout_is_a_transient_timeout()
    {
        var handler = new ScriptedHandler(_ => Json(Documents.Root44));
        using var slow = new SlowHandler(handler);
        using var client = new Neo4jClient(
            new Neo4jOptions { RequestTimeout = TimeSpan.FromMilliseconds(50), MaxRetries = 0 }, slow, null, new InstantTime());

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.GetServerInfoAsync(CancellationToken.None));

        Assert.Equal("Graph.Neo4j.Timeout", e.Code);
        Assert.True(e.IsTransient);
    }

    [Fact]
    public async Task Http_401_names_the_user_is_not_retried_and_never_shows_the_password()
    {
        var handler = new ScriptedHandler(r => r.Path == "/"
            ? Json(Documents.Root44)
            : Json("""{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"Invalid username or password."}]}""", HttpStatusCode.Unauthorized));
        using var client = Client(handler, new Neo4jOptions { User = "graph", Password = Secret });

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.RunInTransactionAsync([new("RETURN 1")], CancellationToken.None));

        Assert.Equal("Neo4j rejected the credentials for user graph. Check Neo4j:User and Neo4j:Password.", e.Message);
        Assert.False(e.IsTransient);
        Assert.DoesNotContain(Secret, e.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, handler.Requests.Count);
    }

    [Fact]
    public async Task Basic_authentication_is_sent_only_when_a_user_is_configured()
    {
        var anonymous = new ScriptedHandler(_ => Json(Documents.Root44));
        var named = new ScriptedHandler(_ => Json(Documents.Root44));
        using (var client = Client(anonymous))
        {
            await client.GetServerInfoAsync(CancellationToken.None);
        }

        using (var client = Client(named, new Neo4jOptions { User = "neo4j", Password = "verysecret" }))
        {
            await client.GetServerInfoAsync(CancellationToken.None);
        }

        Assert.Null(anonymous.Requests[0].Authorization);
        Assert.Equal("Basic bmVvNGo6dmVyeXNlY3JldA==", named.Requests[0].Authorization);
    }

    private static HttpResponseMessage WithAffinity(HttpResponseMessage response)
    {
        response.Headers.Add("neo4j-cluster-affinity", "MTAuOC41Ljc6MTc0NzQ=");
        return response;
    }

    private sealed class SlowHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            // Never answers: only the client's time-out ends the wait, however long the machine stalls.
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return await base.SendAsync(request, cancellationToken);
        }
    }
}
