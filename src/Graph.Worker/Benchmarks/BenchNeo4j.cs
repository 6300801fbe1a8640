using System.Diagnostics;
using Graph.Worker.Hosting;

namespace Graph.Worker.Benchmarks;

/// <summary>
/// The dedicated Neo4j of the ingest benchmark, used when no server is configured: its own home
/// (<c>.neo4j/bench</c>) and ports (<see cref="BenchPorts"/>, per checkout), so the benchmark never wipes the
/// development or test database, nor another checkout's benchmark server.
/// </summary>
internal static class BenchNeo4j
{
    public const string Heap = "2g";

    /// <summary>
    /// Above this many nodes the store is deleted rather than wiped with Cypher: after a 50,000-article run (~2.7
    /// million nodes and relationships) the chunked Cypher wipe took over ten minutes; deleting the files takes seconds.
    /// </summary>
    public const long ResetAboveNodes = 300_000;

    public static async Task<string> StartAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var ports = BenchPorts.For(Root());
        await output.WriteLineAsync($"starting the benchmark Neo4j (.neo4j/bench, http port {ports.Http}, bolt port {ports.Bolt})…").ConfigureAwait(false);
        await RunScriptAsync(["start", "--http-port", $"{ports.Http}", "--bolt-port", $"{ports.Bolt}"], cancellationToken).ConfigureAwait(false);
        return $"http://localhost:{ports.Http}";
    }

    /// <summary>Stops the benchmark Neo4j, deletes its store and starts it again, empty.</summary>
    public static async Task ResetAsync(long nodes, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"the benchmark store holds {nodes:N0} nodes: deleting its files instead of wiping it with Cypher…").ConfigureAwait(false);
        await RunScriptAsync(["wipe"], cancellationToken).ConfigureAwait(false);
        await StartAsync(output, cancellationToken).ConfigureAwait(false);
    }

    private static async Task RunScriptAsync(string[] arguments, CancellationToken cancellationToken)
    {
        var root = Root();
        var script = new ProcessStartInfo("bash")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        script.ArgumentList.Add(Path.Combine(root, "scripts", "neo4j.sh"));
        foreach (var argument in arguments)
        {
            script.ArgumentList.Add(argument);
        }

        script.Environment["GRAPH_NEO4J_HOME"] = Path.Combine(root, ".neo4j", "bench");
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GRAPH_NEO4J_HEAP")))
        {
            script.Environment["GRAPH_NEO4J_HEAP"] = Heap;
        }

        using var process = Process.Start(script) ?? throw new CommandAbortedException("Could not run scripts/neo4j.sh.");
        await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new CommandAbortedException(
                $"scripts/neo4j.sh {arguments[0]} failed (exit code {process.ExitCode}); see its messages above, or set NEO4J_URI.");
        }
    }

    private static string Root() => RepositoryRoot.Find() ?? throw new CommandAbortedException(
        "No Neo4j address is configured and the repository was not found: set NEO4J_URI to a server the benchmark may wipe.");
}
