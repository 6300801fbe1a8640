using System.Net;
using Graph.Core.Graph;
using Graph.Neo4j.Tests.Support;
using static Graph.Neo4j.Tests.Support.ScriptedHandler;

namespace Graph.Neo4j.Tests;

/// <summary>The store's own defences, seen on the wire: what it refuses to send, and how it settles a race.</summary>
public sealed class Neo4jGraphStoreTests
{
    private const string Empty = """{"results":[{"columns":["sha256","extraction"],"data":[]}],"errors":[]}""";
    private const string Stored = """{"results":[{"columns":["sha256","extraction"],"data":[{"row":["sha-1","+store.derived1"],"meta":[null,null]}]}],"errors":[]}""";
    private const string Labels = """{"results":[{"columns":["label"],"data":[{"row":["Country"]},{"row":["Article"]}]}],"errors":[]}""";
    private const string GuardAbort = """{"results":[],"errors":[{"code":"Neo.ClientError.Statement.ArithmeticError","message":"/ by zero"}]}""";

    [Theory]
    [InlineData("Country`) DETACH DELETE (n", "ATTACKED")]
    [InlineData("Country", "ATTACKED BY")]
    [InlineData("Country", "ATTACKED}]->(x) DETACH DELETE x //")]
    [InlineData("Article", "ATTACKED")]
    public async Task A_hostile_label_or_type_is_refused_before_any_request(string label, string type)
    {
        var handler = new ScriptedHandler(_ => Json(Documents.CommitOk));
        using var client = Client(handler);
        var store = new Neo4jGraphStore(client);
        var sample = Batches.Sample(type);
        var batch = sample with { Entities = [.. sample.Entities.Select(e => e with { Label = label })] };

        await Assert.ThrowsAsync<ArgumentException>(() => store.WriteArticleAsync(batch, CancellationToken.None));

        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task A_write_begins_by_locking_the_article_and_checking_the_state_it_read()
    {
        var handler = Neo4j3(lookups: [Empty], commits: [Documents.CommitOk]);
        using var client = Client(handler);

        var outcome = await new Neo4jGraphStore(client).WriteArticleAsync(Batches.Sample(), CancellationToken.None);

        Assert.Equal(WriteOutcome.Created, outcome);
        var write = handler.Requests.Last(r => r.Path == "/db/data/transaction/commit").Body!;
        var guard = write.IndexOf("MERGE (a:Article {id: $articleId})", StringComparison.Ordinal);
        Assert.True(guard >= 0 && guard < write.IndexOf("UNWIND $rows", StringComparison.Ordinal), write);
        Assert.Contains("SET a._lock = true", write, StringComparison.Ordinal);
        Assert.Contains("\"seenSha\":\"\"", write, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_another_writer_got_there_first_the_article_is_read_again_and_found_unchanged()
    {
        var handler = Neo4j3(lookups: [Empty, Stored], commits: [GuardAbort]);
        using var client = Client(handler);

        var outcome = await new Neo4jGraphStore(client).WriteArticleAsync(Batches.Sample(), CancellationToken.None);

        Assert.Equal(WriteOutcome.Unchanged, outcome);
        Assert.Equal(3, handler.Requests.Count(r => r.Path == "/db/data/transaction/commit" && !IsLabelsRead(r)));
    }

    [Fact]
    public async Task An_article_that_keeps_changing_gives_up_with_a_message_naming_it()
    {
        var handler = Neo4j3(lookups: [Empty], commits: [GuardAbort]);
        using var client = Client(handler);

        var e = await Assert.ThrowsAsync<Neo4jException>(() => new Neo4jGraphStore(client).WriteArticleAsync(Batches.Sample(), CancellationToken.None));

        Assert.Equal("Graph.Neo4j.ConcurrentWrite", e.Code);
        Assert.Contains("Article a1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_of_articles_is_one_lookup_and_one_transaction_and_skips_the_unchanged_ones()
    {
        var handler = Neo4j3Batches("""{"results":[{"columns":["id","sha256","extraction"],"data":[{"row":["a2","sha-1","+store.derived1"],"meta":[null,null,null]}]}],"errors":[]}""");
        using var client = Client(handler);

        var outcomes = await new Neo4jGraphStore(client).WriteArticlesAsync([Article("a1"), Article("a2"), Article("a3")], CancellationToken.None);

        Assert.Equal([WriteOutcome.Created, WriteOutcome.Unchanged, WriteOutcome.Created], outcomes);
        var commits = handler.Requests.Where(r => r.Path == "/db/data/transaction/commit" && !IsLabelsRead(r)).ToList();
        Assert.Equal(2, commits.Count);
        var write = commits[1].Body!;
        Assert.StartsWith("UNWIND $rows AS row", GuardText(write), StringComparison.Ordinal);
        Assert.Contains("\"a1\"", write, StringComparison.Ordinal);
        Assert.Contains("\"a3\"", write, StringComparison.Ordinal);
        Assert.DoesNotContain("\"a2\"", write, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_is_cut_into_transactions_of_whole_articles_and_a_repeated_id_starts_a_new_one()
    {
        var handler = Neo4j3Batches("""{"results":[{"columns":["id","sha256","extraction"],"data":[]}],"errors":[]}""");
        using var client = Client(handler);
        var store = new Neo4jGraphStore(client) { MaxArticlesPerWrite = 2 };

        var outcomes = await store.WriteArticlesAsync([Article("a1"), Article("a2"), Article("a3"), Article("a3")], CancellationToken.None);

        Assert.Equal(4, outcomes.Count);
        var writes = handler.Requests.Where(r => r.Path == "/db/data/transaction/commit" && r.Body!.Contains("_lock", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, writes.Count); // [a1, a2], [a3], [a3]
    }

    // The entity types the graph holds are read once per store, for deriving types; not part of a write.
    private static bool IsLabelsRead(RecordedRequest r) => r.Body!.Contains("db.labels()", StringComparison.Ordinal);

    private static GraphBatch Article(string id)
    {
        var sample = Batches.Sample();
        return sample with { Article = sample.Article with { Id = id } };
    }

    private static string GuardText(string body)
    {
        var start = body.IndexOf("\"statement\":\"", StringComparison.Ordinal) + "\"statement\":\"".Length;
        return body[start..];
    }

    /// <summary>A 3.x server answering every single-article lookup as empty, batch lookups with <paramref name="lookup"/>, writes OK.</summary>
    private static ScriptedHandler Neo4j3Batches(string lookup) => new(r => r.Path switch
    {
        "/" => Json(Documents.Root3),
        "/db/data/" => Json(Documents.Data3),
        "/db/data/transaction/commit" when r.Body!.Contains("db.labels()", StringComparison.Ordinal) => Json(Labels),
        "/db/data/transaction/commit" when r.Body!.Contains("RETURN a.id AS id", StringComparison.Ordinal) => Json(lookup),
        "/db/data/transaction/commit" when r.Body!.Contains("RETURN a.sha256", StringComparison.Ordinal) => Json(Empty),
        "/db/data/transaction/commit" => Json(Documents.CommitOk),
        _ => new HttpResponseMessage(HttpStatusCode.NotFound),
    });

    [Fact]
    public async Task An_https_uri_sends_every_request_over_https_to_the_configured_authority()
    {
        var handler = Neo4j3(lookups: [Empty], commits: [Documents.CommitOk]);
        using var client = Client(handler, new Neo4jOptions { Uri = new Uri("https://graph.example.org:7473"), User = "neo4j", Password = "pw" });

        await new Neo4jGraphStore(client).WriteArticleAsync(Batches.Sample(), CancellationToken.None);

        Assert.All(handler.Requests, r => Assert.Equal("https://graph.example.org:7473", r.Uri.GetLeftPart(UriPartial.Authority)));
        Assert.All(handler.Requests, r => Assert.StartsWith("Basic ", r.Authorization, StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_neo4j_3_the_data_document_is_asked_for_with_its_slash_so_no_redirect_drops_the_credentials()
    {
        // 3.x answers /db/data with a 302 to /db/data/, and HttpClient follows redirects without the Authorization header.
        var handler = Neo4j3(lookups: [Empty], commits: [Documents.CommitOk]);
        using var client = Client(handler, new Neo4jOptions { User = "neo4j", Password = "pw" });

        await client.GetServerInfoAsync(CancellationToken.None);

        var data = Assert.Single(handler.Requests, r => r.Path.StartsWith("/db/data", StringComparison.Ordinal));
        Assert.Equal("/db/data/", data.Path);
        Assert.NotNull(data.Authorization);
    }

    [Fact]
    public async Task A_blank_user_from_configuration_counts_as_no_credentials_in_the_message()
    {
        var handler = new ScriptedHandler(_ => new HttpResponseMessage(HttpStatusCode.Unauthorized));
        using var client = Client(handler, new Neo4jOptions { User = "", Password = "" });

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.GetServerInfoAsync(CancellationToken.None));

        Assert.Equal("Neo4j requires credentials: set Neo4j:User and Neo4j:Password.", e.Message);
        // The root's 401 sends discovery to the Query API's version probe (as on Aura), which is refused the same way.
        Assert.All(handler.Requests, r => Assert.Null(r.Authorization));
    }

    [Fact]
    public async Task A_tls_failure_is_reported_as_such_and_not_retried()
    {
        var handler = new ScriptedHandler(_ => throw new HttpRequestException(
            HttpRequestError.SecureConnectionError, "The remote certificate is invalid according to the validation procedure."));
        using var client = Client(handler, new Neo4jOptions { Uri = new Uri("https://graph.example.org:7473"), User = "neo4j", Password = "tls-secret" });

        var e = await Assert.ThrowsAsync<Neo4jException>(() => client.GetServerInfoAsync(CancellationToken.None));

        Assert.False(e.IsTransient);
        Assert.Single(handler.Requests);
        Assert.Contains("https://graph.example.org:7473", e.Message, StringComparison.Ordinal);
        Assert.Contains("certificate", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tls-secret", e.ToString(), StringComparison.Ordinal);
    }

    private static Neo4jClient Client(ScriptedHandler handler, Neo4jOptions? options = null) =>
        new(options ?? new Neo4jOptions(), handler, logger: null, time: new InstantTime());

    /// <summary>A 3.x server: lookups and writes answered in turn from the lists, the last answer repeating.</summary>
    private static ScriptedHandler Neo4j3(string[] lookups, string[] commits)
    {
        var lookup = 0;
        var commit = 0;
        return new ScriptedHandler(r => r.Path switch
        {
            "/" => Json(Documents.Root3),
            "/db/data/" => Json(Documents.Data3),
            "/db/data/transaction/commit" when r.Body!.Contains("db.labels()", StringComparison.Ordinal) => Json(Labels),
            "/db/data/transaction/commit" when r.Body!.Contains("RETURN a.sha256", StringComparison.Ordinal) =>
                Json(lookups[Math.Min(lookup++, lookups.Length - 1)]),
            "/db/data/transaction/commit" => Json(commits[Math.Min(commit++, commits.Length - 1)]),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
    }
}
