using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>Names the ontology does not know are found and typed from the cues around them.</summary>
public sealed class NewNameTypingTests
{
    [Theory]
    [InlineData("Transparency International said the contracts were never published.", "Transparency International")]
    [InlineData("Forest Watch said the logging had doubled.", "Forest Watch")]
    [InlineData("The Harbor Tribune reported that the port would close.", "Harbor Tribune")]
    [InlineData("Green Coalition said it would sue the ministry.", "Green Coalition")]
    public void A_name_ending_in_an_organisation_head_that_speaks_is_an_organisation_not_a_person(string sentence, string name)
    {
        var result = Extractor.Run(sentence, "en");

        Assert.Equal("Organization", result.TypeOfEntityNamed(name));
    }

    [Fact]
    public void A_portfolio_in_a_french_title_is_not_part_of_the_name()
    {
        var result = Extractor.Run("Le ministre japonais de la Défense Hiroshi Tanabe a inspecté la base navale.", "fr");

        Assert.Equal("Person", result.TypeOfEntityNamed("Hiroshi Tanabe"));
        Assert.DoesNotContain(result.Entities, e => e.Name.StartsWith("Défense", StringComparison.Ordinal));
    }

    [Fact]
    public void A_portfolio_right_before_a_name_stands_for_the_title()
    {
        var result = Extractor.Run("Les ministres de l'Intérieur Carla Monti et des Affaires étrangères Sofia Ricci ont reçu la délégation.", "fr");

        Assert.Equal("Person", result.TypeOfEntityNamed("Carla Monti"));
        Assert.Equal("Person", result.TypeOfEntityNamed("Sofia Ricci"));
    }

    [Fact]
    public void A_name_coordinated_with_a_titled_name_is_a_person_too()
    {
        var result = Extractor.Run("Ils ont rencontré leurs homologues chiliens Pablo Araya et Diego Fuentes à Paris.", "fr");

        Assert.Equal("Person", result.TypeOfEntityNamed("Pablo Araya"));
        Assert.Equal("Person", result.TypeOfEntityNamed("Diego Fuentes"));
    }

    [Fact]
    public void Capitalised_english_titles_and_demonyms_are_not_part_of_the_name()
    {
        var result = Extractor.Run("Portuguese Prime Minister Joao Pereira and the French President met in Lisbon on Friday.", "en");

        Assert.Equal("Person", result.TypeOfEntityNamed("Joao Pereira"));
        Assert.DoesNotContain(result.Entities, e => e.Name.Contains("Minister", StringComparison.Ordinal) || e.Name.Contains("President", StringComparison.Ordinal));
    }

    [Fact]
    public void An_english_organisation_name_ends_with_its_head_word()
    {
        var result = Extractor.Run("Canada's National Security Service estimates that the drills will continue.", "en");

        Assert.Equal("Organization", result.TypeOfEntityNamed("National Security Service"));
    }

    [Fact]
    public void A_treaty_title_is_a_treaty_in_both_languages()
    {
        var english = Extractor.Run("Norway and Denmark signed the Coastal Fisheries Agreement in Oslo on Monday.", "en");
        var french = Extractor.Run("La Norvège et le Danemark ont signé le document « Accord sur la pêche côtière entre la Norvège et le Danemark » lundi.", "fr");

        Assert.Equal("Treaty", english.TypeOfEntityNamed("Coastal Fisheries Agreement"));
        Assert.True(english.Has("norway", "SIGNED", "coastal-fisheries-agreement"), english.Describe());
        Assert.Equal("Treaty", french.TypeOfEntityNamed("Accord sur la pêche côtière"));
        Assert.True(french.Has("denmark", "SIGNED", "accord-sur-la-peche-cotiere"), french.Describe());
    }

    [Fact]
    public void Dotted_acronyms_match_their_entity()
    {
        var result = Extractor.Run("The U.S. said its commitment remains firm.", "en");

        Assert.NotNull(result.Entity("united-states"));
        Assert.True(result.Has("united-states", "STATED"), result.Describe());
    }

    [Fact]
    public void A_place_after_a_place_head_is_a_location_in_both_languages()
    {
        var french = Extractor.Run("Des combats ont eu lieu dans la région de Belgorod mardi.", "fr");
        var english = Extractor.Run("Fighting continued in the Belgorod region on Tuesday.", "en");

        Assert.Equal("Location", french.TypeOfEntityNamed("Belgorod"));
        Assert.Equal("Location", english.TypeOfEntityNamed("Belgorod"));
    }

    [Fact]
    public void Unknown_organisations_are_typed_by_their_head_word()
    {
        var result = Extractor.Run("Selon l'Institut coréen pour l'unification nationale, le dialogue est rompu.", "fr");

        Assert.Contains(result.Entities, e => e.Type == "Organization" && e.Name.StartsWith("Institut coréen", StringComparison.Ordinal));
    }
    [Fact]
    public void A_verb_ends_a_french_organisation_name()
    {
        var result = Extractor.Run("Le texte de la Commission de contrôle aurait été adopté sans débat.", "fr");

        Assert.Contains(result.Entities, e => e.Name == "Commission de contrôle");
        Assert.DoesNotContain(result.Entities, e => e.Name.Contains("aurait", StringComparison.Ordinal));
    }

    [Fact]
    public void An_english_head_word_does_not_run_on_into_lowercase_words()
    {
        var result = Extractor.Run("Diplomats asked for a review of the Council sanctions every year. The Nordic Fisheries Council met in May.", "en");

        Assert.DoesNotContain(result.Entities, e => e.Name.Contains("sanctions", StringComparison.OrdinalIgnoreCase));
        // A capitalised run ending on the head word is still a name.
        Assert.Contains(result.Entities, e => e.Name == "Nordic Fisheries Council");
    }
    [Fact]
    public void An_english_name_with_its_head_before_of_keeps_the_complement()
    {
        var result = Extractor.Run("According to the Estonian Department of Coastal Defence, the patrol returned.", "en");

        Assert.Contains(result.Entities, e => e.Name == "Estonian Department of Coastal Defence");
    }

    [Fact]
    public void An_agency_in_a_photo_credit_is_not_in_the_story()
    {
        var result = Extractor.Run("The two leaders met in Warsaw on Friday. Photo: PAP/Jan Nowak", "en");

        Assert.Null(result.Entity("pap"));
        Assert.NotNull(result.Entity("warsaw"));
    }
    [Fact]
    public void A_place_whose_name_ends_in_a_location_head_is_a_place()
    {
        var result = Extractor.Run("The minister landed at Wonsan Kalma Airport on Monday.", "en");

        Assert.Equal("Location", result.TypeOfEntityNamed("Wonsan Kalma Airport"));
    }

    [Fact]
    public void An_alias_whose_capital_is_on_its_second_word_is_found()
    {
        var result = Extractor.Run("Analysts say the North has little to gain.", "en");

        Assert.NotNull(result.Entity("north-korea"));
    }
    [Fact]
    public void Lowercase_words_after_a_known_name_do_not_make_a_new_one_unless_a_demonym_changes_the_body()
    {
        var fallen = Extractor.Run("Un mémorial honorera les soldats de l'Armée populaire coréenne tombés pendant la guerre.", "fr");
        var russian = Extractor.Run("Mardi, le secrétaire du Conseil russe de sécurité est arrivé.", "fr");

        Assert.NotNull(fallen.Entity("korean-peoples-army"));
        Assert.Null(russian.Entity("un-security-council"));
    }
}
