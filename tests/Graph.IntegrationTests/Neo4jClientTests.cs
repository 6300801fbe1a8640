using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests;

/// <summary>The client against a real Neo4j: discovery, value round trips, atomicity.</summary>
[Collection(Neo4jCollection.Name)]
public sealed class Neo4jClientTests(Neo4jServerFixture server) : IAsyncLifetime
{
    public Task InitializeAsync() => server.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Discovery_finds_the_server_version_and_an_endpoint()
    {
        var info = await server.Client.GetServerInfoAsync(CancellationToken.None);

        Assert.True(info.Major >= 3);
        Assert.Equal(server.Options.Uri.Authority, info.Endpoint.Authority);
    }

    [Fact]
    public async Task Parameters_and_results_round_trip_as_plain_values()
    {
        var row = (await server.Client.RunAsync(
            "RETURN $s AS s, $l AS l, $d AS d, $b AS b, $list AS list, $map AS map, $none AS none",
            new Dictionary<string, object?>
            {
                ["s"] = "ünïcødé \"quoted\"", ["l"] = 9_007_199_254_740_993L, ["d"] = 2.0, ["b"] = true,
                ["list"] = new[] { "x", "y" }, ["map"] = new Dictionary<string, object?> { ["k"] = 1 }, ["none"] = null,
            },
            CancellationToken.None)).Single();

        Assert.Equal("ünïcødé \"quoted\"", row["s"]);
        Assert.Equal(9_007_199_254_740_993L, row["l"]);
        Assert.Equal(2.0, row["d"]);
        Assert.Equal(true, row["b"]);
        Assert.Equal(new List<object?> { "x", "y" }, row["list"]);
        Assert.Equal(1L, ((Dictionary<string, object?>)row["map"]!)["k"]);
        Assert.Null(row["none"]);
    }

    [Fact]
    public async Task A_failing_statement_rolls_back_the_whole_transaction()
    {
        var e = await Assert.ThrowsAsync<Neo4jException>(() => server.Client.RunInTransactionAsync(
            [new CypherStatement("CREATE (:Probe {id: 1})"), new CypherStatement("RETRN 1")], CancellationToken.None));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Equal(0, await server.ScalarAsync("MATCH (p:Probe) RETURN count(p)"));
    }
}
