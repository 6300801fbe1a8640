namespace Graph.IntegrationTests.Support;

/// <summary>All integration tests share one server and run one after another, each starting from an empty graph.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jServerFixture>
{
    public const string Name = "neo4j";
}
