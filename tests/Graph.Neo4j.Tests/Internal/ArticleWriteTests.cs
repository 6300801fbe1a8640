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
        var retraction = ArticleRemoval.Retraction("a1");

        Assert.Equal(3, retraction.Count);
        Assert.All(retraction, s => Assert.Equal("a1", s.Parameters["articleId"]));
        Assert.Contains("deleted", retraction[^1].Text, StringComparison.Ordinal);
    }
}
