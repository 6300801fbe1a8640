using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>
/// A type's head word followed by a place from the gazetteer ("Pirate Party Germany") still types the whole name; a
/// run that goes on past the head with a word that is not a place is not typed by that head; a lower-case office head
/// ("president of X") names no office when X is itself a name a head types (a party). Invented sentences.
/// </summary>
public sealed class HeadThenPlaceTests
{
    private const string Yaml = """
        version: 1
        languages: [en]
        entity_types:
          - name: Person
            after: {en: [was]}
          - name: Party
            heads: {en: [Party]}
          - name: Office
            heads: {en: [president]}
          - name: Unit
            heads: {en: [Army, Navy]}
          - name: Country
          - name: Location
        relation_types:
          - name: SERVED_IN
            subject: [Person]
            object: [Unit]
            triggers: {en: [served in]}
          - name: HELD
            subject: [Person]
            object: [Office]
            triggers: {en: [is, was]}
          - name: PARTY_MEMBER
            subject: [Person]
            object: [Party]
            triggers: {en: [member of, is]}
        cues:
          function_words: {en: [the, a, an, of, was, is]}
          name_connectors: {en: [of, of the]}
        gazetteer:
          min_population: 1000000
        """;

    private static readonly ExtractionPipeline Pipeline = new(OntologyLoader.Parse(Yaml, "parties.yaml"));

    [Fact]
    public void A_gazetteer_place_after_the_head_stays_in_the_typed_name()
    {
        var result = Extractor.Run(Pipeline, "Anna Lindqvist was a member of the Kite Party Germany.", "en");

        Assert.Equal("Party", result.TypeOfEntityNamed("Kite Party Germany"));
        Assert.True(result.Has("anna-lindqvist", "PARTY_MEMBER", "kite-party-germany"), result.Describe());
    }

    [Fact]
    public void A_word_after_the_head_that_is_no_place_leaves_the_run_untyped()
    {
        var placed = Extractor.Run(Pipeline, "Anna Lindqvist was a member of the Kite Party Germany.", "en");
        var other = Extractor.Run(Pipeline, "Anna Lindqvist was a member of the Kite Party Orchestra.", "en");

        Assert.Equal("Party", placed.TypeOfEntityNamed("Kite Party Germany"));
        Assert.NotEqual("Party", other.TypeOfEntityNamed("Kite Party Orchestra"));
    }

    [Fact]
    public void The_president_of_a_body_a_head_names_is_read_as_that_body_not_as_an_office()
    {
        var party = Extractor.Run(Pipeline, "Anna Lindqvist is president of the Kite Party of Norland.", "en");
        var state = Extractor.Run(Pipeline, "Anna Lindqvist is president of Germany.", "en");

        Assert.True(party.Has("anna-lindqvist", "PARTY_MEMBER", "kite-party-of-norland"), party.Describe());
        Assert.Null(party.TypeOfEntityNamed("president of the Kite Party of Norland"));
        Assert.Equal("Office", state.TypeOfEntityNamed("president of Germany"));
    }

    [Fact]
    public void A_gazetteer_name_running_into_the_part_with_the_head_stays_in_the_name()
    {
        var country = Extractor.Run(Pipeline, "Anna Lindqvist was a colonel who served in the Republic of Korea Army.", "en");
        var title = Extractor.Run(Pipeline, "Anna Lindqvist was later Chief of the Northern Navy.", "en");

        Assert.Equal("Unit", country.TypeOfEntityNamed("Republic of Korea Army"));
        Assert.Equal("Unit", title.TypeOfEntityNamed("Northern Navy"));
        Assert.Null(title.TypeOfEntityNamed("Chief of the Northern Navy"));
    }
}
