using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>
/// Neo4j unreachable at start and stopped in the middle of a run, on an instance of its own (home
/// <c>.neo4j/outage</c>, HTTP 7494, Bolt 7707) so the shared server stays up.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class OutageTests
{
    private static readonly TimeSpan Patience = Waits.Patience;

    [Fact]
    public async Task Ingest_against_an_unreachable_server_exits_1_with_a_clear_message_and_no_stack_trace()
    {
        var nowhere = new Neo4jOptions { Uri = new Uri("http://localhost:7499") };
        var (exitCode, output) = await GraphCli.RunAsync(nowhere, [("GRAPH_Neo4j__MaxRetries", "2")], "ingest", Seeds.Folder);

        Assert.True(exitCode == 1, $"exit {exitCode}:\n{output}");
        Assert.Contains("error: Neo4j at http://localhost:7499/ could not be used", output, StringComparison.Ordinal);
        Assert.Contains("Could not reach Neo4j", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_worker_waits_out_a_server_down_at_start_and_one_stopped_mid_run_and_loses_nothing()
    {
        await using var server = new ExtraServer("outage", 7494, 7707);
        await server.StartAsync();
        using var client = new Neo4jClient(server.Options());
        await client.RunAsync("MATCH (n) DETACH DELETE n", CancellationToken.None);
        await server.StopAsync();

        using var inbox = new TemporaryFolder();
        var seeds = Seeds.Files;
        inbox.CopyIn(seeds.Take(2));
        using var worker = await WorkerProcess.StartAsync(server.Options(), inbox.Path);

        // 1. Down at start: it says so, keeps retrying, and keeps the files.
        await worker.WaitUntilAsync(() => RetryLines(worker) >= 2, Patience, "retries logged while the server is down");
        Assert.Contains("Could not reach Neo4j at http://localhost:7494", worker.Output, StringComparison.Ordinal);
        Assert.Equal(2, Inboxes.Pending(inbox.Path));
        Assert.Equal(0, Inboxes.Failed(inbox.Path));

        await server.StartAsync();
        await worker.WaitUntilAsync(() => Inboxes.Processed(inbox.Path) == 2, Patience, "the first files processed once the server is back");

        // 2. Stopped mid-run: new files wait, claimed or pending, none failed.
        await server.StopAsync();
        var retriesBefore = RetryLines(worker);
        inbox.CopyIn(seeds.Skip(2));
        await worker.WaitUntilAsync(() => RetryLines(worker) >= retriesBefore + 2, Patience, "retries logged after the server stopped");
        Assert.Equal(3, Inboxes.Pending(inbox.Path));
        Assert.Equal(0, Inboxes.Failed(inbox.Path));

        await server.StartAsync();
        await worker.WaitUntilAsync(() => Inboxes.Drained(inbox.Path, 5), Patience, "the inbox drained once the server is back");
        worker.Kill();
        Assert.Equal(5, Inboxes.Processed(inbox.Path));
        Assert.Equal(0, Inboxes.Failed(inbox.Path));
        var afterOutages = await GraphDump.CaptureAsync(client);

        // The same files in one clean run on the same server build the same graph.
        await client.RunAsync("MATCH (n) DETACH DELETE n", CancellationToken.None);
        var (exitCode, output) = await GraphCli.RunBuiltAsync(server.Options(), "ingest", Seeds.Folder);
        Assert.True(exitCode == 0, output);
        GraphDump.AssertSame(await GraphDump.CaptureAsync(client), afterOutages, "--- worker output ---\n" + worker.Output);
    }

    private static int RetryLines(WorkerProcess worker) =>
        worker.Output.Split('\n').Count(line => line.Contains("Database error (Unreachable)", StringComparison.Ordinal));
}
