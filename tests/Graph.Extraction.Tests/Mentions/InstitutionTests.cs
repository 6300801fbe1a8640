using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>A state's bodies named by description, from the ontology's institutions.</summary>
public sealed class InstitutionTests
{
    [Fact]
    public void A_possessive_country_and_a_ministry_make_one_organisation_and_keep_the_country()
    {
        var result = Extractor.Run("Japan's defence ministry said the aircraft had left the zone.", "en");

        Assert.Equal("Organization", result.Entity("japan-defence-ministry")?.Type);
        Assert.Equal("Ministry of Defence of Japan", result.Entity("japan-defence-ministry")?.Name);
        Assert.Equal("Japan", Assert.Single(result.Entity("japan")!.Mentions).Text);
        Assert.True(result.Has("japan-defence-ministry", "STATED"), result.Describe());
        Assert.False(result.Has("japan", "STATED"), result.Describe());
    }

    [Fact]
    public void French_and_English_descriptions_of_one_army_are_one_node()
    {
        var french = Extractor.Run("L'armée ukrainienne a affirmé avoir repoussé l'assaut.", "fr");
        var english = Extractor.Run("The Ukrainian military said it had repelled the assault.", "en");

        Assert.True(french.Has("ukraine-armed-forces", "STATED"), french.Describe());
        Assert.True(english.Has("ukraine-armed-forces", "STATED"), english.Describe());
    }

    [Fact]
    public void A_demonym_inside_the_ministry_name_is_read_in_french()
    {
        var result = Extractor.Run("Le ministère chinois des Affaires étrangères a dénoncé ces manœuvres.", "fr");

        Assert.True(result.Has("china-foreign-ministry", "STATED"), result.Describe());
    }

    [Fact]
    public void A_known_body_takes_the_place_of_the_description()
    {
        var result = Extractor.Run("Hungary's parliament voted on Monday.", "en");

        Assert.NotNull(result.Entity("hungarian-parliament"));
        Assert.Null(result.Entity("hungary-parliament"));
    }

    [Fact]
    public void A_description_that_qualifies_a_following_noun_is_no_body()
    {
        var result = Extractor.Run("Russian military aid reached the port on Tuesday.", "en");
        var body = Extractor.Run("The Russian military said the aid had reached the port.", "en");

        Assert.Null(result.Entity("russia-armed-forces"));
        // Where the description is the head of its phrase, it names the body.
        Assert.NotNull(body.Entity("russia-armed-forces"));
    }

    [Fact]
    public void An_institution_kind_added_in_yaml_is_found_without_code()
    {
        var text = File.ReadAllText(Extractor.OntologyPath).Replace(
            "\ninstitutions:\n",
            "\ninstitutions:\n  - {kind: coast-guard, name: \"{country} Coast Guard\", type: Organization, terms: {fr: [garde-côtes], en: [coast guard]}}\n",
            StringComparison.Ordinal);
        var pipeline = new ExtractionPipeline(OntologyLoader.Parse(text, "extended.yaml"));

        var result = Extractor.Run(pipeline, "The Japanese coast guard said two vessels entered the area.", "en");

        Assert.True(result.Has("japan-coast-guard", "STATED"), result.Describe());
    }

    [Theory]
    [InlineData("  - {kind: Navy, name: \"{country} Navy\", type: Organization, terms: {en: [navy]}}", "lowercase slug")]
    [InlineData("  - {kind: navy, name: \"The Navy\", type: Organization, terms: {en: [navy]}}", "{country}")]
    [InlineData("  - {kind: navy, name: \"{country} Navy\", type: Fleet, terms: {en: [navy]}}", "does not declare")]
    [InlineData("  - {kind: navy, name: \"{country} Navy\", type: Organization, terms: {en: [navy]}, known: {atlantis: nato}}", "not a Country")]
    public void A_broken_institution_stops_loading_with_its_position(string entry, string problem)
    {
        var text = File.ReadAllText(Extractor.OntologyPath).Replace("\ninstitutions:\n", "\ninstitutions:\n" + entry + "\n", StringComparison.Ordinal);

        var error = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(text, "broken.yaml"));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Matches(@"broken\.yaml:\d+:\d+", error.Message);
    }
    [Fact]
    public void A_body_before_a_spokespersons_title_is_an_entity_but_not_the_speaker()
    {
        var result = Extractor.Run("China's foreign ministry spokesperson Lin Wei said the drills were provocative.", "en");

        Assert.NotNull(result.Entity("china-foreign-ministry"));
        Assert.True(result.Has("lin-wei", "STATED"), result.Describe());
        Assert.False(result.Has("china-foreign-ministry", "STATED"), result.Describe());
    }

    [Fact]
    public void Unnamed_officials_of_a_body_are_no_body()
    {
        var result = Extractor.Run("U.S. military officials told Reuters the unit had moved.", "en");
        var body = Extractor.Run("U.S. military officials told Reuters the U.S. military had moved the unit.", "en");

        Assert.Null(result.Entity("united-states-armed-forces"));
        Assert.NotNull(result.Entity("united-states"));
        // The body itself, named as a subject, is found.
        Assert.NotNull(body.Entity("united-states-armed-forces"));
    }

    [Fact]
    public void A_senate_named_by_its_country_is_the_body_that_ratifies()
    {
        var result = Extractor.Run("The U.S. Senate on Thursday ratified the Treaty of Nancy.", "en");

        Assert.True(result.Has("united-states-senate", "RATIFIED", "treaty-of-nancy"), result.Describe());
        Assert.False(result.Has("united-states", "RATIFIED"), result.Describe());
        Assert.DoesNotContain(result.Entities, e => e.Name.Contains("Thursday", StringComparison.Ordinal));
    }
}
