using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Core.Ports;
using Graph.Worker.Ingestion;
using Graph.Worker.Tests.Support;

namespace Graph.Worker.Tests.Ingestion;

public sealed class ExtractionAheadTests
{
    [Fact]
    public async Task Extraction_runs_in_parallel_but_files_come_out_in_input_order()
    {
        // The first article cannot finish before the second has: in completion order the second would come first.
        var extractor = new SecondFinishesFirst();
        var ahead = new ExtractionAhead(new ArticleIngestor(extractor, TestData.Map)) { Parallelism = 2 };

        var ids = new List<string>();
        await foreach (var file in ahead.ExtractAsync(Files("slow", "fast", "last"), 0.0, CancellationToken.None))
        {
            ids.Add(file.Extraction!.Article.Id);
        }

        Assert.Equal(["slow", "fast", "last"], ids);
        Assert.True(extractor.SecondWasDoneFirst);
    }

    [Fact]
    public async Task A_file_that_fails_keeps_its_place_with_its_reason()
    {
        var ahead = new ExtractionAhead(new ArticleIngestor(new FakeExtractor(), TestData.Map));

        var files = new List<ExtractedFile>();
        await foreach (var file in ahead.ExtractAsync(
            ToAsync([TestData.Loaded("a"), TestData.Loaded("b", FakeExtractor.Poison), TestData.Loaded("c")]), 0.0, CancellationToken.None))
        {
            files.Add(file);
        }

        Assert.Equal(["a", null, "c"], files.Select(f => f.Extraction?.Article.Id));
        Assert.Contains("stage broke on b", files[1].Failure!.ToString(), StringComparison.Ordinal);
    }

    private static IAsyncEnumerable<ArticleLoadResult> Files(params string[] ids) => ToAsync([.. ids.Select(id => TestData.Loaded(id))]);

    private static async IAsyncEnumerable<ArticleLoadResult> ToAsync(ArticleLoadResult[] files)
    {
        foreach (var file in files)
        {
            await Task.Yield();
            yield return file;
        }
    }

    private sealed class SecondFinishesFirst : IArticleExtractor
    {
        private readonly ManualResetEventSlim _fastDone = new();
        private readonly FakeExtractor _inner = new();

        public bool SecondWasDoneFirst { get; private set; }

        public ArticleExtraction Extract(Article article)
        {
            if (article.Id == "slow")
            {
                // A safety net against a hang, not a timing: the fast one is running on another core meanwhile.
                SecondWasDoneFirst = _fastDone.Wait(TimeSpan.FromSeconds(60));
            }

            var extraction = _inner.Extract(article);
            if (article.Id == "fast")
            {
                _fastDone.Set();
            }

            return extraction;
        }
    }
}
