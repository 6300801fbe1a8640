using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// A bracketed aside after a name restates it (a translation, another rendering): the name before the aside stays the
/// subject of the verb after it; so is a name before a description that a relative clause follows ("a party in Norway
/// that advocates"), and the name after the comma of a description that opens the sentence. Invented sentences.
/// </summary>
public sealed class BracketedAsideTests
{
    private const string Yaml = """
        version: 1
        languages: [en]
        entity_types:
          - name: Party
            heads: {en: [Party, Union]}
          - name: Ideology
          - name: Person
            after: {en: [became]}
          - name: Country
          - name: Location
        relation_types:
          - name: IDEOLOGY
            subject: [Party]
            object: [Ideology]
            triggers: {en: [adheres to, advocates]}
          - name: PARTY_MEMBER
            subject: [Person]
            object: [Party]
            triggers: {en: [member of]}
        entities:
          - {id: agrarianism, type: Ideology, name: agrarianism, aliases: {en: [agrarianism]}}
        cues:
          function_words: {en: [the, a, an, in, of, to, as, also, is, that]}
          description_links: {en: [is a, a]}
        gazetteer:
          min_population: 1000000
        """;

    private static readonly ExtractionPipeline Pipeline = new(OntologyLoader.Parse(Yaml, "aside.yaml"));

    [Fact]
    public void A_name_inside_the_aside_does_not_take_the_place_of_the_name_before_it()
    {
        var result = Extractor.Run(Pipeline, "The Valley Farmers Party (also rendered as Valley Union) advocates agrarianism.", "en");

        Assert.True(result.Has("valley-farmers-party", "IDEOLOGY", "agrarianism"), result.Describe());
        Assert.False(result.Has("valley-union", "IDEOLOGY"), result.Describe());
    }

    [Fact]
    public void A_relative_after_a_place_stands_for_the_described_name_when_the_place_cannot_be_the_subject()
    {
        var result = Extractor.Run(Pipeline, "The Valley Farmers Party is a small party in Norway that advocates agrarianism.", "en");

        Assert.True(result.Has("valley-farmers-party", "IDEOLOGY", "agrarianism"), result.Describe());
    }

    [Fact]
    public void A_description_opening_the_sentence_is_about_the_name_after_its_comma()
    {
        var result = Extractor.Run(Pipeline, "A member of the Valley Farmers Party, Jane Roe became mayor in 1990.", "en");

        Assert.True(result.Has("jane-roe", "PARTY_MEMBER", "valley-farmers-party"), result.Describe());
    }
}
