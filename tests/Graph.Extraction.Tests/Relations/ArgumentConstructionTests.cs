using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// Constructions the argument engine applies to every relation frame: companions of the subject, parties named
/// after their titles, a capital standing for its state, a relative clause ending an object's reach.
/// Sentences written for these tests.
/// </summary>
public sealed class ArgumentConstructionTests
{
    [Theory]
    [InlineData("Olaf Scholz s'est rendu à Varsovie en mai, en compagnie de Donald Tusk et du chef de l'État Emmanuel Macron.", "fr")]
    [InlineData("Accompanied by French President Emmanuel Macron and Prime Minister Donald Tusk, Olaf Scholz travelled to Warsaw in May.", "en")]
    public void Companions_of_the_subject_did_the_same(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-06-01");

        foreach (var visitor in new[] { "olaf-scholz", "emmanuel-macron", "donald-tusk" })
        {
            Assert.True(extraction.Has(visitor, "VISITED", "warsaw"), extraction.Describe());
        }
    }

    [Fact]
    public void Without_a_companion_marker_a_name_after_the_visit_is_no_visitor()
    {
        var extraction = Extractor.Run("Olaf Scholz s'est rendu à Varsovie en mai, puis le président Emmanuel Macron a parlé.", "fr", "2024-06-01");

        Assert.False(extraction.Has("emmanuel-macron", "VISITED", "warsaw"), extraction.Describe());
        Assert.True(extraction.Has("olaf-scholz", "VISITED", "warsaw"), extraction.Describe());
    }

    [Theory]
    [InlineData("The visit ended with a long meeting at the palace between President Emmanuel Macron and German Chancellor Olaf Scholz.", "en")]
    [InlineData("La journée s'est achevée par une longue rencontre au palais entre le président Emmanuel Macron et le chancelier allemand Olaf Scholz.", "fr")]
    public void The_parties_of_a_meeting_noun_may_carry_their_titles(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-06-01");

        Assert.True(extraction.Has("emmanuel-macron", "MET", "olaf-scholz") || extraction.Has("olaf-scholz", "MET", "emmanuel-macron"), extraction.Describe());
    }

    [Theory]
    [InlineData("Berlin a livré vingt chars à Kiev la semaine dernière.", "fr")]
    [InlineData("Berlin delivered twenty tanks to Kyiv last week.", "en")]
    public void A_capital_receiving_weapons_stands_for_its_state(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-06-01");

        Assert.True(extraction.Has("germany", "SUPPLIED", "ukraine"), extraction.Describe());
    }

    [Fact]
    public void A_capital_stays_a_place_where_the_relation_takes_places()
    {
        var extraction = Extractor.Run("Emmanuel Macron s'est rendu à Kiev jeudi.", "fr", "2024-06-01");

        Assert.True(extraction.Has("emmanuel-macron", "VISITED", "kyiv"), extraction.Describe());
    }

    [Theory]
    [InlineData("Le Canada a dévoilé des sanctions visant le secteur minier au moment où le président Emmanuel Macron était à Berlin.", "fr")]
    [InlineData("Canada unveiled sanctions on the mining sector in a week where President Emmanuel Macron was in Berlin.", "en")]
    public void A_name_inside_a_relative_clause_after_the_trigger_is_not_its_object(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-06-01");

        Assert.DoesNotContain(extraction.Relations, f => f.Type == "SANCTIONED" && f.Object == "emmanuel-macron");
        // The name was read (as a person in the clause), only not taken as the sanctions' target.
        Assert.Contains(extraction.Entities, e => e.Id == "emmanuel-macron");
        Assert.Contains(extraction.Entities, e => e.Id == "canada");
    }

    [Theory]
    [InlineData("L'Allemagne et la France ont indiqué lundi qu'elles avaient livré des obus à l'Ukraine.", "fr")]
    [InlineData("Germany and France said on Monday that they had delivered shells to Ukraine.", "en")]
    public void A_plural_pronoun_stands_for_the_coordinated_names_before_it(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-06-01");

        Assert.True(extraction.Has("germany", "SUPPLIED", "ukraine"), extraction.Describe());
        Assert.True(extraction.Has("france", "SUPPLIED", "ukraine"), extraction.Describe());
    }

    [Fact]
    public void A_plural_pronoun_does_not_make_a_speaker()
    {
        var extraction = Extractor.Run("The report mentions Germany and France. They said the war would be long.", "en", "2024-06-01");
        var coordinated = Extractor.Run("Germany and France said the war would be long.", "en", "2024-06-01");

        Assert.DoesNotContain(extraction.Relations, f => f.Type == "STATED" && f.Subject is "germany" or "france");
        Assert.Contains(extraction.Entities, e => e.Id == "germany");
        // Named as the subject of the same verb, the two countries are the speakers.
        Assert.True(coordinated.Has("germany", "STATED") && coordinated.Has("france", "STATED"), coordinated.Describe());
    }

    [Theory]
    [InlineData("Emmanuel Macron, speaking in Berlin next to Chancellor Olaf Scholz, said the talks had gone well.", "en")]
    [InlineData("Emmanuel Macron, s'exprimant à Berlin aux côtés du chancelier Olaf Scholz, a déclaré que les discussions avaient été utiles.", "fr")]
    public void The_name_opening_the_sentence_before_an_aside_is_the_subject(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-06-01");

        Assert.True(extraction.Has("emmanuel-macron", "STATED", null), extraction.Describe());
        Assert.DoesNotContain(extraction.Relations, f => f.Type == "STATED" && f.Subject == "olaf-scholz");
    }

    [Theory]
    [InlineData("Citing officials in Washington and Paris, the agency said that Xi Jinping, who leads China, held a meeting with Emmanuel Macron on Monday.", "en")]
    [InlineData("Selon des sources à Washington et à Paris, Xi Jinping, qui dirige la Chine, a tenu une rencontre avec Emmanuel Macron lundi.", "fr")]
    public void A_noun_trigger_after_its_light_verb_acts_for_the_name_before_the_aside(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-06-01");

        Assert.True(extraction.Has("xi-jinping", "MET", "emmanuel-macron") || extraction.Has("emmanuel-macron", "MET", "xi-jinping"), extraction.Describe());
    }

    [Theory]
    [InlineData("Le texte a été paraphé mardi par Emmanuel Macron, peu avant sa rencontre avec le chancelier Olaf Scholz.", "fr")]
    [InlineData("The text was initialled on Tuesday by Emmanuel Macron, shortly before his meeting with Chancellor Olaf Scholz.", "en")]
    public void A_possessive_noun_trigger_with_no_subject_in_place_belongs_to_the_nearest_person(string text, string language)
    {
        var extraction = Extractor.Run(text, language, "2024-06-01");

        Assert.True(extraction.Has("emmanuel-macron", "MET", "olaf-scholz") || extraction.Has("olaf-scholz", "MET", "emmanuel-macron"), extraction.Describe());
    }

    [Fact]
    public void The_unnamed_agent_of_a_noun_trigger_after_an_adjective_gives_no_subject()
    {
        var extraction = Extractor.Run("Emmanuel Macron called it a rare visit by a senior official of a NATO member to China.", "en", "2024-06-01");

        Assert.DoesNotContain(extraction.Relations, f => f.Type == "VISITED");
        Assert.Contains(extraction.Entities, e => e.Id == "china");
        Assert.Contains(extraction.Entities, e => e.Id == "emmanuel-macron");
    }

    [Fact]
    public void The_named_agent_of_a_noun_trigger_after_an_adjective_is_its_subject()
    {
        var extraction = Extractor.Run("Officials praised the brief visit by Emmanuel Macron to Beijing in April.", "en", "2024-06-01");

        Assert.True(extraction.Has("emmanuel-macron", "VISITED", "beijing"), extraction.Describe());
    }
}
