using System.Text.RegularExpressions;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>
/// The worker killed with SIGKILL in the middle of its work, then restarted, ends with exactly the graph a clean
/// run builds; no file is lost, failed or written twice.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed partial class CrashSafetyTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = Waits.Patience;

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_worker_killed_twice_mid_run_and_restarted_builds_the_graph_of_a_clean_run()
    {
        using var inbox = new TemporaryFolder();
        // Enough files that the worker cannot finish between two polls of the test: a kill must land mid-run.
        var files = Seeds.Copies(inbox, copies: 40);
        var total = files.Count;
        inbox.CopyIn(files);
        var logs = new List<string>();

        // Two kills: after the first file lands in processed/ and after the twentieth, each in the middle of the next one.
        var killedMidRun = 0;
        foreach (var killAfter in new[] { 1, 20 })
        {
            using var doomed = await WorkerProcess.StartAsync(server.Options, inbox.Path);
            await doomed.WaitUntilAsync(() => Inboxes.Processed(inbox.Path) >= killAfter, Patience, $"{killAfter} file(s) processed");
            doomed.Kill();
            logs.Add(doomed.Output);
            killedMidRun += Inboxes.Processed(inbox.Path) < total ? 1 : 0;
        }

        Assert.True(killedMidRun > 0, "no kill landed before the run was over");

        using (var survivor = await WorkerProcess.StartAsync(server.Options, inbox.Path))
        {
            await survivor.WaitUntilAsync(() => Inboxes.Drained(inbox.Path, total), Patience, "the inbox drained after restart");
            survivor.Kill();
            logs.Add(survivor.Output);
        }

        Assert.Equal(total, Inboxes.Processed(inbox.Path));
        Assert.Equal(0, Inboxes.Failed(inbox.Path));
        Assert.Equal(0, Inboxes.Pending(inbox.Path));
        var ingested = IngestedLines(logs);
        // A file taken up again after a kill is found Unchanged (its transaction committed) or Created (it did not):
        // never Replaced, and no article is created twice.
        Assert.DoesNotContain(ingested, line => line.Outcome == "Replaced");
        var created = ingested.Where(line => line.Outcome == "Created").Select(line => line.File).ToList();
        Assert.Equal(created.Distinct().Count(), created.Count);
        var afterCrash = await GraphDump.CaptureAsync(server.Client);
        var countsAfterCrash = await server.CountsAsync();

        var clean = await Seeds.CleanRunAsync(server, files);

        Assert.Equal(countsAfterCrash, await server.CountsAsync());
        GraphDump.AssertSame(clean, afterCrash);
    }

    private static List<(string File, string Outcome)> IngestedLines(IEnumerable<string> logs) =>
        [.. logs.SelectMany(log => IngestedPattern().Matches(log)).Select(m => (m.Groups[1].Value, m.Groups[2].Value))];

    [GeneratedRegex(@"Ingested (\S+) as \S+: (\w+),")]
    private static partial Regex IngestedPattern();
}
