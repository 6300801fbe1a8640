using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// What the ontology declares per relation decides what extraction reads: triggers of the article's own language,
/// objects after a word of opposition only where the relation allows it, qualifiers only where declared.
/// Sentences written for these tests.
/// </summary>
public sealed class RelationFrameTests
{
    [Fact]
    public void An_english_trigger_does_not_fire_in_a_french_article()
    {
        var extraction = Extractor.Run("Vladimir Poutine met en garde Emmanuel Macron contre toute escalade.", "fr", "2024-03-01");

        Assert.DoesNotContain(extraction.Relations, f => f.Type == "MET");
    }

    [Fact]
    public void The_same_word_in_an_english_article_is_a_meeting()
    {
        var extraction = Extractor.Run("Vladimir Putin met Emmanuel Macron in Paris on Monday.", "en", "2024-03-01");

        Assert.True(extraction.Has("vladimir-putin", "MET", "emmanuel-macron"), extraction.Describe());
    }

    [Theory]
    [InlineData("Le Canada a annoncé de nouvelles sanctions contre la Biélorussie.", "fr")]
    [InlineData("Canada imposed new sanctions against Belarus on Friday.", "en")]
    public void A_sanction_target_after_against_is_the_object_because_the_relation_declares_it(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.True(extraction.Has("canada", "SANCTIONED", "belarus"), extraction.Describe());
    }

    [Fact]
    public void A_deployment_still_ignores_the_adversary_after_against()
    {
        var extraction = Extractor.Run("La Corée du Nord a envoyé 3 000 soldats combattre contre l'Ukraine.", "fr", "2024-11-01");

        Assert.DoesNotContain(extraction.Relations, f => f.Type == "DEPLOYED" && f.Object == "ukraine");
    }

    [Fact]
    public void A_weapon_supply_carries_the_weapon_and_no_troop_count()
    {
        var extraction = Extractor.Run("Germany delivered 40 tanks to Ukraine in March.", "en", "2024-05-01");

        var fact = Assert.Single(extraction.Relations, f => f.Type == "SUPPLIED");
        Assert.Equal(("germany", "ukraine"), (fact.Subject, fact.Object));
        Assert.Equal("tanks", fact.Properties["weapon"]);
        Assert.False(fact.Properties.ContainsKey("troops"));
    }
}
