using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>One entity per referent inside an article: roles, surnames, treaties referred to by a generic noun.</summary>
public sealed class WithinArticleResolutionTests
{
    [Fact]
    public void A_treaty_noun_finds_its_treaty_from_the_demonyms_of_its_parties()
    {
        var result = Extractor.Run(
            "En janvier, le dirigeant russe et le président iranien Massoud Pezeshkian ont signé le traité.", "fr");

        Assert.True(result.Has("vladimir-putin", "SIGNED", "treaty-ru-ir-2025"), result.Describe());
        Assert.True(result.Has("masoud-pezeshkian", "SIGNED", "treaty-ru-ir-2025"), result.Describe());
    }

    [Theory]
    [InlineData("fr", "Le Chili et l'Argentine signent mardi un accord frontalier à Washington, sous l'égide des États-Unis. "
        + "Les États-Unis ont salué le texte. Washington promet son appui et les États-Unis enverront des observateurs.")]
    [InlineData("en", "Chile and Argentina signed the border agreement on Tuesday in Washington, with the United States as broker. "
        + "The United States praised the deal, and the United States will send observers.")]
    public void An_unnamed_treaty_is_between_the_countries_joined_where_it_is_first_named_not_the_most_named(string language, string text)
    {
        var result = Extractor.Run(text, language);

        Assert.NotNull(result.Entity("treaty-argentina-chile"));
        Assert.DoesNotContain(result.Entities, e => e.Id.StartsWith("treaty-", StringComparison.Ordinal) && e.Id.Contains("united-states", StringComparison.Ordinal));
    }

    [Fact]
    public void A_treaty_noun_prefers_the_treaty_whose_parties_are_named_next_to_it()
    {
        var result = Extractor.Run(
            "La Russie et l'Iran ont signé un accord de coopération en janvier. L'Iran et la Russie commercent beaucoup. "
            + "L'an dernier, Moscou a conclu un traité avec la Corée du Nord. Le texte de ce traité a été ratifié en octobre par les députés russes.", "fr");

        Assert.True(result.Has("state-duma", "RATIFIED", "treaty-ru-kp-2024"), result.Describe());
        Assert.False(result.Has("state-duma", "RATIFIED", "treaty-ru-ir-2025"), result.Describe());
    }

    [Fact]
    public void A_surname_after_a_title_is_a_person()
    {
        var result = Extractor.Run("« La mission continue », a expliqué le général Marchetti devant la presse.", "fr");

        Assert.Equal("Person", result.TypeOfEntityNamed("Marchetti"));
        Assert.True(result.Has("marchetti", "STATED"), result.Describe());
    }

    [Fact]
    public void A_surname_opening_a_sentence_before_a_speech_verb_is_a_person()
    {
        var result = Extractor.Run("Le gouvernement a présenté son budget. Lindqvist a souligné le coût de la défense.", "fr");

        Assert.Equal("Person", result.TypeOfEntityNamed("Lindqvist"));
        Assert.True(result.Has("lindqvist", "STATED"), result.Describe());
    }

    [Fact]
    public void A_surname_alone_refers_to_the_person_named_in_full_before()
    {
        var result = Extractor.Run("The researcher Tomas Berglund presented the report. Berglund said the risk was growing.", "en");

        Assert.True(result.Has("tomas-berglund", "STATED"), result.Describe());
        Assert.DoesNotContain(result.Entities, e => e.Id == "berglund");
    }

    [Fact]
    public void Role_phrases_resolve_to_the_ontology_holder_in_both_languages()
    {
        var french = Extractor.Run("Le chef de la diplomatie nord-coréenne a déclaré que le dialogue était inutile.", "fr");
        var english = Extractor.Run("The North Korean leader said the tests would continue.", "en");

        Assert.True(french.Has("choe-son-hui", "STATED"), french.Describe());
        Assert.True(english.Has("kim-jong-un", "STATED"), english.Describe());
    }

    [Fact]
    public void An_apposition_binds_a_role_to_the_person_the_article_names()
    {
        var result = Extractor.Run("Le ministre russe de la Défense, Andreï Belousov, a affirmé que l'armée progressait.", "fr");

        Assert.True(result.Has("andrei-belousov", "STATED"), result.Describe());
    }

    [Fact]
    public void Spellings_of_one_name_give_one_id_across_articles()
    {
        var french = Extractor.Run("Le chercheur Andreï Volkov a déclaré que la crise durerait. Kiev a dénoncé l'attaque.", "fr");
        var english = Extractor.Run("Researcher Andrei Volkov said the crisis would last. Kyiv condemned the attack.", "en");

        Assert.NotNull(french.Entity("andrei-volkov"));
        Assert.NotNull(english.Entity("andrei-volkov"));
        Assert.True(french.Has("ukraine", "STATED"), french.Describe());
        Assert.True(english.Has("ukraine", "STATED"), english.Describe());
    }

    [Fact]
    public void Two_capitals_joined_by_and_are_governments()
    {
        var result = Extractor.Run("Manille a déjà conclu des accords avec Canberra et Washington.", "fr");

        Assert.NotNull(result.Entity("united-states"));
        Assert.NotNull(result.Entity("australia"));
        Assert.Null(result.Entity("washington"));
    }
}
