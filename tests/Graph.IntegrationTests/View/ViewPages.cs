using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests.View;

/// <summary>Runs <c>./graph view</c> against the test server, and keeps the README's screenshots.</summary>
internal static class ViewPages
{
    private static readonly string Root = Neo4jServerFixture.RepositoryRoot();

    public static string Seeds { get; } = Path.Combine(Root, "seeds");

    public static async Task<string> WriteAsync(Neo4jServerFixture server, string path, params string[] options)
    {
        var (exitCode, output) = await GraphCli.RunAsync(server.Options, ["view", "--out", path, .. options]);
        Assert.True(exitCode == 0, output);
        Assert.True(File.Exists(path), output);
        return "file://" + path;
    }

    public static async Task IngestAsync(Neo4jServerFixture server, params string[] paths)
    {
        var (exitCode, output) = await GraphCli.RunAsync(server.Options, ["ingest", .. paths]);
        Assert.True(exitCode == 0, output);
    }

    /// <summary>
    /// Screenshots always go to artifacts/screenshots; docs/ (shown by the README) gets them when missing or when
    /// GRAPH_UPDATE_SCREENSHOTS=1, so an ordinary test run leaves the working tree clean.
    /// </summary>
    public static async Task ScreenshotAsync(Microsoft.Playwright.IPage page, string name, Microsoft.Playwright.ILocator? only = null)
    {
        var artifacts = Path.Combine(Root, "artifacts", "screenshots");
        Directory.CreateDirectory(artifacts);
        var path = Path.Combine(artifacts, name);
        var bytes = only is null
            ? await page.ScreenshotAsync(new() { Path = path })
            : await only.ScreenshotAsync(new() { Path = path });
        var docs = Path.Combine(Root, "docs", name);
        if (!File.Exists(docs) || Environment.GetEnvironmentVariable("GRAPH_UPDATE_SCREENSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(docs)!);
            await File.WriteAllBytesAsync(docs, bytes);
        }
    }
}
