using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// A present participle right after a noun opens a reduced relative whose names are not the trigger's object; an -ing
/// word after a determiner is a noun ("the laying of docks for the Navy") and a passive auxiliary ("after being killed") hands
/// the clause to its participle, so neither hides the object. Invented sentences.
/// </summary>
public sealed class GerundObjectTests
{
    private const string Yaml = """
        version: 1
        languages: [en]
        entity_types:
          - name: Person
            after: {en: [was]}
          - name: Unit
            heads: {en: [Navy]}
          - name: Casualty
        relation_types:
          - name: SERVED_IN
            subject: [Person]
            object: [Unit]
            triggers: {en: [took part in]}
          - name: CASUALTY
            subject: [Person]
            object: [Casualty]
            triggers: {en: [was]}
        cues:
          function_words: {en: [the, a, an, of, was, in, after, for]}
          name_connectors: {en: [of]}
        entities:
          - {id: killed-in-action, type: Casualty, name: killed in action, aliases: {en: [killed in action]}}
        """;

    private static readonly ExtractionPipeline Pipeline = new(OntologyLoader.Parse(Yaml, "gerunds.yaml"));

    [Fact]
    public void A_passive_auxiliary_opens_no_clause_that_hides_the_object()
    {
        var result = Extractor.Run(Pipeline, "Ronald Venn was decorated after being killed in action near the river.", "en");

        Assert.True(result.Has("ronald-venn", "CASUALTY", "killed-in-action"), result.Describe());
    }

    [Fact]
    public void An_ing_word_after_a_determiner_is_a_noun_that_hides_no_object()
    {
        var result = Extractor.Run(Pipeline, "Ronald Venn took part in the rebuilding of the Northern Navy.", "en");

        Assert.True(result.Has("ronald-venn", "SERVED_IN", "northern-navy"), result.Describe());
    }
}
