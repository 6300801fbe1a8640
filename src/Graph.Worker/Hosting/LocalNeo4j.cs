using System.Diagnostics;

namespace Graph.Worker.Hosting;

/// <summary>
/// Starts the development Neo4j with <c>scripts/neo4j.sh start</c> when no server address is configured. The
/// script installs on first use, is idempotent, and prints the Browser address on success.
/// </summary>
internal static class LocalNeo4j
{
    public const string Uri = "http://localhost:7474";

    /// <returns>The address of the running server.</returns>
    public static async Task<string> StartAsync(TextWriter output, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Find();
        var script = root is null ? null : Path.Combine(root, "scripts", "neo4j.sh");
        if (script is null || !File.Exists(script))
        {
            throw new CommandAbortedException(
                "No Neo4j address is configured and scripts/neo4j.sh was not found (run graph from the repository, " +
                "or set GRAPH_Neo4j__Uri or NEO4J_URI).");
        }

        await output.WriteLineAsync("No Neo4j address configured: starting the local server (scripts/neo4j.sh start)…").ConfigureAwait(false);
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { script, "start" },
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };

        // The script's own messages (install progress, errors) go to stderr, inherited as is.
        using var process = Process.Start(start) ?? throw new CommandAbortedException("Could not run scripts/neo4j.sh.");
        var printed = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new CommandAbortedException(
                $"scripts/neo4j.sh start failed (exit code {process.ExitCode}); see its messages above, or set GRAPH_Neo4j__Uri.");
        }

        foreach (var line in printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }

        return Uri;
    }
}
