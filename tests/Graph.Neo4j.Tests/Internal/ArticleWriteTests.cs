using Graph.Neo4j.Internal;
using Graph.Neo4j.Tests.Support;

namespace Graph.Neo4j.Tests.Internal;

public sealed class ArticleWriteTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 4, 5, 6, 7, TimeSpan.Zero);

    [Fact]
    public void Each_label_and_type_gets_its_own_statement_with_a_literal_identifier()
    {
        var statements = ArticleWrite.Statements(Batches.Sample(), Now);

        Assert.Contains(statements, s => s.Text.Contains("SET n:Country", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Text.Contains("SET n:City", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Text.Contains("[r:ATTACKED]", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Text.Contains('%', StringComparison.Ordinal));
    }

    [Fact]
    public void Values_travel_as_parameters_never_in_the_text()
    {
        var statements = ArticleWrite.Statements(Batches.Sample(), Now);

        Assert.DoesNotContain(statements, s => s.Text.Contains("Russia", StringComparison.Ordinal) || s.Text.Contains("a1", StringComparison.Ordinal));
        Assert.Equal("2025-03-04T05:06:07.000Z", statements[0].Parameters["ingestedAt"]);
        Assert.Equal("sha-1", statements[0].Parameters["sha256"]);
    }

    [Fact]
    public void Removal_and_retraction_are_parameterised_by_article_id()
    {
        var retraction = ArticleRemoval.Retraction("a1", ["troops"], ["Country"]);

        Assert.Equal(4, retraction.Count);
        Assert.All(retraction, s => Assert.Equal("a1", s.Parameters["articleId"]));
        Assert.Contains("deleted", retraction[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_are_derived_from_evidence_with_one_rule_per_qualifier_and_labels_named_literally()
    {
        var facts = Derivation.FactsWithout("a1", ["troops", "date", "claimedBy"]);
        var entities = Derivation.EntitiesWithout("a1", ["Country", "Person"]);

        Assert.Contains("r.date = reduce(m = null", facts.Text, StringComparison.Ordinal);
        Assert.Contains("r.troops = head([e IN evidence WHERE e.troops IS NOT NULL | e.troops])", facts.Text, StringComparison.Ordinal);
        Assert.Contains("r.claimedBy = CASE size(", facts.Text, StringComparison.Ordinal);
        Assert.Equal(new List<string> { "a1" }, facts.Parameters["excluded"]);
        Assert.Contains("REMOVE n:Person", entities.Text, StringComparison.Ordinal);
        Assert.Contains("SET n:Country", entities.Text, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Derivation.FactsWithout("a1", ["troops} DETACH DELETE r //"]));
        Assert.Throws<ArgumentException>(() => Derivation.EntitiesWithout("a1", ["Person`) DELETE (n"]));
    }
}
