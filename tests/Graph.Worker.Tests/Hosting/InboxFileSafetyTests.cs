using System.Diagnostics;
using Graph.Core.Articles;
using Graph.Neo4j.Resilience;
using Graph.Worker.Hosting;
using Graph.Worker.Ingestion;
using Graph.Worker.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Worker.Tests.Hosting;

/// <summary>The worker reads files with the real reader: FIFOs, links and files being written do no harm.</summary>
public sealed class InboxFileSafetyTests : IDisposable
{
    private static readonly TimeSpan Patience = InboxDrops.Patience;

    private readonly TempFolder folder = new();
    private readonly TempFolder outside = new();
    private readonly InMemoryGraphStore store = new();
    private readonly Inbox inbox;
    private readonly GraphOptions settings = new()
    {
        PollInterval = TimeSpan.FromMilliseconds(50),
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(40),
    };

    public InboxFileSafetyTests() => inbox = new Inbox(folder.Path, "processing", "processed", "failed");

    public void Dispose()
    {
        inbox.Dispose();
        folder.Dispose();
        outside.Dispose();
    }

    private InboxWorker Worker(Func<string, ArticleLoadResult>? read = null)
    {
        var options = Options.Create(settings);
        var retry = new StoreRetryPolicy(StoreRetryOptions.UntilStopped(settings.RetryDelay, settings.MaxRetryDelay), TimeProvider.System);
        var ingestor = new ArticleIngestor(new FakeExtractor(TestData.Fact(0.9)), TestData.Map);
        var processor = new InboxProcessor(
            inbox, read ?? GraphServiceCollectionExtensions.InboxReader(settings), ingestor, store, retry, options, NullLogger<InboxProcessor>.Instance);
        return new InboxWorker(inbox, processor, store, retry, options, TimeProvider.System, NullLogger<InboxWorker>.Instance);
    }

    [Fact]
    public async Task A_fifo_in_the_inbox_is_failed_with_a_reason_and_the_worker_goes_on_and_stops()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // FIFOs are a Unix matter
        }

        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [folder.Combine("pipe.txt")]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
        }

        Drop("a.txt");
        using var worker = Worker();
        await worker.StartAsync(CancellationToken.None);

        await Eventually(() => File.Exists(folder.Combine("failed", "pipe.txt.reason.txt")) && File.Exists(folder.Combine("processed", "a.txt")));
        Assert.Contains("named pipe (FIFO), not a regular file", File.ReadAllText(folder.Combine("failed", "pipe.txt.reason.txt")), StringComparison.Ordinal);
        await worker.StopAsync(CancellationToken.None).WaitAsync(Patience);
    }

    [Fact]
    public async Task A_symbolic_link_in_the_inbox_is_refused_not_followed()
    {
        var secret = Path.Combine(outside.Path, "secret.txt");
        File.WriteAllText(secret, "Le mot de passe est dans ce fichier.");
        File.SetLastWriteTimeUtc(secret, DateTime.UtcNow.AddMinutes(-1));
        File.CreateSymbolicLink(folder.Combine("passwd.txt"), secret);
        using var worker = Worker();
        await worker.StartAsync(CancellationToken.None);

        await Eventually(() => File.Exists(folder.Combine("failed", "passwd.txt.reason.txt")));
        Assert.Contains("is a symbolic link", File.ReadAllText(folder.Combine("failed", "passwd.txt.reason.txt")), StringComparison.Ordinal);
        Assert.Empty(store.Writes);
        await worker.StopAsync(CancellationToken.None).WaitAsync(Patience);
    }

    [Fact]
    public async Task A_file_that_changed_while_read_goes_back_to_the_inbox_and_is_ingested_once_settled()
    {
        var reads = 0;
        using var worker = Worker(path => Interlocked.Increment(ref reads) == 1
            ? ArticleLoadResult.Failed(path, "'a.txt' changed while it was being read") with { Transient = true }
            : TestData.ReadFile(path));
        Drop("a.txt");
        await worker.StartAsync(CancellationToken.None);

        await Eventually(() => File.Exists(folder.Combine("processed", "a.txt")));
        Assert.Equal(2, reads);
        Assert.Empty(Directory.GetFiles(inbox.FailedFolder));
        await worker.StopAsync(CancellationToken.None).WaitAsync(Patience);
    }

    [Fact]
    public async Task Files_named_alike_in_the_inbox_are_two_articles()
    {
        using var worker = Worker();
        Drop("report 1.txt", "Le premier rapport du comité.");
        Drop("Report-1.txt", "Le second rapport du comité.");
        await worker.StartAsync(CancellationToken.None);

        await Eventually(() => Directory.Exists(inbox.ProcessedFolder) && Directory.GetFiles(inbox.ProcessedFolder).Length == 2);
        Assert.Equal(2, store.Writes.Distinct().Count());
        await worker.StopAsync(CancellationToken.None).WaitAsync(Patience);
    }

    [Fact]
    public async Task With_mirroring_deleting_one_of_two_files_with_the_same_url_keeps_their_article()
    {
        settings.MirrorDeletions = true;
        using var worker = Worker();
        const string Json = """{"title": "Titre", "text": "Kim Jong-un a signé le traité.", "url": "https://example.org/same"}""";
        Drop("a.json", Json);
        Drop("b.json", Json.Replace("signé", "signé hier", StringComparison.Ordinal));
        await worker.StartAsync(CancellationToken.None);
        await Eventually(() => Directory.Exists(inbox.ProcessedFolder) && Directory.GetFiles(inbox.ProcessedFolder).Length == 2);
        var id = Assert.Single(store.Articles.Keys);

        File.Delete(folder.Combine("processed", "a.json"));
        await Eventually(() => !File.Exists(Path.Combine(inbox.ProcessedFolder, ".articles", "a.json")));
        Assert.True(store.Articles.ContainsKey(id));

        File.Delete(folder.Combine("processed", "b.json"));
        await Eventually(() => !store.Articles.ContainsKey(id));
        await worker.StopAsync(CancellationToken.None).WaitAsync(Patience);
    }

    [Fact]
    public async Task A_file_modified_within_the_settle_time_waits_in_the_inbox()
    {
        settings.SettleTime = TimeSpan.FromHours(1);
        using var worker = Worker();
        var path = folder.Combine("a.txt");
        File.WriteAllText(path, "Kim Jong-un a signé le traité.");
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
        await worker.StartAsync(CancellationToken.None);

        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.True(File.Exists(path), "a file modified five minutes ago is still settling when the settle time is an hour");
        Assert.Empty(store.Writes);

        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddHours(-2));
        await Eventually(() => File.Exists(folder.Combine("processed", "a.txt")));
        await worker.StopAsync(CancellationToken.None).WaitAsync(Patience);
    }

    private void Drop(string name, string text = InboxDrops.Text) => InboxDrops.Drop(folder, name, text);

    private static Task Eventually(Func<bool> condition) => InboxDrops.Eventually(condition);
}
