using System.Diagnostics;

namespace Graph.IntegrationTests.Support;

/// <summary>
/// A real Neo4j for the tests. Unless GRAPH_TEST_NEO4J_URI names an existing server, starts an isolated instance
/// with <c>scripts/neo4j.sh</c> (home <c>.neo4j/test</c> inside the repo, HTTP 7484, Bolt 7697, so a development
/// server on 7474 is left alone) and stops it when the collection is done.
/// </summary>
public sealed class Neo4jServerFixture : IAsyncLifetime
{
    private const int HttpPort = 7484;
    private const int BoltPort = 7697;
    // Install and start: under heavy load the server alone may take minutes (scripts/neo4j.sh waits up to 600 s).
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(15);

    private string? _startedHome;

    public Neo4jClient Client { get; private set; } = null!;

    public Neo4jGraphStore Store { get; private set; } = null!;

    public Neo4jOptions Options { get; private set; } = null!;

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}; run the tests from the repository.");
    }

    public async Task InitializeAsync()
    {
        var existing = Environment.GetEnvironmentVariable("GRAPH_TEST_NEO4J_URI");
        if (string.IsNullOrWhiteSpace(existing))
        {
            _startedHome = Path.Combine(RepositoryRoot(), ".neo4j", "test");
            await RunScriptAsync(_startedHome, "start", "--http-port", HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bolt-port", BoltPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Options = new Neo4jOptions
        {
            Uri = new Uri(string.IsNullOrWhiteSpace(existing) ? $"http://localhost:{HttpPort}" : existing),
            User = Environment.GetEnvironmentVariable("GRAPH_TEST_NEO4J_USER"),
            Password = Environment.GetEnvironmentVariable("GRAPH_TEST_NEO4J_PASSWORD"),
            MaxRetries = 3,
        };
        Client = new Neo4jClient(Options);
        Store = new Neo4jGraphStore(Client);
        await Store.EnsureSchemaAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_startedHome is not null)
        {
            await RunScriptAsync(_startedHome, "stop");
        }
    }

    /// <summary>Empties the database; constraints stay.</summary>
    public Task ResetAsync() => Client.RunAsync("MATCH (n) DETACH DELETE n", CancellationToken.None);

    public async Task<long> ScalarAsync(string cypher, Dictionary<string, object?>? parameters = null)
    {
        var rows = await Client.RunAsync(cypher, parameters ?? [], CancellationToken.None);
        return (long)rows.Single().Values.Single()!;
    }

    public async Task<(long Nodes, long Relationships)> CountsAsync() =>
        (await ScalarAsync("MATCH (n) RETURN count(n) AS c"), await ScalarAsync("MATCH ()-[r]->() RETURN count(r) AS c"));

    /// <summary>Runs scripts/neo4j.sh for the instance in <paramref name="home"/>; fails with its output.</summary>
    internal static async Task RunScriptAsync(string home, params string[] arguments)
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(root, "scripts", "neo4j.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GRAPH_NEO4J_HOME"] = home;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not run bash.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"scripts/neo4j.sh {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }
}
