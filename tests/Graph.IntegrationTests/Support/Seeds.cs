namespace Graph.IntegrationTests.Support;

/// <summary>The five seed articles of the repository, as real input for end-to-end runs.</summary>
internal static class Seeds
{
    public static readonly string Folder = Path.Combine(Neo4jServerFixture.RepositoryRoot(), "seeds");

    public static IReadOnlyList<string> Files => [.. Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal)];

    /// <summary>Ingests files with <c>graph ingest</c> (the built binary) into an emptied database and returns the dump: the clean run.</summary>
    public static async Task<IReadOnlyList<string>> CleanRunAsync(Neo4jServerFixture server, IEnumerable<string> files)
    {
        using var folder = new TemporaryFolder();
        folder.CopyIn(files);
        await server.ResetAsync();
        var (exitCode, output) = await GraphCli.RunBuiltAsync(server.Options, "ingest", folder.Path);
        Assert.True(exitCode == 0, $"clean ingest exited {exitCode}:\n{output}");
        return await GraphDump.CaptureAsync(server.Client);
    }
}
