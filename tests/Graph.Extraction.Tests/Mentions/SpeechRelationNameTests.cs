using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>
/// A speech verb is a trigger of a relation whose object is a statement, whatever the ontology names that relation:
/// the engine names none. Sentences written for these tests.
/// </summary>
public sealed class SpeechRelationNameTests
{
    private static readonly OntologyDefinition Repository = OntologyLoader.Load(Extractor.OntologyPath);

    private static string StatementRelation => Repository.RelationTypes.Single(r => r.ObjectIsStatement).Name;

    // The repository's ontology with its statement relation renamed: same triggers, another name.
    private static ExtractionPipeline Renamed(string name) => new(Repository with
    {
        RelationTypes = [.. Repository.RelationTypes.Select(r => r.ObjectIsStatement ? r with { Name = name } : r)],
    });

    [Theory]
    [InlineData("Torvald Eklund said the harbour would stay closed until spring.", "en")]
    [InlineData("Torvald Eklund a déclaré que le port resterait fermé jusqu'au printemps.", "fr")]
    public void An_unknown_name_before_the_trigger_of_a_renamed_speech_relation_is_a_person(string sentence, string language)
    {
        Assert.NotEqual("SAID", StatementRelation);

        var extraction = Extractor.Run(Renamed("SAID"), sentence, language);

        Assert.Equal("Person", extraction.TypeOfEntityNamed("Torvald Eklund"));
        Assert.True(extraction.Relations.Any(f => f.Type == "SAID"), extraction.Describe());
    }
}
