using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>A statement is what the speaker said: the quoted words, never the narration between two quotes.</summary>
public sealed class QuotedStatementTests
{
    [Fact]
    public void Narration_between_two_quotes_is_left_out_of_the_statement()
    {
        var result = Extractor.Run(
            "« Nos stocks sont presque vides », a déclaré mardi le ministre Paolo Conti devant les députés, « et il faudra des mois pour les refaire ».", "fr");

        var stated = Assert.Single(result.Relations, f => f.Subject == "paolo-conti" && f.Type == "STATED");
        var statement = Assert.IsType<Graph.Core.Extraction.Statement>(stated.Statement);
        Assert.Equal("Nos stocks sont presque vides […] et il faudra des mois pour les refaire", statement.Text);
        Assert.DoesNotContain("députés", statement.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_quote_is_the_statement_whole()
    {
        var result = Extractor.Run("“Our reserves will last the winter,” the minister Paolo Conti told reporters.", "en");

        var stated = Assert.Single(result.Relations, f => f.Subject == "paolo-conti" && f.Type == "STATED");
        Assert.Equal("Our reserves will last the winter", stated.Statement?.Text);
    }
}
