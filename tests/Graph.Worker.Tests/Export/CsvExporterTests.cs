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
                new DumpNode(1, ["Entity", "Person"], new Dictionary<string, object?> { ["name"] = "Kim \"the\" leader", ["aliases"] = new List<object?> { "Kim", "M. Kim" } }),
                new DumpNode(2, ["Entity", "Treaty"], new Dictionary<string, object?> { ["name"] = "Treaty\nline two" }),
            ],
            [
                new DumpRelationship(7, "DEPLOYED", 1, 2, new Dictionary<string, object?> { ["troops"] = 11000L, ["claimedBy"] = "ukraine" }),
                new DumpRelationship(8, "DEPLOYED", 2, 1, new Dictionary<string, object?> { ["claimedBy"] = new List<object?> { "us", "kr" } }),
            ]);

        await CsvExporter.WriteAsync(dump, _directory, CancellationToken.None);

        var nodes = await File.ReadAllTextAsync(Path.Combine(_directory, "nodes-Entity.csv"));
        Assert.Equal(
            ":ID,:LABEL,aliases:string[],name\n" +
            "\"n1\",\"Entity;Person\",\"Kim;M. Kim\",\"Kim \"\"the\"\" leader\"\n" +
            "\"n2\",\"Entity;Treaty\",,\"Treaty\nline two\"\n",
            nodes);
        var relationships = await File.ReadAllTextAsync(Path.Combine(_directory, "relationships-DEPLOYED.csv"));
        // claimedBy is sometimes one id, sometimes several: one list column for both.
        Assert.Equal(
            ":START_ID,:END_ID,:TYPE,claimedBy:string[],troops:long\n" +
            "\"n1\",\"n2\",\"DEPLOYED\",\"ukraine\",11000\n" +
            "\"n2\",\"n1\",\"DEPLOYED\",\"us;kr\",\n",
            relationships);
        Assert.Contains("--multiline-fields=true", await File.ReadAllTextAsync(Path.Combine(_directory, "import-command.txt")));
    }

    [Fact]
    public void A_list_element_holding_a_semicolon_moves_the_array_delimiter()
    {
        var dump = new GraphDump([new DumpNode(1, ["Entity"], new Dictionary<string, object?> { ["aliases"] = new List<object?> { "a;b" } })], []);
        Assert.Equal('|', CsvExporter.ChooseArrayDelimiter(dump));
    }
}
