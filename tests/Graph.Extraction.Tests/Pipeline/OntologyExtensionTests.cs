using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests.Pipeline;

/// <summary>A new entity type and a new relation type work from the YAML alone, with no code change.</summary>
public sealed class OntologyExtensionTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-ontology-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_weapon_type_and_a_tested_relation_are_extracted_in_both_languages()
    {
        var pipeline = new ExtractionPipeline(OntologyLoader.Load(WriteExtendedOntology()));

        var french = Extractor.Run(pipeline, "La Corée du Nord a testé le Hwasong-19 jeudi.", "fr");
        var english = Extractor.Run(pipeline, "North Korea tested the Hwasong 19 on Thursday.", "en");

        Assert.Equal("Weapon", french.Entity("hwasong-19")?.Type);
        Assert.True(french.Has("north-korea", "TESTED", "hwasong-19"), french.Describe());
        Assert.True(english.Has("north-korea", "TESTED", "hwasong-19"), english.Describe());
    }

    private string WriteExtendedOntology()
    {
        var yaml = File.ReadAllText(Extractor.OntologyPath)
            .Replace("entity_types:\n", "entity_types:\n  - name: Weapon\n    description: Missiles and other weapon systems.\n", StringComparison.Ordinal)
            .Replace("relation_types:\n", """
                relation_types:
                  - name: TESTED
                    subject: [Country]
                    object: [Weapon]
                    triggers:
                      fr: [a testé, testé, testée]
                      en: [tested, tests]

                """, StringComparison.Ordinal)
            + "\n  - {id: hwasong-19, type: Weapon, name: Hwasong-19, aliases: {fr: [Hwasong-19], en: [Hwasong-19, Hwasong 19]}}\n";
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "ontology.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
