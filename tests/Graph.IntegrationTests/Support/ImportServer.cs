namespace Graph.IntegrationTests.Support;

/// <summary>
/// A second, empty Neo4j for import round trips (home <c>.neo4j/import</c>, HTTP 7514, Bolt 7727), wiped before use
/// and stopped on dispose, so the test server's data is never touched.
/// </summary>
internal sealed class ImportServer : IAsyncDisposable
{
    public const int HttpPort = 7514;
    public const int BoltPort = 7727;

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

    private static Task RunScriptAsync(string home, params string[] arguments) =>
        Neo4jServerFixture.RunScriptAsync(home, arguments);
}
