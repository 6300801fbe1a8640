using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// Sanctions as the ontology declares them, read through the generic constructions: lists in the object slot with
/// appositions and qualifying names, the actor carried to the sentences that list the targets, topic triggers,
/// hypothetical blocks. Sentences written for these tests.
/// </summary>
public sealed class SanctionConstructionTests
{
    [Theory]
    [InlineData("Canada sanctioned Kremlin spokesman Dmitry Peskov and Foreign Minister Sergey Lavrov on Friday.", "en")]
    [InlineData("Le Canada a sanctionné le porte-parole du Kremlin Dmitri Peskov et le ministre Sergueï Lavrov vendredi.", "fr")]
    public void A_name_qualifying_a_listed_person_is_not_a_target(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.True(extraction.Has("canada", "SANCTIONED", "dmitry-peskov"), extraction.Describe());
        Assert.True(extraction.Has("canada", "SANCTIONED", "sergey-lavrov"), extraction.Describe());
        Assert.False(extraction.Has("canada", "SANCTIONED", "kremlin"), extraction.Describe());
    }

    [Fact]
    public void Listed_targets_may_carry_an_apposition_with_names_of_its_own()
    {
        var extraction = Extractor.Run(
            "Japan sanctioned Dmitry Peskov, spokesman of the Kremlin, and Sergey Lavrov, a veteran diplomat, in May.", "en", "2024-06-01");

        Assert.True(extraction.Has("japan", "SANCTIONED", "dmitry-peskov"), extraction.Describe());
        Assert.True(extraction.Has("japan", "SANCTIONED", "sergey-lavrov"), extraction.Describe());
        Assert.False(extraction.Has("japan", "SANCTIONED", "kremlin"), extraction.Describe());
    }

    [Fact]
    public void A_list_ends_at_a_negation()
    {
        var extraction = Extractor.Run("Norway sanctioned Belarus and Iran, but not Venezuela, last spring.", "en", "2024-06-01");

        Assert.True(extraction.Has("norway", "SANCTIONED", "belarus"), extraction.Describe());
        Assert.True(extraction.Has("norway", "SANCTIONED", "iran"), extraction.Describe());
        Assert.False(extraction.Has("norway", "SANCTIONED", "venezuela"), extraction.Describe());
    }

    [Theory]
    [InlineData("On Monday OFAC imposed sanctions on six officials. The sanctioned officials include Dmitry Peskov and Sergey Lavrov.", "en")]
    [InlineData("L'OFAC a imposé lundi des sanctions à six responsables. Les personnes visées comprennent Dmitri Peskov et Sergueï Lavrov.", "fr")]
    public void The_actor_of_unnamed_targets_goes_on_to_the_sentence_that_lists_them(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.True(extraction.Has("us-treasury", "SANCTIONED", "dmitry-peskov"), extraction.Describe());
        Assert.True(extraction.Has("us-treasury", "SANCTIONED", "sergey-lavrov"), extraction.Describe());
    }

    [Fact]
    public void A_topic_trigger_states_a_sanction_only_near_a_trigger_of_its_own()
    {
        var passage = Extractor.Run("Canada imposed sanctions on Belarus on Tuesday. Also targeted were Iran and Venezuela.", "en", "2024-03-01");
        var alone = Extractor.Run("Russian missiles targeted Ukraine overnight. Kyiv said it shot most of them down.", "en", "2024-03-01");

        Assert.True(passage.Has("canada", "SANCTIONED", "iran"), passage.Describe());
        Assert.True(passage.Has("canada", "SANCTIONED", "venezuela"), passage.Describe());
        Assert.DoesNotContain(alone.Relations, f => f.Type == "SANCTIONED");
    }

    [Fact]
    public void A_name_qualifying_a_counted_noun_is_not_the_target()
    {
        var extraction = Extractor.Run("Russia banned entry to 40 U.S. citizens on Monday.", "en", "2024-03-01");
        var named = Extractor.Run("Russia banned entry to Antony Blinken on Monday.", "en", "2024-03-01");

        Assert.DoesNotContain(extraction.Relations, f => f.Type == "SANCTIONED");
        Assert.True(named.Has("russia", "SANCTIONED", "antony-blinken"), named.Describe());
    }

    [Theory]
    [InlineData("Canada threatened to impose sanctions on Belarus.", "Canada imposed sanctions on Belarus.", "en")]
    [InlineData("The European Union is ready to adopt sanctions against Belarus.", "The European Union adopted sanctions against Belarus.", "en")]
    [InlineData("Le Canada menace d'imposer des sanctions contre la Biélorussie.", "Le Canada a imposé des sanctions contre la Biélorussie.", "fr")]
    [InlineData("La Norvège avait l'intention d'imposer de lourdes sanctions contre la Biélorussie.", "La Norvège a imposé des sanctions contre la Biélorussie.", "fr")]
    public void Threats_and_intentions_are_no_sanctions_while_the_act_is(string hypothetical, string done, string language)
    {
        var threat = Extractor.Run(hypothetical, language, "2024-03-01");
        var act = Extractor.Run(done, language, "2024-03-01");

        Assert.DoesNotContain(threat.Relations, f => f.Type == "SANCTIONED");
        Assert.True(act.Relations.Any(f => f.Type == "SANCTIONED" && f.Object == "belarus"), act.Describe());
    }

    [Theory]
    [InlineData("The European Union added Laserchips Fzco and Sergey Lavrov to its sanctions list.", "en", "laserchips-fzco")]
    [InlineData("L'Union européenne a ajouté la société PJSC Alrosa à sa liste de sanctions.", "fr", "pjsc-alrosa")]
    public void A_company_form_makes_an_unknown_name_an_organisation_target(string text, string language, string company)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.True(extraction.Has("european-union", "SANCTIONED", company), extraction.Describe());
        Assert.Equal("Organization", extraction.Entity(company)?.Type);
    }
    [Theory]
    [InlineData("Ottawa blacklisted the channels Zvezda 5 and Zvezda 12, as well as the company Borealis Trade.", "en")]
    [InlineData("Ottawa a sanctionné les chaînes Zvezda 5 et Zvezda 12, ainsi que la société Borealis Trade.", "fr")]
    public void A_short_number_closing_an_outlet_name_is_part_of_it(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.True(extraction.Has("canada", "SANCTIONED", "zvezda-5"), extraction.Describe());
        Assert.True(extraction.Has("canada", "SANCTIONED", "zvezda-12"), extraction.Describe());
        Assert.True(extraction.Has("canada", "SANCTIONED", "borealis-trade"), extraction.Describe());
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "zvezda");
    }

    [Fact]
    public void A_number_that_counts_the_next_noun_stays_out_of_the_name()
    {
        var extraction = Extractor.Run("Ottawa blacklisted the channel Zvezda 12 hours after the vote.", "en", "2024-03-01");

        Assert.True(extraction.Has("canada", "SANCTIONED", "zvezda"), extraction.Describe());
        Assert.DoesNotContain(extraction.Entities, e => e.Id == "zvezda-12");
    }

    [Fact]
    public void A_place_joined_to_based_introduces_a_company_and_is_not_a_target()
    {
        var extraction = Extractor.Run(
            "Washington sanctioned Dubai-based Corvel Logistics and several Turkey-based traders on Thursday.", "en", "2024-03-01");

        Assert.True(extraction.Has("united-states", "SANCTIONED", "corvel-logistics"), extraction.Describe());
        Assert.False(extraction.Has("united-states", "SANCTIONED", "dubai"), extraction.Describe());
        Assert.False(extraction.Has("united-states", "SANCTIONED", "turkey"), extraction.Describe());
    }

    [Fact]
    public void A_name_hyphened_to_a_lower_case_word_only_qualifies_a_noun()
    {
        var extraction = Extractor.Run("Norway sanctioned Iran-made drone suppliers and Belarus on Monday.", "en", "2024-03-01");

        Assert.True(extraction.Has("norway", "SANCTIONED", "belarus"), extraction.Describe());
        Assert.False(extraction.Has("norway", "SANCTIONED", "iran"), extraction.Describe());
    }
    [Theory]
    [InlineData("Ottawa sanctioned several firms based in China, Iran and Pakistan as well as the company Borealis Trade.", "en")]
    [InlineData("Ottawa a sanctionné des entités basées en Chine, en Iran et au Pakistan ainsi que la société Borealis Trade.", "fr")]
    public void Places_after_a_locating_participle_locate_the_targets_and_are_not_targets(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.True(extraction.Has("canada", "SANCTIONED", "borealis-trade"), extraction.Describe());
        Assert.False(extraction.Has("canada", "SANCTIONED", "china"), extraction.Describe());
        Assert.False(extraction.Has("canada", "SANCTIONED", "iran"), extraction.Describe());
        Assert.False(extraction.Has("canada", "SANCTIONED", "pakistan"), extraction.Describe());
    }

    [Theory]
    [InlineData("Norway also sanctioned a dozen shipping firms, according to the European Union.", "en")]
    [InlineData("La Norvège a aussi sanctionné une dizaine d'armateurs, selon l'Union européenne.", "fr")]
    public void A_name_after_a_source_marker_reports_the_act_and_is_not_its_target(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.False(extraction.Has("norway", "SANCTIONED", "european-union"), extraction.Describe());
    }
    [Theory]
    [InlineData("Ottawa sanctioned Ivan Morozov, Minister of Transport and head of the state-owned airline Borealis Air, and Piotr Lebed on Friday.", "en")]
    [InlineData("Ottawa a sanctionné Ivan Morozov, ministre des Transports et patron de la compagnie publique Borealis Air, et Piotr Lebed vendredi.", "fr")]
    public void A_body_named_in_a_listed_persons_title_is_not_listed(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-03-01");

        Assert.True(extraction.Has("canada", "SANCTIONED", "ivan-morozov"), extraction.Describe());
        Assert.True(extraction.Has("canada", "SANCTIONED", "piotr-lebed"), extraction.Describe());
        Assert.False(extraction.Has("canada", "SANCTIONED", "borealis-air"), extraction.Describe());
    }
}
