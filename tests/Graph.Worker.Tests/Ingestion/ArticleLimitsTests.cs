using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Core.Ports;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Graph.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Graph.Worker.Tests.Ingestion;

/// <summary>An article over a limit fails alone, with a reason naming the setting; the others are written.</summary>
public sealed class ArticleLimitsTests
{
    private readonly InMemoryGraphStore store = new();

    [Fact]
    public void An_article_with_more_relations_than_allowed_fails_alone_naming_the_setting()
    {
        var extractor = new FakeExtractor([.. Enumerable.Range(0, 5).Select(i => TestData.Fact(0.9, obj: "treaty-" + i))]);
        var ingestor = new ArticleIngestor(extractor, TestData.Map, new ArticleLimits(TimeSpan.FromSeconds(30), MaxRelations: 4));
        var fine = new ArticleIngestor(new FakeExtractor(TestData.Fact(0.9)), TestData.Map, new ArticleLimits(TimeSpan.FromSeconds(30), MaxRelations: 4));

        var failure = Assert.Throws<ArticleFailedException>(() => ingestor.Prepare(TestData.Article("big"), 0));

        Assert.Contains("it gives 5 relations, more than Graph:MaxRelationsPerArticle allows (4)", failure.Message, StringComparison.Ordinal);
        Assert.NotNull(fine.Prepare(TestData.Article("small"), 0));
    }

    [Fact]
    public void An_article_whose_fact_stores_an_overlong_sentence_fails_alone_naming_the_setting()
    {
        var limits = new ArticleLimits(TimeSpan.FromSeconds(30), 2_000, MaxStatementChars: 300);
        var longSentence = string.Join(" ", Enumerable.Repeat("Kim Jong-un a signé le traité", 20));
        var flood = new ArticleIngestor(new FakeExtractor(TestData.Fact(0.9) with { Sentence = longSentence }), TestData.Map, limits);
        var fine = new ArticleIngestor(new FakeExtractor(TestData.Fact(0.9)), TestData.Map, limits);

        var failure = Assert.Throws<ArticleFailedException>(() => flood.Prepare(TestData.Article("flood"), 0));

        Assert.Contains($"a sentence of {longSentence.Length:N0} characters, more than Graph:MaxStatementChars allows (300)", failure.Message, StringComparison.Ordinal);
        Assert.NotNull(fine.Prepare(TestData.Article("small"), 0));
    }

    [Fact]
    public async Task An_article_whose_extraction_takes_too_long_fails_at_the_limit_and_the_others_are_written()
    {
        using var extractor = new SlowExtractor();
        var time = new FakeTimeProvider();
        var ingestor = new ArticleIngestor(extractor, TestData.Map, new ArticleLimits(TimeSpan.FromMilliseconds(200), 2_000), time);
        var runner = new IngestRunner(ingestor, store, NullLogger<IngestRunner>.Instance);
        var slow = TestData.Loaded("slow", SlowExtractor.Slow + new string('x', ArticleLimits.WatchedFromChars));

        // The slow extraction is held until the run has ended: the run can only end by abandoning it when the clock
        // passes the limit, and the clock moves only when the test says so (no wall-clock bound to guess).
        var run = Task.Run(() => runner.RunAsync([TestData.Loaded("a"), slow, TestData.Loaded("b")], 0, new ListProgress(), CancellationToken.None));
        Assert.True(extractor.Started.Wait(TimeSpan.FromMinutes(2)), "the extraction never started");
        time.Advance(TimeSpan.FromMilliseconds(199));
        Assert.False(run.IsCompleted, "the article was abandoned before its limit");
        time.Advance(TimeSpan.FromMilliseconds(1));
        var report = await run;
        extractor.Release();

        Assert.Equal(["a", "b"], store.Writes.Order(StringComparer.Ordinal));
        var failed = Assert.Single(report.Failed);
        Assert.Contains("took longer than Graph:FileTimeout allows (200 ms)", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_extraction_past_the_limit_is_cancelled_not_left_running()
    {
        using var extractor = new CancellableExtractor();
        var time = new FakeTimeProvider();
        var ingestor = new ArticleIngestor(extractor, TestData.Map, new ArticleLimits(TimeSpan.FromMilliseconds(100), 2_000), time);

        var prepare = Task.Run(() => ingestor.Prepare(TestData.Article("endless", new string('x', ArticleLimits.WatchedFromChars)), 0));
        Assert.True(extractor.Started.Wait(TimeSpan.FromMinutes(2)), "the extraction never started");
        time.Advance(TimeSpan.FromMilliseconds(100));
        var failure = Assert.Throws<ArticleFailedException>(() => prepare.GetAwaiter().GetResult());

        Assert.Contains("Graph:FileTimeout", failure.Message, StringComparison.Ordinal);
        // Before, the abandoned extraction went on using a core until it finished on its own.
        Assert.True(extractor.Stopped.Wait(TimeSpan.FromSeconds(30)), "the abandoned extraction was never told to stop");
    }

    [Fact]
    public void The_limits_are_settings_with_defaults_and_are_validated()
    {
        var defaults = new GraphOptions();
        Assert.Equal(10 * 1024 * 1024, defaults.MaxArticleBytes);
        Assert.Equal(500, defaults.MaxHtmlNesting);
        Assert.Equal(TimeSpan.FromSeconds(30), defaults.FileTimeout);
        Assert.Equal(2_000, defaults.MaxRelationsPerArticle);
        Assert.Equal(TimeSpan.FromMilliseconds(500), defaults.SettleTime);

        var result = new GraphOptionsValidator().Validate(null, new GraphOptions
        {
            MaxArticleBytes = 0, MaxHtmlNesting = -1, FileTimeout = TimeSpan.Zero, MaxRelationsPerArticle = 0, MaxStatementChars = 0, SettleTime = TimeSpan.FromSeconds(-1),
        });
        Assert.True(result.Failed);
        foreach (var setting in new[] { "Graph:MaxArticleBytes", "Graph:MaxHtmlNesting", "Graph:FileTimeout", "Graph:MaxRelationsPerArticle", "Graph:MaxStatementChars", "Graph:SettleTime" })
        {
            Assert.Contains(setting, result.FailureMessage, StringComparison.Ordinal);
        }
    }

    /// <summary>Holds an article that starts with <see cref="Slow"/> until <see cref="Release"/>; the others pass.</summary>
    private sealed class SlowExtractor : IArticleExtractor, IDisposable
    {
        public const string Slow = "SLOW";

        private readonly FakeExtractor inner = new(TestData.Fact(0.9));
        private readonly ManualResetEventSlim gate = new();

        public ManualResetEventSlim Started { get; } = new();

        public ArticleExtraction Extract(Article article)
        {
            if (article.Text.StartsWith(Slow, StringComparison.Ordinal))
            {
                Started.Set();
                gate.Wait();
            }

            return inner.Extract(article);
        }

        public void Release() => gate.Set();

        public void Dispose()
        {
            // The abandoned extraction is still waiting: let it finish before the gate goes.
            gate.Set();
            Started.Dispose();
        }
    }

    /// <summary>Never finishes by itself: runs until its token is cancelled, as the pipeline checks between sentences.</summary>
    private sealed class CancellableExtractor : IArticleExtractor, IDisposable
    {
        public ManualResetEventSlim Started { get; } = new();

        public ManualResetEventSlim Stopped { get; } = new();

        public ArticleExtraction Extract(Article article) => Extract(article, CancellationToken.None);

        public ArticleExtraction Extract(Article article, CancellationToken cancellationToken)
        {
            Started.Set();
            try
            {
                while (true)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Thread.Sleep(5);
                }
            }
            finally
            {
                Stopped.Set();
            }
        }

        public void Dispose()
        {
            Started.Dispose();
            Stopped.Dispose();
        }
    }
}
