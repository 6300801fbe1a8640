using Graph.Neo4j.Internal;
using Graph.Neo4j.Tests.Support;

namespace Graph.Neo4j.Tests.Internal;

public sealed class ServerDiscoveryTests
{
    private static readonly Uri Base = new("http://localhost:7474");

    [Fact]
    public void A_3x_root_points_to_the_data_document()
    {
        var step = ServerDiscovery.ParseRoot(Documents.Root3, Base, "neo4j");

        Assert.Null(step.Server);
        Assert.Equal("http://localhost:7474/db/data/", step.DataUri!.AbsoluteUri);
    }

    [Fact]
    public void A_3x_data_document_gives_the_transaction_endpoint_and_version()
    {
        var server = ServerDiscovery.ParseDataDocument(Documents.Data3, Base);

        Assert.Equal("3.1.1", server.Version);
        Assert.Equal((3, 1), (server.Major, server.Minor));
        Assert.Equal(Neo4jEndpointKind.Transactional, server.EndpointKind);
        Assert.Equal("http://localhost:7474/db/data/transaction", server.Endpoint.AbsoluteUri);
    }

    [Fact]
    public void A_4x_root_gives_the_transaction_endpoint_of_the_configured_database()
    {
        var server = ServerDiscovery.ParseRoot(Documents.Root44, Base, "news").Server!;

        Assert.Equal((4, 4), (server.Major, server.Minor));
        Assert.Equal(Neo4jEndpointKind.Transactional, server.EndpointKind);
        Assert.Equal("http://localhost:7474/db/news/tx", server.Endpoint.AbsoluteUri);
    }

    [Fact]
    public void A_5x_root_without_query_uses_the_transaction_endpoint()
    {
        var server = ServerDiscovery.ParseRoot(Documents.Root525, Base, "neo4j").Server!;

        Assert.Equal(Neo4jEndpointKind.Transactional, server.EndpointKind);
        Assert.Equal("http://localhost:7474/db/neo4j/tx", server.Endpoint.AbsoluteUri);
    }

    [Fact]
    public void A_5_19_root_advertising_query_and_transaction_uses_the_transaction_endpoint()
    {
        var server = ServerDiscovery.ParseRoot(Documents.Root519, Base, "neo4j").Server!;

        Assert.Equal((5, 19), (server.Major, server.Minor));
        Assert.Equal(Neo4jEndpointKind.Transactional, server.EndpointKind);
        Assert.Equal("http://localhost:7474/db/neo4j/tx", server.Endpoint.AbsoluteUri);
    }

    [Fact]
    public void A_root_advertising_only_query_uses_the_query_api()
    {
        var server = ServerDiscovery.ParseRoot(Documents.Root526QueryOnly, Base, "neo4j").Server!;

        Assert.Equal(Neo4jEndpointKind.QueryApi, server.EndpointKind);
        Assert.Equal("http://localhost:7474/db/neo4j/query/v2", server.Endpoint.AbsoluteUri);
        Assert.True(server.ExplicitTransactions);
    }

    [Fact]
    public void Advertised_hosts_are_replaced_by_the_configured_one()
    {
        var server = ServerDiscovery.ParseRoot(Documents.Root519, new Uri("https://graph.example.org:8443"), "neo4j").Server!;

        Assert.Equal("https://graph.example.org:8443/db/neo4j/tx", server.Endpoint.AbsoluteUri);
    }

    [Fact]
    public void A_document_that_is_not_neo4j_is_refused()
    {
        var e = Assert.Throws<Neo4jException>(() => ServerDiscovery.ParseRoot("""{"hello":"world"}""", Base, "neo4j"));

        Assert.Equal("Graph.Neo4j.Discovery", e.Code);
        Assert.False(e.IsTransient);
    }

    [Theory]
    [InlineData("3.1.1", 3, 1)]
    [InlineData("4.0.12", 4, 0)]
    [InlineData("5.26.0-aura", 5, 26)]
    [InlineData("2025.01.0", 2025, 1)]
    public void Versions_are_read_as_major_and_minor(string version, int major, int minor)
    {
        Assert.Equal((major, minor), ServerVersion.Parse(version));
    }
}
