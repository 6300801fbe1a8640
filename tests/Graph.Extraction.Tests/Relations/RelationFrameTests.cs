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
        var frenchMeeting = Extractor.Run("Vladimir Poutine a rencontré Emmanuel Macron à Paris lundi.", "fr", "2024-03-01");

        Assert.DoesNotContain(extraction.Relations, f => f.Type == "MET");
        Assert.True(frenchMeeting.Has("vladimir-putin", "MET", "emmanuel-macron"), frenchMeeting.Describe());
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
        var toAPlace = Extractor.Run("La Corée du Nord a envoyé 3 000 soldats en Russie.", "fr", "2024-11-01");

        Assert.DoesNotContain(extraction.Relations, f => f.Type == "DEPLOYED" && f.Object == "ukraine");
        Assert.True(toAPlace.Has("north-korea", "DEPLOYED", "russia"), toAPlace.Describe());
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

    [Theory]
    [InlineData("The United States sanctioned Russia, Belarus and Iran on Friday.", "en")]
    [InlineData("Les États-Unis ont sanctionné la Russie, la Biélorussie ainsi que l'Iran vendredi.", "fr")]
    public void A_list_of_objects_gives_one_fact_each(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        foreach (var target in new[] { "russia", "belarus", "iran" })
        {
            Assert.True(extraction.Has("united-states", "SANCTIONED", target), extraction.Describe());
        }
    }

    [Fact]
    public void A_comma_alone_is_an_apposition_not_a_list()
    {
        var extraction = Extractor.Run("The European Union sanctioned Russia, its eastern neighbour, in June.", "en", "2024-07-01");

        Assert.Single(extraction.Relations, f => f.Type == "SANCTIONED");
    }

    [Theory]
    [InlineData("Olaf Scholz and Emmanuel Macron held talks with each other in Berlin.", "en")]
    [InlineData("Olaf Scholz et Emmanuel Macron se sont rencontrés à Berlin mardi.", "fr")]
    [InlineData("A long meeting in Berlin between Olaf Scholz and Emmanuel Macron ended late.", "en")]
    [InlineData("La rencontre bilatérale entre Olaf Scholz et Emmanuel Macron a duré deux heures.", "fr")]
    public void Coordinated_parties_of_a_symmetric_relation_give_one_fact_per_pair(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        var met = Assert.Single(extraction.Relations, f => f.Type == "MET");
        Assert.Equal(["emmanuel-macron", "olaf-scholz"], new[] { met.Subject, met.Object! }.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("Olaf Scholz spoke about energy during a meeting with Emmanuel Macron.", "en")]
    [InlineData("Olaf Scholz a parlé d'énergie lors d'une rencontre jeudi avec Emmanuel Macron.", "fr")]
    public void A_noun_trigger_acts_for_the_clause_subject_when_a_preposition_brings_its_object(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.True(extraction.Has("olaf-scholz", "MET", "emmanuel-macron"), extraction.Describe());
    }

    [Theory]
    [InlineData("Emmanuel Macron a été reçu par Olaf Scholz à Berlin.", "fr")]
    [InlineData("Emmanuel Macron was received by Olaf Scholz in Berlin.", "en")]
    public void In_a_passive_with_an_agent_the_grammatical_subject_is_the_object(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.True(extraction.Has("olaf-scholz", "MET", "emmanuel-macron"), extraction.Describe());
    }

    [Fact]
    public void A_subject_named_once_carries_into_the_next_sentence_that_names_none()
    {
        var extraction = Extractor.Run(
            "Canada imposed sanctions on Belarus on Tuesday. Also sanctioned were Iran and Syria, for their support.", "en", "2024-03-01");

        Assert.True(extraction.Has("canada", "SANCTIONED", "iran"), extraction.Describe());
        Assert.True(extraction.Has("canada", "SANCTIONED", "syria"), extraction.Describe());
    }

    [Theory]
    [InlineData("The first visit by a Japanese minister to Peru took place in May.", "The first visit by Emmanuel Macron to Peru took place in May.", "en")]
    [InlineData("La visite du ministre japonais au Pérou a eu lieu en mai.", "La visite d'Emmanuel Macron au Pérou a eu lieu en mai.", "fr")]
    public void A_visit_reads_its_place_after_the_object_markers_the_relation_declares(string text, string namedVisitor, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-06-01");
        var named = Extractor.Run(namedVisitor, language, "2024-06-01");

        Assert.DoesNotContain(extraction.Relations, f => f.Type == "VISITED" && f.Object == "japan");
        Assert.True(named.Has("emmanuel-macron", "VISITED", "peru"), named.Describe());
    }

    [Fact]
    public void A_subject_pronoun_before_the_verb_wins_over_a_name_further_left()
    {
        var extraction = Extractor.Run(
            "Après un long voyage vers la Pologne, il a rencontré Olaf Scholz à Berlin.", "fr", "2024-03-01");
        var withName = Extractor.Run(
            "Emmanuel Macron est parti tôt. Après un long voyage vers la Pologne, il a rencontré Olaf Scholz à Berlin.", "fr", "2024-03-01");

        Assert.DoesNotContain(extraction.Relations, f => f.Type == "MET" && f.Subject == "poland");
        Assert.True(withName.Has("emmanuel-macron", "MET", "olaf-scholz"), withName.Describe());
    }

    [Fact]
    public void A_progressive_is_active_not_passive()
    {
        var extraction = Extractor.Run("While Olaf Scholz was meeting with Emmanuel Macron, the talks went on.", "en", "2024-03-01");

        Assert.True(extraction.Has("olaf-scholz", "MET", "emmanuel-macron"), extraction.Describe());
    }

    [Theory]
    [InlineData("Olaf Scholz a rencontré le premier ministre polonais, Donald Tusk, et la première ministre, Kaja Kallas, à Berlin.", "fr")]
    [InlineData("Olaf Scholz met the Polish prime minister, Donald Tusk, and the prime minister, Kaja Kallas, in Berlin.", "en")]
    public void Listed_objects_may_carry_their_titles(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.True(extraction.Has("olaf-scholz", "MET", "donald-tusk"), extraction.Describe());
        Assert.True(extraction.Has("olaf-scholz", "MET", "kaja-kallas"), extraction.Describe());
    }

    [Fact]
    public void A_plural_possessive_stands_for_the_coordinated_owners()
    {
        var extraction = Extractor.Run("Olaf Scholz et Emmanuel Macron ont parlé de commerce pendant leur visite à Varsovie.", "fr", "2024-03-01");

        Assert.True(extraction.Has("olaf-scholz", "VISITED"), extraction.Describe());
        Assert.True(extraction.Has("emmanuel-macron", "VISITED"), extraction.Describe());
    }
}
