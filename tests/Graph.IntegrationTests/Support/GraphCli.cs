using System.Diagnostics;

namespace Graph.IntegrationTests.Support;

/// <summary>
/// Runs the real command line (<c>./graph</c> at the repository root) against the test server: the same path a
/// user takes, from files on disk to the graph.
/// </summary>
internal static class GraphCli
{
    // A hang guard, never a speed limit: a first run builds graph, and a loaded machine makes every step slow.
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(15);
    private static readonly SemaphoreSlim BuildLock = new(1, 1);
    private static string? _built;

    public static Task<(int ExitCode, string Output)> RunAsync(Neo4jOptions neo4j, params string[] arguments) =>
        RunAsync(neo4j, [], arguments);

    /// <param name="settings">Extra environment variables, e.g. <c>GRAPH_Neo4j__MaxRetries</c>.</param>
    public static Task<(int ExitCode, string Output)> RunAsync(
        Neo4jOptions neo4j, (string Key, string Value)[] settings, params string[] arguments) =>
        RunAsync("bash", Path.Combine(Neo4jServerFixture.RepositoryRoot(), "graph"), neo4j, settings, arguments);

    /// <summary>
    /// Runs the already built <c>graph.dll</c>, never rebuilding: the binary a worker under test runs, so that a
    /// reference run compared with the worker's result uses the same code even while sources are being edited.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunBuiltAsync(Neo4jOptions neo4j, params string[] arguments) =>
        await RunAsync("dotnet", await EnsureBuiltAsync(), neo4j, [], arguments);

    private static async Task<(int ExitCode, string Output)> RunAsync(
        string program, string entry, Neo4jOptions neo4j, (string Key, string Value)[] settings, string[] arguments)
    {
        var root = Neo4jServerFixture.RepositoryRoot();
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(entry);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        SetConnection(start, neo4j);
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run bash.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>The address and, when set, the credentials, as the plain variables a user would set.</summary>
    public static void SetConnection(ProcessStartInfo start, Neo4jOptions neo4j)
    {
        start.Environment["NEO4J_URI"] = neo4j.Uri.ToString();
        if (neo4j.User is { } user)
        {
            start.Environment["NEO4J_USER"] = user;
            start.Environment["NEO4J_PASSWORD"] = neo4j.Password ?? "";
        }
    }

    /// <summary>Builds <c>artifacts/bin/graph.dll</c> through <c>./graph</c> once per test run; returns its path.</summary>
    public static async Task<string> EnsureBuiltAsync()
    {
        await BuildLock.WaitAsync();
        try
        {
            if (_built is null)
            {
                // Another build (./graph from another shell) may be rewriting artifacts/bin at this moment: try again.
                var (exitCode, output) = (0, "");
                for (var attempt = 0; attempt < 3; attempt++)
                {
                    (exitCode, output) = await RunAsync(new Neo4jOptions(), "--version");
                    if (exitCode == 0)
                    {
                        break;
                    }

                    await Task.Delay(TimeSpan.FromSeconds(5));
                }

                Assert.True(exitCode == 0, $"./graph --version failed:\n{output}");
                _built = Path.Combine(Neo4jServerFixture.RepositoryRoot(), "artifacts", "bin", "graph.dll");
            }

            return _built;
        }
        finally
        {
            BuildLock.Release();
        }
    }
}
