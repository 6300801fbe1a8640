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
        var troops = Extractor.Run("La Russie a déployé des soldats en Biélorussie.", "fr");

        Assert.DoesNotContain(result.Relations, f => f.Type == "DEPLOYED");
        Assert.True(troops.Has("russia", "DEPLOYED", "belarus"), troops.Describe());
    }
    [Fact]
    public void An_announced_deployment_counts_with_less_confidence_than_a_done_one()
    {
        var announced = Extractor.Run("La France va déployer 300 soldats en Lituanie.", "fr");
        var done = Extractor.Run("La France a déployé 300 soldats en Lituanie.", "fr");

        var future = Assert.Single(announced.Relations, f => f.Type == "DEPLOYED");
        var past = Assert.Single(done.Relations, f => f.Type == "DEPLOYED");
        Assert.Equal(("france", "lithuania"), (future.Subject, future.Object));
        Assert.True(future.Confidence < past.Confidence, $"{future.Confidence} vs {past.Confidence}");
    }

    [Fact]
    public void A_possible_deployment_is_still_rejected()
    {
        var result = Extractor.Run("La France pourrait déployer 300 soldats en Lituanie.", "fr");
        var done = Extractor.Run("La France a déployé 300 soldats en Lituanie.", "fr");

        Assert.DoesNotContain(result.Relations, f => f.Type == "DEPLOYED");
        Assert.True(done.Has("france", "DEPLOYED", "lithuania"), done.Describe());
    }

    [Fact]
    public void A_leader_who_sends_troops_deploys_them_for_the_state_named_in_the_title()
    {
        var result = Extractor.Run("Le président biélorusse Alexandre Loukachenko a décidé d'envoyer 2 000 soldats à la frontière polonaise, en Pologne.", "fr");

        Assert.True(result.Has("belarus", "DEPLOYED"), result.Describe());
        Assert.DoesNotContain(result.Relations, f => f.Type == "DEPLOYED" && f.Subject != "belarus");
    }

    [Fact]
    public void A_leaders_regime_speaks_for_the_state()
    {
        var result = Extractor.Run("Le régime de Kim Jong-un a promis un soutien supplémentaire.", "fr");

        Assert.True(result.Has("north-korea", "STATED"), result.Describe());
    }
    [Fact]
    public void A_place_in_a_later_relative_clause_is_not_the_destination()
    {
        var result = Extractor.Run("Pyongyang a envoyé 2 000 soldats en Russie, a affirmé Séoul, qui précise que le Nord livre aussi des obus à Moscou.", "fr");

        Assert.True(result.Has("north-korea", "DEPLOYED", "russia"), result.Describe());
        Assert.False(result.Has("north-korea", "DEPLOYED", "moscow"), result.Describe());
    }
}
