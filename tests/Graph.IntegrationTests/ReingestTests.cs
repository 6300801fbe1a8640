using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>
/// Re-ingesting real articles through <c>./graph ingest</c>: an unchanged article changes nothing, a changed one
/// replaces its own contribution, and the result is exactly the graph a clean run over the new files builds.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ReingestTests(Neo4jServerFixture server) : IAsyncLifetime
{
    private const string Changed = "002_791746d41eab7965.txt";
    private static readonly string ChangedId = Graph.Extraction.Loading.ArticleId.FromRelativePath(Changed);

    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_changed_article_replaces_its_contribution_and_restoring_it_restores_the_graph_exactly()
    {
        using var folder = new TemporaryFolder();
        folder.CopyIn(Seeds.Files);
        await IngestAsync(folder.Path);
        var original = await GraphDump.CaptureAsync(server.Client);
        var originalCounts = await server.CountsAsync();
        var originalEvidence = await server.ScalarAsync($"MATCH (ev:Evidence)-[:FROM]->(:Article {{id: '{ChangedId}'}}) RETURN count(ev)");
        Assert.True(originalEvidence > 0, "the article to change should contribute facts");

        // The new version keeps only its first paragraph: most of what it said disappears.
        var path = Path.Combine(folder.Path, Changed);
        var text = await File.ReadAllTextAsync(path);
        var firstParagraph = text[..text.IndexOf('\n', StringComparison.Ordinal)];
        await File.WriteAllTextAsync(path, firstParagraph + "\n");
        var output = await IngestAsync(folder.Path);

        Assert.Contains("1 replaced", output, StringComparison.Ordinal);
        Assert.Contains("4 unchanged", output, StringComparison.Ordinal);
        // Its old evidence is gone: every sentence it still supports lies in the new, shorter text.
        Assert.Equal(0, await server.ScalarAsync(
            $"MATCH (ev:Evidence)-[:FROM]->(:Article {{id: '{ChangedId}'}}) WHERE ev.`end` > {firstParagraph.Length} RETURN count(ev)"));
        // No fact lists it without evidence from it.
        Assert.Equal(0, await server.ScalarAsync(
            """
            MATCH (s:Entity)-[r]->(o) WHERE type(r) <> 'MENTIONS' AND $id IN r.articles
            OPTIONAL MATCH (ev:Evidence)-[:FROM]->(:Article {id: $id})
            WHERE ev.relation = type(r) AND (ev)-[:SUBJECT]->(s) AND (ev)-[:OBJECT]->(o)
            WITH r, count(ev) AS evidence WHERE evidence = 0
            RETURN count(r)
            """,
            new() { ["id"] = ChangedId }));
        var replaced = await GraphDump.CaptureAsync(server.Client);
        var replacedCounts = await server.CountsAsync();
        Assert.True(replacedCounts.Nodes < originalCounts.Nodes && replacedCounts.Relationships < originalCounts.Relationships,
            $"counts before {originalCounts}, after the change {replacedCounts}");

        // Exactly what a clean run over the changed files builds: nothing of the old version lingers.
        GraphDump.AssertSame(await Seeds.CleanRunAsync(server, Directory.GetFiles(folder.Path)), replaced);

        // Back to the original text: back to the original graph, node for node.
        await server.ResetAsync();
        await IngestAsync(folder.Path);
        File.Copy(Path.Combine(Seeds.Folder, Changed), path, overwrite: true);
        var restoredOutput = await IngestAsync(folder.Path);
        Assert.Contains("1 replaced", restoredOutput, StringComparison.Ordinal);
        Assert.Equal(originalCounts, await server.CountsAsync());
        GraphDump.AssertSame(original, await GraphDump.CaptureAsync(server.Client));
    }

    [Fact]
    public async Task Ingesting_the_same_articles_three_times_changes_neither_counts_nor_graph()
    {
        await IngestAsync(Seeds.Folder);
        var counts = await server.CountsAsync();
        var dump = await GraphDump.CaptureAsync(server.Client);

        for (var run = 0; run < 2; run++)
        {
            var output = await IngestAsync(Seeds.Folder);
            Assert.Contains("5 unchanged", output, StringComparison.Ordinal);
        }

        Assert.Equal(counts, await server.CountsAsync());
        GraphDump.AssertSame(dump, await GraphDump.CaptureAsync(server.Client));
    }

    private async Task<string> IngestAsync(string path)
    {
        var (exitCode, output) = await GraphCli.RunAsync(server.Options, "ingest", path);
        Assert.True(exitCode == 0, $"graph ingest exited {exitCode}:\n{output}");
        return output;
    }
}
