using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>
/// The main job end to end: <c>./graph ingest</c> on the seed articles into a real Neo4j, then checked by Cypher
/// the way a user would query the graph.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class SeedIngestTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string Seeds = Path.Combine(Neo4jServerFixture.RepositoryRoot(), "seeds");

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Kim_and_Putin_each_signed_the_treaty_with_evidence_from_the_articles_that_say_so()
    {
        await IngestAsync(Seeds);

        foreach (var leader in new[] { "Kim Jong-un", "Vladimir Putin" })
        {
            var rows = await server.Client.RunAsync(
                """
                MATCH (p:Person {name: $name})-[s:SIGNED]->(t:Treaty {id: 'treaty-ru-kp-2024'})
                MATCH (ev:Evidence {relation: 'SIGNED'})-[:SUBJECT]->(p), (ev)-[:OBJECT]->(t), (ev)-[:FROM]->(a:Article)
                RETURN collect(DISTINCT a.id) AS articles, s.articles AS listed, collect(ev.sentence) AS sentences
                """,
                new Dictionary<string, object?> { ["name"] = leader }, None);
            var row = Assert.Single(rows);
            var articles = ((List<object?>)row["articles"]!).Cast<string>().ToHashSet();
            // The gold annotations name these four articles as saying that both leaders signed.
            foreach (var expected in new[] { "000_8bf5ea0a956912c5.txt", "001_30b45e5f1cc6383e.txt", "003_11167ac8c3f4c826.txt", "004_57e72806c7dd39eb.txt" }
                .Select(Graph.Extraction.Loading.ArticleId.FromRelativePath))
            {
                Assert.Contains(expected, articles);
            }
            Assert.Equal(articles, ((List<object?>)row["listed"]!).Cast<string>().ToHashSet());
            Assert.All(((List<object?>)row["sentences"]!).Cast<string>(), sentence => Assert.Contains("sign", sentence, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public async Task Every_fact_has_evidence_and_every_evidence_comes_from_exactly_one_article()
    {
        await IngestAsync(Seeds);

        Assert.True(await server.ScalarAsync("MATCH (:Entity)-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)") > 20);
        var unsupported = await server.ScalarAsync(
            """
            MATCH (s:Entity)-[r]->(o) WHERE type(r) <> 'MENTIONS'
            OPTIONAL MATCH (ev:Evidence)-[:SUBJECT]->(s)
            WHERE ev.relation = type(r) AND (ev)-[:OBJECT]->(o)
            WITH r, count(ev) AS evidence WHERE evidence = 0
            RETURN count(r)
            """);
        Assert.Equal(0, unsupported);
        var badProvenance = await server.ScalarAsync(
            """
            MATCH (ev:Evidence)
            OPTIONAL MATCH (ev)-[f:FROM]->(:Article)
            WITH ev, count(f) AS sources WHERE sources <> 1
            RETURN count(ev)
            """);
        Assert.Equal(0, badProvenance);
        var unlinked = await server.ScalarAsync(
            "MATCH (ev:Evidence) WHERE NOT (ev)-[:SUBJECT]->(:Entity) OR NOT (ev)-[:OBJECT]->() RETURN count(ev)");
        Assert.Equal(0, unlinked);
    }

    [Fact]
    public async Task Poutine_and_Putin_are_one_node_that_carries_both_names()
    {
        await IngestAsync(Seeds);

        var rows = await server.Client.RunAsync(
            """
            MATCH (e:Entity)
            WHERE e.name CONTAINS 'Putin' OR e.name CONTAINS 'Poutine' OR any(a IN e.aliases WHERE a CONTAINS 'Poutine')
            RETURN e.id AS id, e.aliases AS aliases
            """, None);
        var row = Assert.Single(rows);
        Assert.Equal("vladimir-putin", row["id"]);
        var aliases = ((List<object?>)row["aliases"]!).Cast<string>().ToList();
        Assert.Contains("Poutine", aliases);
        Assert.Contains("Vladimir Putin", aliases);
        Assert.Equal(1, await server.ScalarAsync("MATCH (e:Entity:Location) WHERE e.id = 'kursk-oblast' RETURN count(e)"));
    }

    [Fact]
    public async Task Countries_and_places_carry_their_external_references_in_the_graph()
    {
        await IngestAsync(Seeds);

        Assert.Equal(1, await server.ScalarAsync("MATCH (e:Entity:Country {id: 'russia'}) WHERE e.iso3166 = 'RU' AND e.wikidata = 'Q159' RETURN count(e)"));
        Assert.Equal(1, await server.ScalarAsync("MATCH (e:Entity:Location {id: 'pyongyang'}) WHERE e.geonames IS NOT NULL AND e.iso3166 IS NULL RETURN count(e)"));
        Assert.Equal(0, await server.ScalarAsync("MATCH (e:Entity:Person) WHERE e.iso3166 IS NOT NULL OR e.geonames IS NOT NULL RETURN count(e)"));
    }

    [Fact]
    public async Task A_second_ingest_of_the_same_articles_changes_no_count()
    {
        await IngestAsync(Seeds);
        var before = await server.CountsAsync();

        var (exitCode, output) = await GraphCli.RunAsync(server.Options, "ingest", Seeds);

        Assert.Equal(0, exitCode);
        Assert.Contains("5 unchanged", output);
        Assert.Equal(before, await server.CountsAsync());
        Assert.True(before.Nodes > 50, $"only {before.Nodes} nodes after ingesting the seeds");
    }

    [Fact]
    public async Task A_malformed_file_fails_alone_with_a_message_that_names_it()
    {
        using var folder = new TemporaryFolder();
        foreach (var seed in Directory.GetFiles(Seeds))
        {
            File.Copy(seed, Path.Combine(folder.Path, Path.GetFileName(seed)));
        }
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "broken.json"), "{\"title\": \"Unclosed\", \"text\": ");
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "empty.txt"), []);

        var (exitCode, output) = await GraphCli.RunAsync(server.Options, "ingest", folder.Path);

        Assert.Equal(2, exitCode);
        Assert.Contains("broken.json", output);
        Assert.Contains("JSON", output);
        Assert.Contains("empty.txt", output);
        Assert.Equal(5, await server.ScalarAsync("MATCH (a:Article) RETURN count(a)"));
    }

    private async Task IngestAsync(string path)
    {
        var (exitCode, output) = await GraphCli.RunAsync(server.Options, "ingest", path);
        Assert.True(exitCode == 0, $"graph ingest exited {exitCode}:\n{output}");
    }
}
