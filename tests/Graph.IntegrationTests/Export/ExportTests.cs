using System.Text.Json;
using System.Xml.Linq;
using Graph.IntegrationTests.Support;
using Graph.IntegrationTests.View;

namespace Graph.IntegrationTests.Export;

/// <summary><c>./graph export</c> on the seeds, checked against the database it came from.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class ExportTests(Neo4jServerFixture server) : IAsyncLifetime, IDisposable
{
    private readonly TemporaryFolder _temp = new();

    public async Task InitializeAsync()
    {
        await server.ResetAsync();
        await ViewPages.IngestAsync(server, ViewPages.Seeds);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_csv_export_loads_into_an_empty_neo4j_with_the_same_counts_per_label_and_type()
    {
        var directory = await ExportAsync("csv");
        Assert.True(File.Exists(Path.Combine(directory, "nodes-Entity.csv")));
        Assert.StartsWith(":ID,:LABEL,", File.ReadLines(Path.Combine(directory, "nodes-Entity.csv")).First());
        Assert.StartsWith(":START_ID,:END_ID,:TYPE", File.ReadLines(Path.Combine(directory, "relationships-SIGNED.csv")).First());
        var command = await File.ReadAllTextAsync(Path.Combine(directory, "import-command.txt"));
        Assert.Contains("bin/neo4j-admin import --mode=csv", command); // the test server is 3.1.1
        Assert.Contains("--array-delimiter=';'", command);

        var expected = await CountsAsync(server.Client);
        await using var target = await ImportServer.StartEmptyAsync();
        Assert.Equal("nodes 0", (await CountsAsync(target.Client))[0]);
        await LoadCsvImporter.ImportAsync(target.Client, directory, target.ImportDirectory, ';');

        Assert.Equal(expected, await CountsAsync(target.Client));
        // Values survive too: a list, a long and a date on the deployment to Kursk.
        var rows = await target.Client.RunAsync(
            "MATCH (:Entity {id: 'north-korea'})-[d:DEPLOYED]->(:Entity {id: 'kursk-oblast'}) RETURN d.troops AS troops, d.date AS date, d.articles AS articles",
            CancellationToken.None);
        var row = Assert.Single(rows);
        Assert.Equal(11000L, row["troops"]);
        Assert.Equal("2024-08", row["date"]);
        Assert.Equal(2, ((List<object?>)row["articles"]!).Count);
    }

    [Fact]
    public async Task The_graphml_export_declares_its_keys_and_has_every_node_and_edge()
    {
        var file = Path.Combine(await ExportAsync("graphml"), "graph.graphml");
        var xml = XDocument.Load(file);
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";

        var (nodes, relationships) = await server.CountsAsync();
        Assert.Equal(nodes, xml.Descendants(g + "node").Count());
        Assert.Equal(relationships, xml.Descendants(g + "edge").Count());
        var keys = xml.Descendants(g + "key").Select(k => (string)k.Attribute("id")!).ToHashSet();
        Assert.All(xml.Descendants(g + "data"), d => Assert.Contains((string)d.Attribute("key")!, keys));
        Assert.Contains(xml.Descendants(g + "edge"), e => e.Elements(g + "data").Any(d => d.Value == "SIGNED"));
        Assert.Contains(xml.Descendants(g + "node"), n => n.Elements(g + "data").Any(d => d.Value == "Kim Jong-un"));
    }

    [Fact]
    public async Task The_jsonl_export_has_one_line_per_node_and_relationship_with_typed_values()
    {
        var file = Path.Combine(await ExportAsync("jsonl"), "graph.jsonl");
        var lines = (await File.ReadAllLinesAsync(file)).Select(l => JsonDocument.Parse(l).RootElement).ToList();

        var (nodes, relationships) = await server.CountsAsync();
        Assert.Equal(nodes, lines.Count(l => l.GetProperty("type").GetString() == "node"));
        Assert.Equal(relationships, lines.Count(l => l.GetProperty("type").GetString() == "relationship"));
        var deployed = lines.First(l => l.TryGetProperty("label", out var t) && t.GetString() == "DEPLOYED"
            && l.GetProperty("properties").TryGetProperty("troops", out var troops) && troops.ValueKind == JsonValueKind.Number);
        Assert.Equal(JsonValueKind.Array, deployed.GetProperty("properties").GetProperty("articles").ValueKind);
        Assert.Contains("Corée du Nord", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task Keys_are_the_graphs_own_ids_and_paging_reads_every_node_and_relationship_once_in_a_stable_order()
    {
        var whole = await File.ReadAllTextAsync(Path.Combine(await ExportAsync("jsonl"), "graph.jsonl"));
        // Pages of three nodes: every kind spans many pages, so keyset paging is exercised on every boundary.
        var paged = await File.ReadAllTextAsync(Path.Combine(await ExportAsync("jsonl", "paged", ("GRAPH_Graph__ExportPageSize", "3")), "graph.jsonl"));

        Assert.Equal(whole, paged);
        var lines = whole.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var ids = lines.Select(l => l.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("Entity:kim-jong-un", ids);
        Assert.Contains("Entity:north-korea:DEPLOYED:Entity:kursk-oblast", ids);
        Assert.Contains(ids, id => id.StartsWith("Article:", StringComparison.Ordinal));
        Assert.Contains(ids, id => id.StartsWith("Evidence:", StringComparison.Ordinal));
        Assert.Contains(ids, id => id.StartsWith("Statement:", StringComparison.Ordinal));
        var nodeIds = lines.Where(l => l.GetProperty("type").GetString() == "node").Select(l => l.GetProperty("id").GetString()).ToHashSet();
        Assert.All(lines.Where(l => l.GetProperty("type").GetString() == "relationship"), r =>
        {
            Assert.Contains(r.GetProperty("start").GetString(), nodeIds);
            Assert.Contains(r.GetProperty("end").GetString(), nodeIds);
        });
    }

    private async Task<string> ExportAsync(string format, string? folder = null, params (string Key, string Value)[] settings)
    {
        var directory = Path.Combine(_temp.Path, folder ?? format);
        var (exitCode, output) = await GraphCli.RunAsync(server.Options, settings, "export", "--format", format, "--out", directory);
        Assert.True(exitCode == 0, output);
        return directory;
    }

    private static async Task<List<string>> CountsAsync(Neo4jClient client)
    {
        var none = CancellationToken.None;
        var counts = new List<string> { $"nodes {(await client.RunAsync("MATCH (n) RETURN count(n) AS c", none))[0]["c"]}" };
        counts.Add($"relationships {(await client.RunAsync("MATCH ()-[r]->() RETURN count(r) AS c", none))[0]["c"]}");
        foreach (var row in await client.RunAsync("MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c ORDER BY label", none))
        {
            counts.Add($":{row["label"]} {row["c"]}");
        }

        foreach (var row in await client.RunAsync("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS c ORDER BY type", none))
        {
            counts.Add($"[:{row["type"]}] {row["c"]}");
        }

        return counts;
    }
}
