using System.Diagnostics;

namespace Graph.IntegrationTests.Support;

/// <summary>
/// Runs the real command line (<c>./graph</c> at the repository root) against the test server: the same path a
/// user takes, from files on disk to the graph.
/// </summary>
internal static class GraphCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(8);

    public static async Task<(int ExitCode, string Output)> RunAsync(Neo4jOptions neo4j, params string[] arguments)
    {
        var root = Neo4jServerFixture.RepositoryRoot();
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(root, "graph"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["NEO4J_URI"] = neo4j.Uri.ToString();
        if (neo4j.User is { } user)
        {
            start.Environment["NEO4J_USER"] = user;
            start.Environment["NEO4J_PASSWORD"] = neo4j.Password ?? "";
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run bash.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}
