using System.Net.Http;
using Graph.Core.Articles;
using Graph.Neo4j;
using Graph.Worker.Ingestion;
using Graph.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Worker.Tests.Ingestion;

public sealed class IngestRunnerTests
{
    private readonly InMemoryGraphStore store = new();

    [Fact]
    public async Task Every_article_is_written_and_counted()
    {
        var report = await Run([TestData.Loaded("a"), TestData.Loaded("b")], new FakeExtractor(TestData.Fact(0.9)));

        Assert.Equal(["a", "b"], store.Writes);
        Assert.Equal(2, report.Created);
        Assert.Equal(2, report.Entities);
        Assert.Equal(2, report.Facts);
        Assert.Equal(2, report.RejectedByOntology);
        Assert.Equal(ExitCodes.Ok, report.ExitCode);
    }

    [Fact]
    public async Task The_schema_is_ensured_once_before_the_first_write()
    {
        await Run([TestData.Loaded("a"), TestData.Loaded("b")]);

        Assert.Equal(1, store.SchemaCalls);
    }

    [Fact]
    public async Task A_second_run_reports_unchanged_and_replaced_articles()
    {
        await Run([TestData.Loaded("a"), TestData.Loaded("b")]);

        var report = await Run([TestData.Loaded("a"), TestData.Loaded("b", "Un autre texte.")]);

        Assert.Equal((0, 1, 1), (report.Created, report.Replaced, report.Unchanged));
    }

    [Fact]
    public async Task A_file_that_could_not_be_read_is_reported_and_the_others_are_written()
    {
        var report = await Run([ArticleLoadResult.Failed("/articles/bad.json", "'bad.json' is not valid JSON"), TestData.Loaded("a")]);

        Assert.Equal(["a"], store.Writes);
        var failed = Assert.Single(report.Failed);
        Assert.Equal("'bad.json' is not valid JSON", failed.Reason);
        Assert.Equal(ExitCodes.SomeFilesFailed, report.ExitCode);
    }

    [Fact]
    public async Task An_extractor_that_throws_fails_only_its_article()
    {
        var report = await Run([TestData.Loaded("a", FakeExtractor.Poison), TestData.Loaded("b")]);

        Assert.Equal(["b"], store.Writes);
        Assert.Contains("extraction failed for a", Assert.Single(report.Failed).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_write_refused_by_the_database_fails_only_its_article()
    {
        store.FailNextWritesWith(new Neo4jException("Neo.ClientError.Statement.SyntaxError", "bad", Neo4jErrorKind.Refused));

        var report = await Run([TestData.Loaded("a"), TestData.Loaded("b")]);

        Assert.Equal(["b"], store.Writes);
        Assert.Contains("refused", Assert.Single(report.Failed).Reason, StringComparison.Ordinal);
        Assert.Null(report.DatabaseError);
    }

    [Fact]
    public async Task An_unreachable_database_stops_the_run_with_exit_code_1()
    {
        store.FailSchemaWith(new Neo4jException("Graph.Neo4j.ConnectionFailed", "Could not reach Neo4j", Neo4jErrorKind.Unreachable));

        var report = await Run([TestData.Loaded("a")]);

        Assert.Empty(store.Writes);
        Assert.Equal(0, store.WriteAttempts);
        Assert.Equal("Could not reach Neo4j", report.DatabaseError);
        Assert.Equal(ExitCodes.DatabaseUnavailable, report.ExitCode);
    }

    [Fact]
    public async Task A_database_lost_during_the_run_stops_it_at_that_file()
    {
        store.FailNextWritesWith(new HttpRequestException("Connection refused"));

        var report = await Run([TestData.Loaded("a"), TestData.Loaded("b")]);

        Assert.Equal(1, store.WriteAttempts);
        Assert.Equal("Connection refused", report.DatabaseError);
        Assert.Equal(ExitCodes.DatabaseUnavailable, report.ExitCode);
    }

    [Fact]
    public async Task The_minimum_confidence_drops_facts_before_mapping()
    {
        var report = await Run([TestData.Loaded("a")], new FakeExtractor(TestData.Fact(0.9), TestData.Fact(0.3, "MET")), minConfidence: 0.5);

        Assert.Single(store.Articles["a"].Facts);
        Assert.Equal(1, report.Facts);
        Assert.Equal(1, report.BelowConfidence);
        Assert.Equal(1, report.RejectedByOntology);
    }

    [Fact]
    public async Task A_cancelled_run_stops_before_the_next_file_and_says_so()
    {
        using var cancellation = new CancellationTokenSource();
        store.OnWrite = _ => cancellation.Cancel();

        var report = await Run([TestData.Loaded("a"), TestData.Loaded("b")], cancellationToken: cancellation.Token);

        Assert.Equal(["a"], store.Writes);
        Assert.True(report.Interrupted);
        Assert.Equal(ExitCodes.Interrupted, report.ExitCode);
    }

    [Fact]
    public async Task Progress_hears_about_every_file()
    {
        var progress = new ListProgress();

        await Run([TestData.Loaded("a"), ArticleLoadResult.Failed("/articles/b.txt", "empty")], progress: progress);

        Assert.Equal(["start a.txt", "written a.txt Created", "start b.txt", "failed b.txt"], progress.Events);
    }

    [Fact]
    public async Task A_store_that_takes_batches_gets_the_articles_in_order_and_progress_stays_per_file_in_order()
    {
        store.MaxArticlesPerWrite = 10;
        var progress = new ListProgress();

        var report = await Run(
            [TestData.Loaded("a"), TestData.Loaded("b"), ArticleLoadResult.Failed("/articles/c.txt", "empty"), TestData.Loaded("d")],
            progress: progress);

        Assert.Equal(["a", "b", "d"], store.Writes);
        Assert.Equal(3, report.Created);
        Assert.Equal(3, store.WriteAttempts);
        Assert.Equal(
            ["start a.txt", "written a.txt Created", "start b.txt", "written b.txt Created", "start c.txt", "failed c.txt", "start d.txt", "written d.txt Created"],
            progress.Events);
    }

    [Fact]
    public async Task A_batch_the_database_refuses_is_written_again_one_article_at_a_time_so_only_the_culprit_fails()
    {
        store.MaxArticlesPerWrite = 10;
        store.RefusedArticleId = "b";

        var report = await Run([TestData.Loaded("a"), TestData.Loaded("b"), TestData.Loaded("c")]);

        Assert.Equal(["a", "c"], store.Writes);
        Assert.Equal(2, report.Created);
        Assert.Contains("refused", Assert.Single(report.Failed).Reason, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.SomeFilesFailed, report.ExitCode);
    }

    [Fact]
    public async Task A_database_lost_during_a_batch_stops_the_run_with_exit_code_1()
    {
        store.MaxArticlesPerWrite = 10;
        store.FailNextWritesWith(new HttpRequestException("Connection refused"));

        var report = await Run([TestData.Loaded("a"), TestData.Loaded("b"), TestData.Loaded("c")]);

        Assert.Equal("Connection refused", report.DatabaseError);
        Assert.Equal(ExitCodes.DatabaseUnavailable, report.ExitCode);
        Assert.NotEmpty(report.Failed);
        Assert.All(report.Failed, f => Assert.Contains("not written", f.Reason, StringComparison.Ordinal));
    }

    private Task<IngestReport> Run(
        IReadOnlyList<ArticleLoadResult> files,
        FakeExtractor? extractor = null,
        double minConfidence = 0,
        ListProgress? progress = null,
        CancellationToken cancellationToken = default)
    {
        var ingestor = new ArticleIngestor(extractor ?? new FakeExtractor(TestData.Fact(0.9)), TestData.Map);
        var runner = new IngestRunner(ingestor, store, NullLogger<IngestRunner>.Instance);
        return runner.RunAsync(files, minConfidence, progress ?? new ListProgress(), cancellationToken);
    }
}
