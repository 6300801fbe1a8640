namespace Graph.IntegrationTests.Support;

/// <summary>The five seed articles of the repository, as real input for end-to-end runs.</summary>
internal static class Seeds
{
    public static readonly string Folder = Path.Combine(Neo4jServerFixture.RepositoryRoot(), "seeds");

    public static IReadOnlyList<string> Files => [.. Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal)];

    /// <summary>
    /// The seeds several times over under other names (other article ids, the same entities), staged in a hidden
    /// folder of <paramref name="inbox"/> that no worker scans: more work for a run, so a kill lands in its middle.
    /// </summary>
    public static List<string> Copies(TemporaryFolder inbox, int copies)
    {
        var staging = inbox.Combine(".staging");
        Directory.CreateDirectory(staging);
        var files = new List<string>();
        for (var copy = 0; copy < copies; copy++)
        {
            foreach (var seed in Files)
            {
                var target = Path.Combine(staging, $"c{copy}-{Path.GetFileName(seed)}");
                File.Copy(seed, target, overwrite: true);
                files.Add(target);
            }
        }

        return files;
    }

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
