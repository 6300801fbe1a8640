using Graph.Core.Graph;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>The graph store against a real Neo4j. Each test starts from an empty database.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jGraphStoreTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    // a1: Russia ATTACKED Kyiv (also in a2), Russia OCCUPIED Crimea (only a1), and a statement by Russia about Kyiv.
    private static GraphBatch ArticleOne(string sha = "sha-a1-v1") => new BatchBuilder("a1", sha)
        .Entity("Q159", "Country", "Russia", "Russian Federation")
        .Entity("Q1899", "City", "Kyiv", "Kiev")
        .Entity("Q7835", "Region", "Crimea")
        .Fact("Q159", "ATTACKED", "Q1899", ("date", "2024-02-24"), ("troops", 4000L))
        .Fact("Q159", "OCCUPIED", "Q7835")
        .Statement("a1/s1", "Q159", "The operation goes to plan.", "Q1899")
        .Build();

    private static GraphBatch ArticleTwo() => new BatchBuilder("a2", "sha-a2")
        .Entity("Q159", "Country", "Russia", "RF")
        .Entity("Q1899", "City", "Kyiv")
        .Fact("Q159", "ATTACKED", "Q1899", ("claimedBy", "Q1899"))
        .Build();

    [Fact]
    public async Task Ensuring_the_schema_twice_succeeds_and_ids_are_then_unique()
    {
        await server.Store.EnsureSchemaAsync(None);
        await server.Store.EnsureSchemaAsync(None);

        await server.Client.RunAsync("CREATE (:Article {id: 'dup'})", None);
        var e = await Assert.ThrowsAsync<Neo4jException>(() => server.Client.RunAsync("CREATE (:Article {id: 'dup'})", None));
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", e.Code);
        Assert.False(e.IsTransient);
    }

    [Fact]
    public async Task Writing_a_batch_creates_the_documented_nodes_and_edges()
    {
        var outcome = await server.Store.WriteArticleAsync(ArticleOne(), None);

        Assert.Equal(WriteOutcome.Created, outcome);
        var article = (await server.Client.RunAsync("MATCH (a:Article {id: 'a1'}) RETURN a", None)).Single()["a"] as Dictionary<string, object?>;
        Assert.Equal("sha-a1-v1", article!["sha256"]);
        Assert.Equal("Title of a1", article["title"]);
        Assert.Equal("en", article["language"]);
        Assert.True(DateTimeOffset.TryParse((string)article["ingestedAt"]!, System.Globalization.CultureInfo.InvariantCulture, out _));

        Assert.Equal(1, await server.ScalarAsync("MATCH (e:Entity:Country {id: 'Q159', name: 'Russia'}) WHERE 'Russian Federation' IN e.aliases RETURN count(e)"));
        Assert.Equal(3, await server.ScalarAsync("MATCH (:Article {id: 'a1'})-[m:MENTIONS {count: 1}]->(:Entity) RETURN count(m)"));

        var attacked = (await server.Client.RunAsync(
            "MATCH (:Entity {id: 'Q159'})-[r:ATTACKED]->(:Entity {id: 'Q1899'}) RETURN r.articles AS articles, r.date AS date, r.troops AS troops", None)).Single();
        Assert.Equal(new List<object?> { "a1" }, attacked["articles"]);
        Assert.Equal("2024-02-24", attacked["date"]);
        Assert.Equal(4000L, attacked["troops"]);

        Assert.Equal(1, await server.ScalarAsync(
            "MATCH (:Entity {id: 'Q159'})-[r:STATED]->(s:Statement {id: 'a1/s1', language: 'en'})-[:ABOUT]->(:Entity {id: 'Q1899'}) WHERE r.articles = ['a1'] RETURN count(s)"));
        Assert.Equal(1, await server.ScalarAsync(
            "MATCH (:Entity {id: 'Q159'})<-[:SUBJECT]-(ev:Evidence {relation: 'STATED'})-[:OBJECT]->(:Statement {id: 'a1/s1'}) MATCH (ev)-[:FROM]->(:Article {id: 'a1'}) RETURN count(ev)"));
        Assert.Equal(3, await server.ScalarAsync("MATCH (ev:Evidence)-[:FROM]->(:Article {id: 'a1'}) WHERE ev.confidence > 0 AND ev.`end` > ev.start RETURN count(ev)"));
    }

    [Fact]
    public async Task Writing_the_same_article_twice_reports_unchanged_and_changes_no_counts()
    {
        await server.Store.WriteArticleAsync(ArticleOne(), None);
        var before = await server.CountsAsync();

        var outcome = await server.Store.WriteArticleAsync(ArticleOne(), None);

        Assert.Equal(WriteOutcome.Unchanged, outcome);
        Assert.Equal(before, await server.CountsAsync());
    }

    [Fact]
    public async Task Rewriting_an_identical_version_under_a_new_hash_keeps_the_same_counts()
    {
        await server.Store.WriteArticleAsync(ArticleOne(), None);
        var before = await server.CountsAsync();

        var outcome = await server.Store.WriteArticleAsync(ArticleOne("sha-a1-v1b"), None);

        Assert.Equal(WriteOutcome.Replaced, outcome);
        Assert.Equal(before, await server.CountsAsync());
    }

    [Fact]
    public async Task A_changed_version_replaces_its_evidence_and_removes_what_only_it_supported()
    {
        await server.Store.WriteArticleAsync(ArticleOne(), None);
        await server.Store.WriteArticleAsync(ArticleTwo(), None);
        Assert.Equal(new List<object?> { "a1", "a2" }, await AttackedArticlesAsync());

        var changed = new BatchBuilder("a1", "sha-a1-v2")
            .Entity("Q159", "Country", "Russia")
            .Entity("Q212", "Country", "Ukraine")
            .Fact("Q212", "DEFENDED", "Q159")
            .Build();
        var outcome = await server.Store.WriteArticleAsync(changed, None);

        Assert.Equal(WriteOutcome.Replaced, outcome);
        // Shared fact: kept, only a2 supports it now, only a2's evidence remains.
        Assert.Equal(new List<object?> { "a2" }, await AttackedArticlesAsync());
        Assert.Equal(1, await server.ScalarAsync(
            "MATCH (ev:Evidence {relation: 'ATTACKED'})-[:FROM]->(a:Article) RETURN count(ev)"));
        Assert.Equal(0, await server.ScalarAsync("MATCH (ev:Evidence)-[:FROM]->(:Article {id: 'a1'}) WHERE ev.relation <> 'DEFENDED' RETURN count(ev)"));
        // Only a1 supported these: gone, with the entity nothing else refers to and the old statement.
        Assert.Equal(0, await server.ScalarAsync("MATCH ()-[r:OCCUPIED]->() RETURN count(r)"));
        Assert.Equal(0, await server.ScalarAsync("MATCH (e:Entity {id: 'Q7835'}) RETURN count(e)"));
        Assert.Equal(0, await server.ScalarAsync("MATCH (s:Statement) RETURN count(s)"));
        // Kyiv is still mentioned by a2; the new fact is there.
        Assert.Equal(1, await server.ScalarAsync("MATCH (e:Entity {id: 'Q1899'}) RETURN count(e)"));
        Assert.Equal(1, await server.ScalarAsync("MATCH (:Entity {id: 'Q212'})-[r:DEFENDED]->(:Entity {id: 'Q159'}) WHERE r.articles = ['a1'] RETURN count(r)"));
        Assert.Equal("sha-a1-v2", (await server.Client.RunAsync("MATCH (a:Article {id: 'a1'}) RETURN a.sha256 AS s", None)).Single()["s"]);
    }

    [Fact]
    public async Task Retracting_an_article_removes_it_and_everything_only_it_supported()
    {
        await server.Store.WriteArticleAsync(ArticleOne(), None);
        await server.Store.WriteArticleAsync(ArticleTwo(), None);

        Assert.True(await server.Store.RetractArticleAsync("a1", None));

        Assert.Equal(0, await server.ScalarAsync("MATCH (a:Article {id: 'a1'}) RETURN count(a)"));
        Assert.Equal(new List<object?> { "a2" }, await AttackedArticlesAsync());
        Assert.Equal(0, await server.ScalarAsync("MATCH (e:Entity {id: 'Q7835'}) RETURN count(e)"));
        Assert.Equal(0, await server.ScalarAsync("MATCH (s:Statement) RETURN count(s)"));
        Assert.False(await server.Store.RetractArticleAsync("a1", None));

        Assert.True(await server.Store.RetractArticleAsync("a2", None));
        Assert.Equal((0L, 0L), await server.CountsAsync());
    }

    [Fact]
    public async Task Every_fact_relationship_has_evidence_and_every_evidence_exactly_one_source()
    {
        await server.Store.WriteArticleAsync(ArticleOne(), None);
        await server.Store.WriteArticleAsync(ArticleTwo(), None);

        var unsupported = await server.ScalarAsync("""
            MATCH (s:Entity)-[r]->(o:Entity)
            OPTIONAL MATCH (s)<-[:SUBJECT]-(ev:Evidence)-[:OBJECT]->(o)
            WHERE ev.relation = type(r)
            WITH r, count(ev) AS evidence
            WHERE evidence = 0
            RETURN count(r)
            """);
        Assert.Equal(0, unsupported);
        // ATTACKED (shared by a1 and a2) and OCCUPIED; STATED points to a Statement, not an Entity.
        Assert.Equal(2, await server.ScalarAsync("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)"));

        var badSources = await server.ScalarAsync("""
            MATCH (ev:Evidence)
            OPTIONAL MATCH (ev)-[f:FROM]->(:Article)
            WITH ev, count(f) AS sources
            WHERE sources <> 1
            RETURN count(ev)
            """);
        Assert.Equal(0, badSources);
    }

    [Fact]
    public async Task A_group_commit_leaves_the_graph_sequential_writes_leave()
    {
        // Sequentially: a1 v1, then a2, then a1 v2 (replaced), then a3 sharing a1's fact and entities.
        GraphBatch ArticleThree() => new BatchBuilder("a3", "sha-a3")
            .Entity("Q159", "Country", "Rossiya", "Rossiya")
            .Entity("Q7835", "Region", "Krym")
            .Fact("Q159", "OCCUPIED", "Q7835", ("date", "2014-03"))
            .Build();
        await server.Store.WriteArticleAsync(ArticleOne(), None);
        foreach (var batch in new[] { ArticleTwo(), ArticleOne("sha-a1-v2"), ArticleThree() })
        {
            await server.Store.WriteArticleAsync(batch, None);
        }

        var sequential = await DumpAsync();

        await server.ResetAsync();
        await server.Store.WriteArticleAsync(ArticleOne(), None);
        var outcomes = await server.Store.WriteArticlesAsync([ArticleTwo(), ArticleOne("sha-a1-v2"), ArticleThree(), ArticleTwo()], None);

        Assert.Equal([WriteOutcome.Created, WriteOutcome.Replaced, WriteOutcome.Created, WriteOutcome.Unchanged], outcomes);
        Assert.Equal(sequential, await DumpAsync());
    }

    /// <summary>Every node and relationship with its properties (ingestedAt aside), one sorted line each.</summary>
    private async Task<List<string>> DumpAsync()
    {
        var nodes = await server.Client.RunAsync("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties", None);
        var relationships = await server.Client.RunAsync(
            "MATCH (a)-[r]->(b) RETURN coalesce(a.id, '') AS a, type(r) AS type, properties(r) AS properties, coalesce(b.id, '') AS b", None);
        return nodes.Select(Line).Concat(relationships.Select(Line)).Order(StringComparer.Ordinal).ToList();

        static string Line(IReadOnlyDictionary<string, object?> row) => string.Join(" | ", row.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Key + "=" + Text(c.Value)));

        static string Text(object? value) => value switch
        {
            Dictionary<string, object?> map => "{" + string.Join(", ", map.Where(p => p.Key != "ingestedAt").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + ": " + Text(p.Value))) + "}",
            List<object?> list => "[" + string.Join(", ", list.Select(Text)) + "]",
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
        };
    }

    [Fact]
    public async Task Aliases_are_merged_across_articles()
    {
        await server.Store.WriteArticleAsync(ArticleOne(), None);
        await server.Store.WriteArticleAsync(ArticleTwo(), None);

        var aliases = (List<object?>)(await server.Client.RunAsync("MATCH (e:Entity {id: 'Q159'}) RETURN e.aliases AS a", None)).Single()["a"]!;

        // The sorted union of every article's aliases, whatever the order of writing.
        Assert.Equal(["RF", "Russian Federation"], aliases.Cast<string>());
    }

    [Fact]
    public async Task A_relationship_type_with_a_backtick_is_refused_before_reaching_the_server()
    {
        var hostile = new BatchBuilder("evil", "sha")
            .Entity("Q1", "Country", "A")
            .Entity("Q2", "Country", "B")
            .Fact("Q1", "ATTACKED`]->(x) DETACH DELETE x //", "Q2")
            .Build();

        await Assert.ThrowsAsync<ArgumentException>(() => server.Store.WriteArticleAsync(hostile, None));

        Assert.Equal((0L, 0L), await server.CountsAsync());
    }

    private async Task<List<object?>> AttackedArticlesAsync()
    {
        var row = (await server.Client.RunAsync(
            "MATCH (:Entity {id: 'Q159'})-[r:ATTACKED]->(:Entity {id: 'Q1899'}) RETURN r.articles AS articles", None)).Single();
        return (List<object?>)row["articles"]!;
    }
}
