using Graph.Worker.Hosting;
using Graph.Worker.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace Graph.Worker.Tests.Hosting;

public sealed class GraphConfigurationTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Plain_neo4j_variables_are_mapped_onto_the_neo4j_section()
    {
        var variables = new Dictionary<string, string?> { ["NEO4J_URI"] = "http://db:7474", ["NEO4J_USER"] = "neo4j", ["NEO4J_PASSWORD"] = "" };

        var values = GraphConfiguration.PlainNeo4jVariables(variables.GetValueOrDefault);

        Assert.Equal(new Dictionary<string, string?> { ["Neo4j:Uri"] = "http://db:7474", ["Neo4j:User"] = "neo4j" }, values);
    }

    [Fact]
    public void An_aura_credentials_file_sourced_into_the_environment_configures_uri_user_password_and_database()
    {
        // The variables of the file Aura hands out ("set -a; . ./Neo4j-credentials.txt").
        var variables = new Dictionary<string, string?>
        {
            ["NEO4J_URI"] = "neo4j+s://abc12345.databases.neo4j.io",
            ["NEO4J_USERNAME"] = "neo4j",
            ["NEO4J_PASSWORD"] = "aura-secret",
            ["NEO4J_DATABASE"] = "neo4j",
            ["AURA_INSTANCEID"] = "abc12345",
        };

        var values = GraphConfiguration.PlainNeo4jVariables(variables.GetValueOrDefault);

        Assert.Equal("neo4j+s://abc12345.databases.neo4j.io", values["Neo4j:Uri"]);
        Assert.Equal("neo4j", values["Neo4j:User"]);
        Assert.Equal("aura-secret", values["Neo4j:Password"]);
        Assert.Equal("neo4j", values["Neo4j:Database"]);
        Assert.Equal(4, values.Count);
    }

    [Fact]
    public void Neo4j_user_wins_over_neo4j_username_when_both_are_set()
    {
        var variables = new Dictionary<string, string?> { ["NEO4J_USER"] = "admin", ["NEO4J_USERNAME"] = "neo4j" };

        Assert.Equal("admin", GraphConfiguration.PlainNeo4jVariables(variables.GetValueOrDefault)["Neo4j:User"]);
    }

    [Fact]
    public void Prefixed_variables_win_over_appsettings_and_plain_variables()
    {
        File.WriteAllText(folder.Combine("appsettings.json"), """{ "Graph": { "Inbox": "from-json" }, "Neo4j": { "Uri": "" } }""");
        var variable = "GRAPH_Graph__Inbox";
        Environment.SetEnvironmentVariable(variable, "from-env");
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddGraphSources(folder.Path, name => name == "NEO4J_URI" ? "http://plain:7474" : null)
                .Build();

            Assert.Equal("from-env", configuration["Graph:Inbox"]);
            Assert.Equal("http://plain:7474", configuration["Neo4j:Uri"]);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
