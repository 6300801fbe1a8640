using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>
/// A type's head word followed by a place from the gazetteer ("Pirate Party Germany") still types the whole name; a
/// run that goes on past the head with a word that is not a place is not typed by that head. Invented sentences.
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
          - name: Country
          - name: Location
        relation_types:
          - name: PARTY_MEMBER
            subject: [Person]
            object: [Party]
            triggers: {en: [member of]}
        cues:
          function_words: {en: [the, a, an, of, was, is]}
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
}
