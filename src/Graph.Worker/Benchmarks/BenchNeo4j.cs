using System.Diagnostics;
using Graph.Worker.Hosting;

namespace Graph.Worker.Benchmarks;

/// <summary>
/// The dedicated Neo4j of the ingest benchmark, used when no server is configured: its own home
/// (<c>.neo4j/bench</c>) and ports, so the benchmark never wipes the development or test database.
/// </summary>
internal static class BenchNeo4j
{
    public const int HttpPort = 7524;
    public const int BoltPort = 7737;
    public const string Heap = "2g";

    public static async Task<string> StartAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find() ?? throw new CommandAbortedException(
            "No Neo4j address is configured and the repository was not found: set NEO4J_URI to a server the benchmark may wipe.");
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(root, "scripts", "neo4j.sh"), "start", "--http-port", $"{HttpPort}", "--bolt-port", $"{BoltPort}" },
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["GRAPH_NEO4J_HOME"] = Path.Combine(root, ".neo4j", "bench");
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("GRAPH_NEO4J_HEAP")))
        {
            start.Environment["GRAPH_NEO4J_HEAP"] = Heap;
        }

        await output.WriteLineAsync($"starting the benchmark Neo4j (.neo4j/bench, http port {HttpPort})…").ConfigureAwait(false);
        using var process = Process.Start(start) ?? throw new CommandAbortedException("Could not run scripts/neo4j.sh.");
        await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new CommandAbortedException($"scripts/neo4j.sh start failed (exit code {process.ExitCode}); see its messages above, or set NEO4J_URI.");
        }

        return $"http://localhost:{HttpPort}";
    }
}
