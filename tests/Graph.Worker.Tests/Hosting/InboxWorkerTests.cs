using Graph.Neo4j.Resilience;
using Graph.Neo4j;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Graph.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Tests.Hosting;

public sealed class InboxWorkerTests : IDisposable
{
    private static readonly TimeSpan Patience = InboxDrops.Patience;

    private readonly TempFolder folder = new();
    private readonly InMemoryGraphStore store = new();
    private readonly Inbox inbox;
    private readonly InboxWorker worker;
    private readonly GraphOptions settings;

    public InboxWorkerTests()
    {
        settings = new GraphOptions
        {
            PollInterval = TimeSpan.FromMilliseconds(50),
            RetryDelay = TimeSpan.FromMilliseconds(10),
            MaxRetryDelay = TimeSpan.FromMilliseconds(40),
        };
        var options = Options.Create(settings);
        inbox = new Inbox(folder.Path, "processing", "processed", "failed");
        var retry = new StoreRetryPolicy(StoreRetryOptions.UntilStopped(options.Value.RetryDelay, options.Value.MaxRetryDelay), TimeProvider.System);
        var ingestor = new ArticleIngestor(new FakeExtractor(TestData.Fact(0.9)), TestData.Map);
        var processor = new InboxProcessor(inbox, TestData.ReadFile, ingestor, store, retry, options, NullLogger<InboxProcessor>.Instance);
        worker = new InboxWorker(inbox, processor, store, retry, options, TimeProvider.System, NullLogger<InboxWorker>.Instance);
    }

    public void Dispose()
    {
        worker.Dispose();
        inbox.Dispose();
        folder.Dispose();
    }

    [Fact]
    public async Task A_dropped_file_is_written_and_moved_to_processed()
    {
        await worker.StartAsync(CancellationToken.None);

        Drop("a.txt");

        await Eventually(() => File.Exists(folder.Combine("processed", "a.txt")));
        Assert.Equal(["a"], store.Writes);
        Assert.Empty(Directory.GetFiles(inbox.ProcessingFolder, "*.txt", SearchOption.AllDirectories));
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task An_unreadable_file_is_moved_to_failed_with_its_reason()
    {
        Drop("bad.txt", "BROKEN");

        await worker.StartAsync(CancellationToken.None);

        await Eventually(() => File.Exists(folder.Combine("failed", "bad.txt.reason.txt")));
        Assert.True(File.Exists(folder.Combine("failed", "bad.txt")));
        Assert.Contains("is not an article", File.ReadAllText(folder.Combine("failed", "bad.txt.reason.txt")), StringComparison.Ordinal);
        Assert.Empty(store.Writes);
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task An_article_the_extractor_chokes_on_is_moved_to_failed()
    {
        Drop("bad.txt", FakeExtractor.Poison);

        await worker.StartAsync(CancellationToken.None);

        await Eventually(() => File.Exists(folder.Combine("failed", "bad.txt.reason.txt")));
        Assert.Contains("extraction failed", File.ReadAllText(folder.Combine("failed", "bad.txt.reason.txt")), StringComparison.Ordinal);
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Files_left_in_processing_by_a_crash_are_taken_up_first()
    {
        inbox.EnsureCreated();
        File.WriteAllText(Path.Combine(inbox.ProcessingFolder, "orphan.txt"), "Kim Jong-un.");
        Drop("new.txt");

        await worker.StartAsync(CancellationToken.None);

        await Eventually(() => store.Writes.Count == 2);
        Assert.Equal(["orphan", "new"], store.Writes);
        Assert.True(File.Exists(folder.Combine("processed", "orphan.txt")));
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_worker_that_dies_while_this_one_runs_has_its_files_taken_over_without_a_restart()
    {
        await worker.StartAsync(CancellationToken.None);
        Drop("first.txt");
        await Eventually(() => store.Writes.Count == 1);
        // Another worker holds a file in its claim folder, then dies: the kernel drops its lock, the folder stays.
        var other = new Inbox(folder.Path, "processing", "processed", "failed");
        other.EnsureCreated();
        File.WriteAllText(Path.Combine(other.ClaimFolder, "held.txt"), "Kim Jong-un.");
        other.Dispose();

        await Eventually(() => File.Exists(folder.Combine("processed", "held.txt")));
        Assert.Equal(["first", "held"], store.Writes);
        Assert.False(Directory.Exists(other.ClaimFolder));
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_database_that_is_down_keeps_the_file_pending_until_it_comes_back()
    {
        store.FailNextWritesWith(new Neo4jException("Graph.Neo4j.ConnectionFailed", "refused", Neo4jErrorKind.Unreachable), times: 3);
        Drop("a.txt");

        await worker.StartAsync(CancellationToken.None);

        await Eventually(() => File.Exists(folder.Combine("processed", "a.txt")));
        Assert.Equal(4, store.WriteAttempts);
        Assert.Empty(Directory.GetFiles(inbox.FailedFolder));
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Stopping_while_the_database_is_down_leaves_the_file_claimed_for_the_next_start()
    {
        store.FailNextWritesWith(new Neo4jException("Graph.Neo4j.ConnectionFailed", "refused", Neo4jErrorKind.Unreachable), times: 1000);
        Drop("a.txt");
        await worker.StartAsync(CancellationToken.None);
        await Eventually(() => store.WriteAttempts > 1);

        await worker.StopAsync(CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(inbox.ClaimFolder, "a.txt")));
        Assert.Empty(Directory.GetFiles(inbox.FailedFolder));
    }

    [Fact]
    public async Task A_stop_request_lets_the_article_in_hand_finish()
    {
        using var inHand = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        store.OnWrite = _ =>
        {
            inHand.Set();
            release.Wait(Patience);
        };
        Drop("a.txt");
        Drop("b.txt");
        await worker.StartAsync(CancellationToken.None);
        Assert.True(inHand.Wait(Patience));

        var stopping = worker.StopAsync(CancellationToken.None);
        release.Set();
        await stopping;

        Assert.Single(store.Writes);
        Assert.Single(Directory.GetFiles(inbox.ProcessedFolder));
        Assert.Single(Directory.GetFiles(inbox.Root));
    }

    [Fact]
    public async Task A_changed_file_dropped_again_is_ingested_again()
    {
        await worker.StartAsync(CancellationToken.None);
        Drop("a.txt", "Première version.");
        await Eventually(() => store.Writes.Count == 1);

        Drop("a.txt", "Deuxième version.");

        // The write is recorded before the file is moved: wait for both.
        await Eventually(() => store.Writes.Count == 2 && File.ReadAllText(folder.Combine("processed", "a.txt")) == "Deuxième version.");
        Assert.Equal(2, store.Writes.Count);
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task With_mirroring_on_deleting_a_processed_file_retracts_its_article()
    {
        settings.MirrorDeletions = true;
        await worker.StartAsync(CancellationToken.None);
        Drop("a.txt");
        Drop("b.txt", "Vladimir Poutine a signé le traité.");
        await Eventually(() => store.Articles.Count == 2 && File.Exists(folder.Combine("processed", "b.txt")));

        File.Delete(folder.Combine("processed", "a.txt"));

        await Eventually(() => !store.Articles.ContainsKey("a"));
        Assert.True(store.Articles.ContainsKey("b"));
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task With_mirroring_off_deleting_a_processed_file_changes_nothing()
    {
        await worker.StartAsync(CancellationToken.None);
        Drop("a.txt");
        await Eventually(() => File.Exists(folder.Combine("processed", "a.txt")));

        File.Delete(folder.Combine("processed", "a.txt"));
        Drop("b.txt", "Vladimir Poutine a signé le traité.");
        await Eventually(() => File.Exists(folder.Combine("processed", "b.txt")));

        Assert.True(store.Articles.ContainsKey("a"));
        await worker.StopAsync(CancellationToken.None);
    }

    /// <summary>Drops a file as a finished copy would arrive: written aside, then moved in with an older timestamp.</summary>
    [Fact]
    public async Task Files_waiting_together_are_written_in_batches_the_store_takes()
    {
        store.MaxArticlesPerWrite = 4;
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt" })
        {
            Drop(name);
        }

        await worker.StartAsync(CancellationToken.None);

        await Eventually(() => Directory.Exists(folder.Combine("processed")) && Directory.GetFiles(folder.Combine("processed"), "*.txt").Length == 6);
        Assert.Equal([4, 2], store.BatchCalls);
        Assert.Equal(["a", "b", "c", "d", "e", "f"], store.Writes);
        await worker.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task A_batch_the_database_refuses_is_written_one_file_at_a_time_so_only_the_culprit_fails()
    {
        store.MaxArticlesPerWrite = 10;
        store.RefusedArticleId = "b";
        Drop("a.txt");
        Drop("b.txt");
        Drop("c.txt");

        await worker.StartAsync(CancellationToken.None);

        await Eventually(() => File.Exists(folder.Combine("failed", "b.txt")) && Directory.GetFiles(folder.Combine("processed"), "*.txt").Length == 2);
        Assert.Equal(["a", "c"], store.Writes);
        Assert.Contains("refused", File.ReadAllText(folder.Combine("failed", "b.txt.reason.txt")), StringComparison.Ordinal);
        await worker.StopAsync(CancellationToken.None);
    }

    private void Drop(string name, string text = InboxDrops.Text) => InboxDrops.Drop(folder, name, text);

    private static Task Eventually(Func<bool> condition) => InboxDrops.Eventually(condition);
}
