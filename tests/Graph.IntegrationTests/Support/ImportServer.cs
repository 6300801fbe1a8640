using System.Diagnostics;

namespace Graph.IntegrationTests.Support;

/// <summary>
/// A second, empty Neo4j for import round trips (home <c>.neo4j/import</c>, HTTP 7514, Bolt 7727), wiped before use
/// and stopped on dispose, so the test server's data is never touched.
/// </summary>
internal sealed class ImportServer : IAsyncDisposable
{
    public const int HttpPort = 7514;
    public const int BoltPort = 7727;
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(4);

    private ImportServer(string home, Neo4jClient client)
    {
        Home = home;
        Client = client;
    }

    public string Home { get; }

    public Neo4jClient Client { get; }

    /// <summary>Where LOAD CSV may read <c>file:///NAME</c> from (the server's import directory).</summary>
    public string ImportDirectory => Path.Combine(Home, "neo4j-community-3.1.1", "import");

    public static async Task<ImportServer> StartEmptyAsync()
    {
        var home = Path.Combine(Neo4jServerFixture.RepositoryRoot(), ".neo4j", "import");
        await RunScriptAsync(home, "install");
        await RunScriptAsync(home, "wipe");
        await RunScriptAsync(home, "start", "--http-port", HttpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--bolt-port", BoltPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var client = new Neo4jClient(new Neo4jOptions { Uri = new Uri($"http://localhost:{HttpPort}"), MaxRetries = 3 });
        return new ImportServer(home, client);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await RunScriptAsync(Home, "stop");
    }

    private static async Task RunScriptAsync(string home, params string[] arguments)
    {
        var root = Neo4jServerFixture.RepositoryRoot();
        var start = new ProcessStartInfo("bash") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
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
            throw new InvalidOperationException($"scripts/neo4j.sh {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await stdout}\n{await stderr}");
        }
    }
}
