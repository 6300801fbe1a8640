using Graph.Extraction.Loading;
using Graph.Extraction.Mapping;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>
/// Retracting an article, by <c>./graph retract</c> or by deleting its file from a mirroring worker's
/// <c>processed/</c>: it goes with its evidence and whatever only it supported; shared facts keep the others'.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class RetractionTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private const string RetractedFile = "000_8bf5ea0a956912c5.txt";
    private static readonly string Retracted = Graph.Extraction.Loading.ArticleId.FromRelativePath(RetractedFile);
    private static readonly TimeSpan Patience = Waits.Patience;

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Retract_removes_the_article_and_shared_facts_keep_their_other_evidence_and_articles()
    {
        var (exitCode, output) = await GraphCli.RunAsync(server.Options, "ingest", Seeds.Folder);
        Assert.True(exitCode == 0, output);
        var before = await SignedByKimAsync();
        Assert.Contains(Retracted, before.Articles);
        Assert.True(before.Articles.Count >= 2, "the fact should be supported by several articles");
        var countsBefore = await server.CountsAsync();

        (exitCode, output) = await GraphCli.RunAsync(server.Options, "retract", Retracted);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"retracted {Retracted}", output, StringComparison.Ordinal);
        var after = await SignedByKimAsync();
        Assert.Equal(before.Articles.Where(a => a != Retracted).Order(StringComparer.Ordinal), after.Articles.Order(StringComparer.Ordinal));
        Assert.Equal(before.Evidence - before.EvidenceFrom(Retracted), after.Evidence);
        Assert.Equal(0, after.EvidenceFrom(Retracted));
        Assert.Equal(0, await server.ScalarAsync("MATCH (a:Article {id: $id}) RETURN count(a)", new() { ["id"] = Retracted }));
        var countsAfter = await server.CountsAsync();
        Assert.True(countsAfter.Nodes < countsBefore.Nodes, $"counts before {countsBefore}, after {countsAfter}");
        // Exactly the graph of the other four articles.
        var remaining = await GraphDump.CaptureAsync(server.Client);
        GraphDump.AssertSame(await Seeds.CleanRunAsync(server, Seeds.Files.Where(f => !f.EndsWith(RetractedFile, StringComparison.Ordinal))), remaining);
    }

    [Fact]
    public async Task A_graph_stored_under_the_earlier_ids_migrates_by_ingesting_again_and_retracting_the_legacy_ids()
    {
        // The graph an earlier version built: the seeds under the bare slugs of their file names.
        var pipeline = new ExtractionPipeline(OntologyLoader.Load(Path.Combine(Neo4jServerFixture.RepositoryRoot(), "ontology", "ontology.yaml")));
        var legacy = new List<string>();
        foreach (var file in Seeds.Files)
        {
            var article = ArticleFileReader.Read(file).Article!;
            article = article with { Id = ArticleId.Legacy(article.FileName, article.Sha256) };
            legacy.Add(article.Id);
            await server.Store.WriteArticleAsync(GraphMapper.Map(pipeline.Extract(article)), CancellationToken.None);
        }

        var (exitCode, output) = await GraphCli.RunAsync(server.Options, "ingest", Seeds.Folder);
        Assert.True(exitCode == 0, output);
        Assert.Equal(10, await server.ScalarAsync("MATCH (a:Article) RETURN count(a)"));

        (exitCode, output) = await GraphCli.RunAsync(server.Options, "retract", "--legacy-ids");

        Assert.True(exitCode == 0, output);
        Assert.Contains("5 article(s) with an id of the earlier form", output, StringComparison.Ordinal);
        Assert.All(legacy, id => Assert.Contains($"retracted {id}", output, StringComparison.Ordinal));
        var migrated = await GraphDump.CaptureAsync(server.Client);
        GraphDump.AssertSame(await Seeds.CleanRunAsync(server, Seeds.Files), migrated);
    }

    [Fact]
    public async Task Retracting_an_unknown_id_says_so_and_exits_2()
    {
        var (exitCode, output) = await GraphCli.RunAsync(server.Options, "retract", "no-such-article");

        Assert.Equal(2, exitCode);
        Assert.Contains("not found: no-such-article", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_mirroring_worker_retracts_the_article_of_a_file_deleted_from_processed()
    {
        using var inbox = new TemporaryFolder();
        inbox.CopyIn(Seeds.Files);
        using var worker = await WorkerProcess.StartAsync(server.Options, inbox.Path, ("GRAPH_Graph__MirrorDeletions", "true"));
        await worker.WaitUntilAsync(() => Inboxes.Drained(inbox.Path, 5), Patience, "all five seeds processed");
        var before = await SignedByKimAsync();

        File.Delete(inbox.Combine("processed", RetractedFile));

        await WaitForAsync(async () => await server.ScalarAsync("MATCH (a:Article {id: $id}) RETURN count(a)", new() { ["id"] = Retracted }) == 0, worker);
        await worker.WaitUntilAsync(() => worker.Output.Contains($"retracted article {Retracted}", StringComparison.Ordinal), Patience, "the retraction logged");
        var after = await SignedByKimAsync();
        Assert.Equal(before.Articles.Where(a => a != Retracted).Order(StringComparer.Ordinal), after.Articles.Order(StringComparer.Ordinal));
        Assert.Equal(before.Evidence - before.EvidenceFrom(Retracted), after.Evidence);
        worker.Kill();
        var remaining = await GraphDump.CaptureAsync(server.Client);
        GraphDump.AssertSame(await Seeds.CleanRunAsync(server, Seeds.Files.Where(f => !f.EndsWith(RetractedFile, StringComparison.Ordinal))), remaining);
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, WorkerProcess worker)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"the article was not retracted in time.\n--- worker output ---\n{worker.Output}");
            await Task.Delay(200);
        }
    }

    /// <summary>Kim Jong-un SIGNED the treaty: its articles and the article of each piece of evidence.</summary>
    private async Task<FactSupport> SignedByKimAsync()
    {
        var row = (await server.Client.RunAsync(
            """
            MATCH (s:Entity {id: 'kim-jong-un'})-[r:SIGNED]->(t:Entity {id: 'treaty-ru-kp-2024'})
            OPTIONAL MATCH (ev:Evidence {relation: 'SIGNED'})-[:SUBJECT]->(s)
            WHERE (ev)-[:OBJECT]->(t)
            OPTIONAL MATCH (ev)-[:FROM]->(a:Article)
            RETURN r.articles AS articles, collect(a.id) AS sources
            """, CancellationToken.None)).Single();
        return new FactSupport(
            [.. ((List<object?>)row["articles"]!).Cast<string>()],
            [.. ((List<object?>)row["sources"]!).Cast<string>()]);
    }

    private sealed record FactSupport(IReadOnlyList<string> Articles, IReadOnlyList<string> Sources)
    {
        public int Evidence => Sources.Count;

        public int EvidenceFrom(string article) => Sources.Count(s => s == article);
    }
}
