using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Resolution;

/// <summary>
/// An ontology without the capital_acts_* cue sets reads a capital as its government by the grammar's
/// capital_acts_after / capital_acts_before lists (built in, or replaced by its own). Sentences written for these tests.
/// </summary>
public sealed class CapitalGrammarTests
{
    private static ExtractionPipeline Pipeline(string grammar) => new(OntologyLoader.Parse($$"""
        version: 1
        languages: [en]
        entity_types:
          - name: Person
          - name: Country
          - name: Location
        relation_types:
          - name: PRAISED
            subject: [Person]
            object: [Person]
            triggers:
              en: [praised]
        gazetteer: {min_population: 5000000}
        {{grammar}}
        """, "capitals.yaml"));

    [Fact]
    public void A_built_in_word_after_a_capital_makes_it_the_government()
    {
        var extraction = Extractor.Run(Pipeline(""), "Officials said that Paris refuses any delay.", "en");

        Assert.True(extraction.Entities.Any(e => e.Type == "Country" && e.Name == "France"), extraction.Describe());
    }

    [Fact]
    public void The_ontology_s_own_list_replaces_the_built_in_words()
    {
        var own = Pipeline("grammar:\n  capital_acts_after:\n    en: [vows]");

        Assert.True(Extractor.Run(own, "Officials said that Paris vows calm.", "en").Entities.Any(e => e.Type == "Country" && e.Name == "France"));
        var refuses = Extractor.Run(own, "Officials said that Paris refuses any delay.", "en");
        Assert.False(refuses.Entities.Any(e => e.Type == "Country"), refuses.Describe());
    }
}
