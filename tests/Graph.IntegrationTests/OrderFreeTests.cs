using Graph.Core.Graph;
using Graph.Extraction.Loading;
using Graph.Extraction.Mapping;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>
/// Every stored property is derived from the evidence and mentions that remain: retracting an article leaves,
/// property by property, the graph a fresh ingest of the other articles gives, and the order of writing does not
/// matter. Real seed articles, extracted in-process and written through the store.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class OrderFreeTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private static readonly Lazy<IReadOnlyList<GraphBatch>> SeedBatches = new(() => Extract(Seeds.Files));

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Retracting_any_seed_leaves_the_graph_of_the_other_four()
    {
        var seeds = SeedBatches.Value;
        for (var i = 0; i < seeds.Count; i++)
        {
            var retracted = seeds[i].Article.Id;
            await server.ResetAsync();
            await WriteOneByOneAsync(seeds);
            Assert.True(await server.Store.RetractArticleAsync(retracted, CancellationToken.None));
            var afterRetraction = await PropertyDump.CaptureAsync(server.Client);

            await server.ResetAsync();
            await WriteOneByOneAsync(seeds.Where(b => b.Article.Id != retracted).ToList());
            var fresh = await PropertyDump.CaptureAsync(server.Client);

            GraphDump.AssertSame(fresh, afterRetraction, $"after retracting {retracted}");
        }
    }

    [Fact]
    public async Task Forward_reverse_and_batched_ingests_give_the_same_graph()
    {
        var seeds = SeedBatches.Value;
        await WriteOneByOneAsync(seeds);
        var forward = await PropertyDump.CaptureAsync(server.Client);

        await server.ResetAsync();
        await WriteOneByOneAsync(seeds.Reverse().ToList());
        var reverse = await PropertyDump.CaptureAsync(server.Client);

        await server.ResetAsync();
        await server.Store.WriteArticlesAsync([.. seeds.Skip(2), .. seeds.Take(2)], CancellationToken.None);
        var batched = await PropertyDump.CaptureAsync(server.Client);

        GraphDump.AssertSame(forward, reverse, "forward vs reverse");
        GraphDump.AssertSame(forward, batched, "forward vs one batch in another order");
    }

    [Fact]
    public async Task Retract_then_ingest_again_restores_the_graph_exactly()
    {
        var seeds = SeedBatches.Value;
        await WriteOneByOneAsync(seeds);
        var before = await PropertyDump.CaptureAsync(server.Client);

        foreach (var seed in seeds.Take(3))
        {
            Assert.True(await server.Store.RetractArticleAsync(seed.Article.Id, CancellationToken.None));
        }

        await WriteOneByOneAsync(seeds.Take(3).Reverse().ToList());

        GraphDump.AssertSame(before, await PropertyDump.CaptureAsync(server.Client), "after retracting three seeds and writing them again");
    }

    [Fact]
    public async Task On_200_articles_50_random_retractions_leave_the_graph_of_the_others_and_two_writers_match_one()
    {
        using var corpus = new TemporaryFolder();
        var (exitCode, output) = await GraphCli.RunBuiltAsync(server.Options, "bench", "generate", "--articles", "200", "--seed", "7", "--out", corpus.Path);
        Assert.True(exitCode == 0, output);
        var batches = Extract(Directory.GetFiles(corpus.Path, "*.json").Order(StringComparer.Ordinal));
        Assert.Equal(200, batches.Count);
        var retracted = batches.Select(b => b.Article.Id).OrderBy(_ => Random.Shared.Next()).Take(50).ToHashSet(StringComparer.Ordinal);
        var kept = batches.Where(b => !retracted.Contains(b.Article.Id)).ToList();

        await server.Store.WriteArticlesAsync(batches, CancellationToken.None);
        foreach (var id in retracted)
        {
            Assert.True(await server.Store.RetractArticleAsync(id, CancellationToken.None));
        }

        var afterRetractions = await PropertyDump.CaptureAsync(server.Client);
        await server.ResetAsync();
        await WriteOneByOneAsync(kept);
        var fresh = await PropertyDump.CaptureAsync(server.Client);
        GraphDump.AssertSame(fresh, afterRetractions, $"after retracting {string.Join(", ", retracted.Order(StringComparer.Ordinal))}");

        // Two writers, each with its own client, interleaving halves of the corpus in opposite orders.
        await server.ResetAsync();
        using var clientA = new Neo4jClient(server.Options);
        using var clientB = new Neo4jClient(server.Options);
        var evens = kept.Where((_, i) => i % 2 == 0).ToList();
        var odds = kept.Where((_, i) => i % 2 == 1).Reverse().ToList();
        await Task.WhenAll(
            WriteOneByOneAsync(new Neo4jGraphStore(clientA), evens),
            WriteOneByOneAsync(new Neo4jGraphStore(clientB), odds));
        GraphDump.AssertSame(fresh, await PropertyDump.CaptureAsync(server.Client), "two concurrent writers against one sequential");
    }

    private static async Task WriteOneByOneAsync(Neo4jGraphStore store, IReadOnlyList<GraphBatch> batches)
    {
        foreach (var batch in batches)
        {
            await store.WriteArticleAsync(batch, CancellationToken.None);
        }
    }

    private async Task WriteOneByOneAsync(IReadOnlyList<GraphBatch> batches)
    {
        foreach (var batch in batches)
        {
            await server.Store.WriteArticleAsync(batch, CancellationToken.None);
        }
    }

    private static IReadOnlyList<GraphBatch> Extract(IEnumerable<string> files)
    {
        var ontology = OntologyLoader.Load(Path.Combine(Neo4jServerFixture.RepositoryRoot(), "ontology", "ontology.yaml"));
        var pipeline = new ExtractionPipeline(ontology);
        return files
            .Select(ArticleFileReader.Read)
            .Select(result => GraphMapper.Map(pipeline.Extract(result.Article ?? throw new InvalidOperationException(result.Error))))
            .ToList();
    }
}
