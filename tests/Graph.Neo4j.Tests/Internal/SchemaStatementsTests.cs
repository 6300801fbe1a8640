using Graph.Neo4j.Internal;

namespace Graph.Neo4j.Tests.Internal;

public sealed class SchemaStatementsTests
{
    [Fact]
    public void Neo4j_3_uses_the_unnamed_on_assert_form()
    {
        var ddl = SchemaStatements.ForVersion(3, 1);

        Assert.Equal("CREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE", ddl[0]);
        Assert.Equal(5, ddl.Count);
        Assert.Equal("CREATE INDEX ON :Evidence(fact)", ddl[4]);
        Assert.DoesNotContain(ddl, d => d.Contains("IF NOT EXISTS", StringComparison.Ordinal));
    }

    [Fact]
    public void Neo4j_4_0_uses_a_named_constraint_without_if_not_exists()
    {
        Assert.Equal("CREATE CONSTRAINT entity_id ON (n:Entity) ASSERT n.id IS UNIQUE", SchemaStatements.ForVersion(4, 0)[0]);
    }

    [Theory]
    [InlineData(4, 1)]
    [InlineData(4, 3)]
    public void Neo4j_4_1_to_4_3_use_if_not_exists_with_on_assert(int major, int minor)
    {
        Assert.Equal(
            "CREATE CONSTRAINT article_id IF NOT EXISTS ON (n:Article) ASSERT n.id IS UNIQUE",
            SchemaStatements.ForVersion(major, minor)[1]);
    }

    [Theory]
    [InlineData(4, 4)]
    [InlineData(5, 26)]
    [InlineData(2025, 1)]
    public void Neo4j_4_4_and_later_use_for_require(int major, int minor)
    {
        var ddl = SchemaStatements.ForVersion(major, minor);

        Assert.Equal(
        [
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE",
            "CREATE INDEX evidence_fact IF NOT EXISTS FOR (n:Evidence) ON (n.fact)",
        ], ddl);
    }

    [Fact]
    public void An_equivalent_existing_constraint_counts_as_success()
    {
        Assert.True(SchemaStatements.IsAlreadyExists("Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"));
        Assert.False(SchemaStatements.IsAlreadyExists("Neo.ClientError.Statement.SyntaxError"));
    }
}
