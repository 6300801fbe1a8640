using Graph.Worker.Export;

namespace Graph.Worker.Tests.Export;

public sealed class CsvExporterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("graph-csv-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Files_follow_the_neo4j_admin_import_header_conventions()
    {
        var dump = new GraphDump(
            [
                new DumpNode("Entity", "kim", ["Entity", "Person"], new Dictionary<string, object?> { ["name"] = "Kim \"the\" leader", ["aliases"] = new List<object?> { "Kim", "M. Kim" } }),
                new DumpNode("Entity", "treaty", ["Entity", "Treaty"], new Dictionary<string, object?> { ["name"] = "Treaty\nline two" }),
            ],
            [
                new DumpRelationship("Entity:kim", "DEPLOYED", "Entity:treaty", new Dictionary<string, object?> { ["troops"] = 11000L, ["claimedBy"] = "ukraine" }),
                new DumpRelationship("Entity:treaty", "DEPLOYED", "Entity:kim", new Dictionary<string, object?> { ["claimedBy"] = new List<object?> { "us", "kr" } }),
            ]);

        await CsvExporter.WriteAsync(dump, _directory, 5, CancellationToken.None);

        var nodes = await File.ReadAllTextAsync(Path.Combine(_directory, "nodes-Entity.csv"));
        Assert.Equal(
            ":ID,:LABEL,aliases:string[],name\n" +
            "\"Entity:kim\",\"Entity;Person\",\"Kim;M. Kim\",\"Kim \"\"the\"\" leader\"\n" +
            "\"Entity:treaty\",\"Entity;Treaty\",,\"Treaty\nline two\"\n",
            nodes);
        var relationships = await File.ReadAllTextAsync(Path.Combine(_directory, "relationships-DEPLOYED.csv"));
        // claimedBy is sometimes one id, sometimes several: one list column for both.
        Assert.Equal(
            ":START_ID,:END_ID,:TYPE,claimedBy:string[],troops:long\n" +
            "\"Entity:kim\",\"Entity:treaty\",\"DEPLOYED\",\"ukraine\",11000\n" +
            "\"Entity:treaty\",\"Entity:kim\",\"DEPLOYED\",\"us;kr\",\n",
            relationships);
        Assert.Contains("--multiline-fields=true", await File.ReadAllTextAsync(Path.Combine(_directory, "import-command.txt")));
    }

    [Fact]
    public void A_list_element_holding_a_semicolon_moves_the_array_delimiter()
    {
        var dump = new GraphDump([new DumpNode("Entity", "a", ["Entity"], new Dictionary<string, object?> { ["aliases"] = new List<object?> { "a;b" } })], []);
        Assert.Equal('|', CsvExporter.ChooseArrayDelimiter(dump));
    }
}
