using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>Troop counts in both number styles, and confidence lowered by hedges.</summary>
public sealed class DeploymentAndConfidenceTests
{
    [Fact]
    public void English_sent_troops_with_an_approximate_count_gives_the_number()
    {
        var result = Extractor.Run("North Korea has sent some 11,000 soldiers to Russia, officials said.", "en");

        var fact = Assert.Single(result.Relations, f => f.Type == "DEPLOYED");
        Assert.Equal("north-korea", fact.Subject);
        Assert.Equal("russia", fact.Object);
        Assert.Equal(11000L, fact.Properties["troops"]);
    }

    [Fact]
    public void A_french_count_with_a_space_is_read()
    {
        var result = Extractor.Run("La Corée du Nord a envoyé 3 000 soldats en Russie.", "fr");

        var fact = Assert.Single(result.Relations, f => f.Type == "DEPLOYED");
        Assert.Equal(3000L, fact.Properties["troops"]);
    }

    [Fact]
    public void Hedged_facts_get_a_lower_confidence_in_both_languages()
    {
        var plain = Extractor.Run("La Corée du Nord a envoyé 3 000 soldats en Russie.", "fr");
        var hedged = Extractor.Run("Selon Séoul, la Corée du Nord aurait envoyé 3 000 soldats en Russie.", "fr");
        var alleged = Extractor.Run("North Korea allegedly sent 3,000 soldiers to Russia.", "en");

        var baseline = plain.Relations.Single(f => f.Type == "DEPLOYED").Confidence;
        Assert.True(hedged.Relations.Single(f => f.Type == "DEPLOYED").Confidence < baseline, hedged.Describe());
        Assert.True(alleged.Relations.Single(f => f.Type == "DEPLOYED").Confidence < baseline, alleged.Describe());
    }

    [Fact]
    public void Weapons_are_not_deployments()
    {
        var result = Extractor.Run("La Russie a déployé des missiles en Biélorussie.", "fr");

        Assert.DoesNotContain(result.Relations, f => f.Type == "DEPLOYED");
    }
}
