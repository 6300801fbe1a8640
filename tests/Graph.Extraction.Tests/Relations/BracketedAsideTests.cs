using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// A bracketed aside after a name restates it (a translation, another rendering): the name before the aside stays the
/// subject of the verb after it. The sentences and names are invented.
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
        relation_types:
          - name: IDEOLOGY
            subject: [Party]
            object: [Ideology]
            triggers: {en: [adheres to, advocates]}
        entities:
          - {id: agrarianism, type: Ideology, name: agrarianism, aliases: {en: [agrarianism]}}
        cues:
          function_words: {en: [the, a, an, in, of, to, as, also, is, that]}
        """;

    private static readonly ExtractionPipeline Pipeline = new(OntologyLoader.Parse(Yaml, "aside.yaml"));

    [Fact]
    public void A_name_inside_the_aside_does_not_take_the_place_of_the_name_before_it()
    {
        var result = Extractor.Run(Pipeline, "The Valley Farmers Party (also rendered as Valley Union) advocates agrarianism.", "en");

        Assert.True(result.Has("valley-farmers-party", "IDEOLOGY", "agrarianism"), result.Describe());
        Assert.False(result.Has("valley-union", "IDEOLOGY"), result.Describe());
    }
}
