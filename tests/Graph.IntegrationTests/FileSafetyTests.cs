using System.Diagnostics;
using Graph.Extraction.Loading;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>
/// The file-system cases of issue 16 through the real binary and database: names that collide, a FIFO, links out of
/// the folder and around a loop, a page nested too deep. Each fails alone with its reason; the others are written.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class FileSafetyTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = Waits.Patience;

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Ingest_keeps_colliding_names_apart_and_fails_fifos_outside_links_loops_and_deep_html_alone()
    {
        using var folder = new TemporaryFolder();
        using var outside = new TemporaryFolder();
        var seeds = Seeds.Files;
        Directory.CreateDirectory(folder.Combine("x"));
        Directory.CreateDirectory(folder.Combine("y"));
        File.Copy(seeds[0], folder.Combine("x", "news.txt"));
        File.Copy(seeds[1], folder.Combine("y", "news.txt"));
        File.Copy(seeds[2], folder.Combine("report 1.txt"));
        File.Copy(seeds[3], folder.Combine("Report-1.txt"));
        File.WriteAllText(outside.Combine("secret.txt"), "Le mot de passe du serveur est dans ce fichier secret.");
        File.CreateSymbolicLink(folder.Combine("passwd.txt"), outside.Combine("secret.txt"));
        Directory.CreateSymbolicLink(folder.Combine("x", "loop"), "..");
        File.WriteAllText(folder.Combine("deep.html"),
            "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "Texte." + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>");
        MakeFifo(folder.Combine("pipe.txt"));

        // A FIFO read as a file would block for ever: the CLI's own time-out (GraphCli) ends that run as a failure.
        var (exitCode, output) = await GraphCli.RunAsync(server.Options, "ingest", folder.Path);

        Assert.True(exitCode == 2, $"exit {exitCode}:\n{output}");
        Assert.Contains("named pipe (FIFO), not a regular file", output, StringComparison.Ordinal);
        Assert.Contains("symbolic link to a file outside the folder", output, StringComparison.Ordinal);
        Assert.Contains("(a loop)", output, StringComparison.Ordinal);
        Assert.Contains("Graph:MaxHtmlNesting", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);

        var articles = (await server.Client.RunAsync("MATCH (a:Article) RETURN a.id AS id ORDER BY id", CancellationToken.None))
            .Select(r => (string)r["id"]!).ToList();
        string[] expected = [.. new[] { "Report-1.txt", "report 1.txt", "x/news.txt", "y/news.txt" }.Select(ArticleId.FromRelativePath).Order(StringComparer.Ordinal)];
        Assert.Equal(expected, articles);
        Assert.Equal(0, await server.ScalarAsync("MATCH (ev:Evidence) WHERE ev.sentence CONTAINS 'mot de passe' RETURN count(ev)"));
    }

    [Fact]
    public async Task A_worker_fails_a_fifo_goes_on_and_stops_on_sigterm()
    {
        using var inbox = new TemporaryFolder();
        MakeFifo(inbox.Combine("pipe.txt"));
        using var worker = await WorkerProcess.StartAsync(server.Options, inbox.Path);
        inbox.CopyIn(Seeds.Files.Take(1));

        await worker.WaitUntilAsync(
            () => File.Exists(inbox.Combine("failed", "pipe.txt.reason.txt")) && Directory.GetFiles(inbox.Combine("processed")).Length == 1,
            Patience, "the FIFO failed and the seed processed");

        Assert.Contains("named pipe (FIFO)", File.ReadAllText(inbox.Combine("failed", "pipe.txt.reason.txt")), StringComparison.Ordinal);
        Assert.True(worker.Terminate(TimeSpan.FromSeconds(30)), "the worker should stop on SIGTERM\n" + worker.Output);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
