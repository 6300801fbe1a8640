namespace Graph.IntegrationTests.Support;

/// <summary>
/// A Neo4j instance of its own for a test that stops it or changes its security, so the shared test server is left
/// alone: home <c>.neo4j/&lt;name&gt;</c> in the repository, its own ports. Stopped on dispose.
/// </summary>
internal sealed class ExtraServer(string name, int httpPort, int boltPort, bool auth = false) : IAsyncDisposable
{
    private readonly string _home = Path.Combine(Neo4jServerFixture.RepositoryRoot(), ".neo4j", name);

    public Uri Uri { get; } = new($"http://localhost:{httpPort}");

    public Neo4jOptions Options(string? user = null, string? password = null) =>
        new() { Uri = Uri, User = user, Password = password, MaxRetries = 2 };

    /// <summary>Stops the instance and deletes its data (users and passwords included).</summary>
    public Task WipeAsync() => Neo4jServerFixture.RunScriptAsync(_home, "wipe");

    public Task StartAsync()
    {
        string[] arguments = ["start", "--http-port", $"{httpPort}", "--bolt-port", $"{boltPort}"];
        return Neo4jServerFixture.RunScriptAsync(_home, auth ? [.. arguments, "--auth"] : arguments);
    }

    public Task StopAsync() => Neo4jServerFixture.RunScriptAsync(_home, "stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (InvalidOperationException)
        {
            // Already stopped or never installed.
        }
    }
}
