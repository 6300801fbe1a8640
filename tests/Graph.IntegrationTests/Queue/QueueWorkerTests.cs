using System.Text;
using System.Text.RegularExpressions;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests.Queue;

/// <summary>
/// <c>graph run --source rabbitmq</c> against a real RabbitMQ and a real Neo4j: at-least-once delivery plus
/// idempotent writes builds exactly the graph of a clean <c>graph ingest</c>, whatever happens to workers and broker.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed partial class QueueWorkerTests(Neo4jServerFixture server, RabbitMqServerFixture broker)
    : IAsyncLifetime, IClassFixture<RabbitMqServerFixture>
{
    private static readonly TimeSpan Patience = Waits.Patience;

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Three_workers_on_one_queue_write_every_article_once_and_build_the_graph_of_a_clean_run()
    {
        using var folder = new TemporaryFolder();
        var files = Seeds.Copies(folder, copies: 12);
        var (queue, settings) = broker.NewQueue();
        await PublishAsync(settings, folder.Combine(".staging"), files.Count);

        var workers = new List<WorkerProcess>();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                workers.Add(await StartWorkerAsync(settings));
            }

            await WaitForAsync(() => Ingested(workers).Select(l => l.Name).Distinct().Count() >= files.Count, workers, "every article written");
            await Task.Delay(TimeSpan.FromSeconds(1)); // time for a duplicate write to show, if there were one
            var lines = Ingested(workers);
            Assert.Equal(files.Count, lines.Count);
            Assert.All(lines, line => Assert.Equal("Created", line.Outcome));
            Assert.Equal(0u, await broker.ReadyAsync(queue));
            Assert.Empty(await broker.DrainAsync(queue + ".dead"));
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
        }

        await AssertNoDuplicateNodesAsync();
        var afterQueue = await GraphDump.CaptureAsync(server.Client);
        GraphDump.AssertSame(await Seeds.CleanRunAsync(server, files), afterQueue);
    }

    [Fact]
    public async Task A_worker_killed_mid_batch_leaves_its_articles_to_be_redelivered_and_the_graph_equals_a_clean_run()
    {
        using var folder = new TemporaryFolder();
        var files = Seeds.Copies(folder, copies: 60);
        var (queue, settings) = broker.NewQueue();
        await PublishAsync(settings, folder.Combine(".staging"), files.Count);

        var logs = new List<string>();
        using (var doomed = await StartWorkerAsync(settings))
        {
            await doomed.WaitUntilAsync(() => IngestedPattern().Matches(doomed.Output).Count >= 1, Patience, "a first batch written");
            doomed.Kill();
            logs.Add(doomed.Output);
        }

        var writtenBeforeKill = IngestedLines(logs[0]).Count;
        Assert.True(writtenBeforeKill < files.Count, "the kill landed after the last article: nothing was left to redeliver");

        using (var survivor = await StartWorkerAsync(settings))
        {
            await WaitForAsync(() => IngestedLines(logs[0] + survivor.Output).Select(l => l.Name).Distinct().Count() >= files.Count, [survivor], "the queue drained");
            logs.Add(survivor.Output);
        }

        var lines = logs.SelectMany(IngestedLines).ToList();
        // Redelivered articles whose batch had committed are found Unchanged; none is ever Replaced or Created twice.
        Assert.DoesNotContain(lines, l => l.Outcome == "Replaced");
        var created = lines.Where(l => l.Outcome == "Created").Select(l => l.Name).ToList();
        Assert.Equal(created.Distinct().Count(), created.Count);
        Assert.Equal(0u, await broker.ReadyAsync(queue));

        await AssertNoDuplicateNodesAsync();
        var afterCrash = await GraphDump.CaptureAsync(server.Client);
        GraphDump.AssertSame(await Seeds.CleanRunAsync(server, files), afterCrash);
    }

    [Fact]
    public async Task A_worker_stopped_with_sigterm_mid_run_acknowledges_nothing_it_did_not_write()
    {
        using var folder = new TemporaryFolder();
        var files = Seeds.Copies(folder, copies: 40);
        var (queue, settings) = broker.NewQueue();
        await PublishAsync(settings, folder.Combine(".staging"), files.Count);

        using var worker = await StartWorkerAsync(settings);
        await worker.WaitUntilAsync(() => IngestedLines(worker.Output).Count >= 1, Patience, "a first batch written");
        Assert.True(worker.Terminate(TimeSpan.FromSeconds(60)), $"the worker did not stop on SIGTERM:\n{worker.Output}");

        var written = IngestedLines(worker.Output).Select(l => l.Name).Distinct().Count();
        Assert.True(written < files.Count, "the stop came after the last article: nothing was left in the queue");
        // Nothing acknowledged that was not written, nothing written left unacknowledged: the batch in hand was finished.
        // A quorum queue applies settlements through its log: the count is read once it has settled.
        var ready = await SettledReadyAsync(queue, (uint)(files.Count - written));
        Assert.True(ready == files.Count - written, $"{ready} ready, {written} written of {files.Count}:\n{worker.Output}");
        Assert.Equal(written, await server.ScalarAsync("MATCH (a:Article) RETURN count(a) AS c"));
        Assert.Contains("Queue worker stopped", worker.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_message_goes_to_the_dead_letter_queue_with_its_reason_and_the_others_are_written()
    {
        using var folder = new TemporaryFolder();
        var good = Seeds.Files.Take(2).ToList();
        var (queue, settings) = broker.NewQueue();
        folder.CopyIn(good);
        await PublishAsync(settings, folder.Path, good.Count); // declares the queues
        await broker.PublishRawAsync(queue, "broken.json", Encoding.UTF8.GetBytes("{\"title\": \"half an object\", "));
        await broker.PublishRawAsync(queue, null, Encoding.UTF8.GetBytes("a message nobody named"));
        using var worker = await StartWorkerAsync(settings);

        await worker.WaitUntilAsync(() => IngestedLines(worker.Output).Count >= good.Count, Patience, "the good articles written");
        var dead = await WaitForDeadLettersAsync(queue + ".dead", 2);

        Assert.Contains(dead, m => m.Name == "broken.json" && m.Reason!.Contains("is not valid JSON", StringComparison.Ordinal));
        Assert.Contains(dead, m => m.Name is null && m.Reason!.Contains("x-graph-name", StringComparison.Ordinal));
        Assert.Equal(0u, await broker.ReadyAsync(queue));
        Assert.False(worker.HasExited);
        Assert.DoesNotContain(RabbitMqServerFixture.Password, worker.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Workers_reconnect_after_a_broker_restart_mid_run_and_finish_with_the_graph_of_a_clean_run()
    {
        using var folder = new TemporaryFolder();
        var files = Seeds.Copies(folder, copies: 60);
        var (queue, settings) = broker.NewQueue();
        // Half before the restart, half after it: the second half can only be written by workers that reconnected.
        var half = files.Count / 2;
        await PublishAsync(settings, [.. files.Take(half)], half);

        var workers = new List<WorkerProcess>();
        try
        {
            for (var i = 0; i < 2; i++)
            {
                workers.Add(await StartWorkerAsync(settings));
            }

            await WaitForAsync(() => workers.All(w => w.Output.Contains("Consuming ", StringComparison.Ordinal)), workers, "both workers consuming");
            await broker.StopAsync();
            await broker.StartAsync();
            await PublishAsync(settings, [.. files.Skip(half)], files.Count - half);

            await WaitForAsync(() => Ingested(workers).Select(l => l.Name).Distinct().Count() >= files.Count, workers, "every article written after the restart");
            Assert.All(workers, w => Assert.Contains("Reconnected to RabbitMQ", w.Output, StringComparison.Ordinal));
            Assert.Equal(0u, await broker.ReadyAsync(queue));
        }
        finally
        {
            workers.ForEach(w => w.Dispose());
        }

        Assert.DoesNotContain(workers.SelectMany(w => IngestedLines(w.Output)), l => l.Outcome == "Replaced");
        await AssertNoDuplicateNodesAsync();
        var afterRestart = await GraphDump.CaptureAsync(server.Client);
        GraphDump.AssertSame(await Seeds.CleanRunAsync(server, files), afterRestart);
    }

    [Fact]
    public async Task The_queue_benchmark_completes_and_reports_articles_per_second_beside_direct_ingest()
    {
        var corpus = Path.Combine(Path.GetTempPath(), $"graph-bench-queue-smoke-{Guid.NewGuid():N}");
        try
        {
            var (_, settings) = broker.NewQueue();
            var (generated, generateOutput) = await GraphCli.RunAsync(server.Options, "bench", "generate", "--articles", "20", "--seed", "4", "--out", corpus);
            Assert.True(generated == 0, generateOutput);

            var (exitCode, output) = await GraphCli.RunAsync(server.Options, settings, "bench", "queue", "--corpus", corpus, "--workers", "1", "2");

            Assert.True(exitCode == 0, output);
            Assert.Matches(@"direct run=1 articles=20 seconds=\d+\.\d+ articles/s=\d+\.\d", output);
            Assert.Matches(@"queue run=1 workers=1 articles=20 .*ratio-to-direct=\d+\.\d{3}", output);
            Assert.Matches(@"queue run=1 workers=2 articles=20 .*ratio-to-direct=\d+\.\d{3}", output);
            Assert.Matches(@"median direct articles/s=\d+\.\d; workers=1 articles/s=\d+\.\d ratio=\d+\.\d{3}; workers=2", output);
        }
        finally
        {
            if (Directory.Exists(corpus))
            {
                Directory.Delete(corpus, recursive: true);
            }
        }
    }

    private Task<WorkerProcess> StartWorkerAsync((string Key, string Value)[] settings) =>
        WorkerProcess.StartCommandAsync(server.Options, ["run", "--source", "rabbitmq"], settings);

    private Task PublishAsync((string Key, string Value)[] settings, string folder, int expected) => PublishAsync(settings, [folder], expected);

    private async Task PublishAsync((string Key, string Value)[] settings, string[] paths, int expected)
    {
        var (exitCode, output) = await GraphCli.RunAsync(server.Options, settings, ["publish", .. paths]);
        Assert.True(exitCode == 0, $"graph publish exited {exitCode}:\n{output}");
        Assert.Contains($"Published {expected} article(s)", output, StringComparison.Ordinal);
    }

    private async Task<List<(string? Name, string? Reason, string Body)>> WaitForDeadLettersAsync(string queue, int count)
    {
        var deadline = DateTime.UtcNow + Patience;
        var found = new List<(string? Name, string? Reason, string Body)>();
        while (found.Count < count && DateTime.UtcNow < deadline)
        {
            found.AddRange(await broker.DrainAsync(queue));
            await Task.Delay(200);
        }

        Assert.True(found.Count == count, $"{found.Count} dead letters, expected {count}");
        return found;
    }

    /// <summary>The ready count once it equals <paramref name="expected"/>, or the last one read after 90 s.</summary>
    private async Task<uint> SettledReadyAsync(string queue, uint expected)
    {
        // A loaded broker can hold a count for seconds before applying the last settlements: wait for the expected
        // count up to a limit that only stops a hung test, not until the count merely looks stable.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(90);
        var last = await broker.ReadyAsync(queue);
        while (last != expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            last = await broker.ReadyAsync(queue);
        }
        return last;
    }

    private async Task AssertNoDuplicateNodesAsync()
    {
        var nodes = await server.ScalarAsync("MATCH (n) RETURN count(n) AS c");
        var distinct = await server.ScalarAsync("MATCH (n) RETURN count(DISTINCT [labels(n), n.id]) AS c");
        Assert.Equal(distinct, nodes);
    }

    private static async Task WaitForAsync(Func<bool> condition, IReadOnlyList<WorkerProcess> workers, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline || workers.All(w => w.HasExited))
            {
                Assert.Fail($"{what}: not reached within {Patience.TotalSeconds} s.\n"
                    + string.Join("\n", workers.Select((w, i) => $"--- worker {i} ---\n{w.Output}")));
            }

            await Task.Delay(100);
        }
    }

    private static List<(string Name, string Outcome)> Ingested(IEnumerable<WorkerProcess> workers) =>
        [.. workers.SelectMany(w => IngestedLines(w.Output))];

    private static List<(string Name, string Outcome)> IngestedLines(string log) =>
        [.. IngestedPattern().Matches(log).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    [GeneratedRegex(@"Ingested (\S+) as \S+: (\w+),")]
    private static partial Regex IngestedPattern();
}
