using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests.Pipeline;

/// <summary>
/// A relation type a user declares with nothing but its types and a trigger list (EXPELLED: a state expels a
/// diplomat or a state's envoys) is read through the same generic constructions as the shipped ones: an object list
/// with a qualifying name, a passive with its agent, the actor carried to the next sentence, a hypothetical block.
/// Sentences written for this test.
/// </summary>
public sealed class TriggerOnlyRelationTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-trigger-only-" + Guid.NewGuid().ToString("N"));
    private readonly Lazy<ExtractionPipeline> pipeline;

    public TriggerOnlyRelationTests() => pipeline = new(() => new ExtractionPipeline(OntologyLoader.Load(WriteOntology())));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Poland expelled Kremlin spokesman Dmitry Peskov and Foreign Minister Sergey Lavrov on Monday.", "en")]
    [InlineData("La Pologne a expulsé le porte-parole du Kremlin Dmitri Peskov et le ministre Sergueï Lavrov lundi.", "fr")]
    public void A_list_of_objects_with_a_qualifying_name_gives_one_fact_per_person(string text, string language)
    {
        var extraction = Extractor.Run(pipeline.Value, text, language, "2024-03-01");

        Assert.True(extraction.Has("poland", "EXPELLED", "dmitry-peskov"), extraction.Describe());
        Assert.True(extraction.Has("poland", "EXPELLED", "sergey-lavrov"), extraction.Describe());
        Assert.False(extraction.Has("poland", "EXPELLED", "kremlin"), extraction.Describe());
    }

    [Theory]
    [InlineData("Sergey Lavrov was expelled by Poland in May.", "en")]
    [InlineData("Sergueï Lavrov a été expulsé par la Pologne en mai.", "fr")]
    public void A_passive_takes_its_agent_as_the_subject(string text, string language)
    {
        var extraction = Extractor.Run(pipeline.Value, text, language, "2024-06-01");

        Assert.True(extraction.Has("poland", "EXPELLED", "sergey-lavrov"), extraction.Describe());
    }

    [Fact]
    public void The_actor_goes_on_to_the_next_sentence_and_a_threat_is_no_fact()
    {
        var carried = Extractor.Run(pipeline.Value, "Poland expelled four diplomats on Monday. It also expelled Dmitry Peskov.", "en", "2024-03-01");
        var threat = Extractor.Run(pipeline.Value, "Poland threatened to expel Dmitry Peskov on Monday.", "en", "2024-03-01");

        Assert.True(carried.Has("poland", "EXPELLED", "dmitry-peskov"), carried.Describe());
        Assert.DoesNotContain(threat.Relations, f => f.Type == "EXPELLED");
    }

    private string WriteOntology()
    {
        var yaml = File.ReadAllText(Extractor.OntologyPath)
            .Replace("relation_types:\n", """
                relation_types:
                  - name: EXPELLED
                    subject: [Country]
                    object: [Person, Country]
                    triggers:
                      fr: [expulsé, expulsée, expulsés, expulse, expulser]
                      en: [expelled, expels, expel]

                """, StringComparison.Ordinal);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "ontology.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }
}
