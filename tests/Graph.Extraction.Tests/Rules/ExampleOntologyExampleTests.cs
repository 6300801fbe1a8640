using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Rules;

/// <summary>
/// The <c>examples:</c> of the ontologies in ontology/examples (the Text2KGBench ones) are tests too, run with their own
/// ontology: each gives its facts and none of its absent ones.
/// </summary>
public sealed class ExampleOntologyExampleTests
{
    private static readonly Dictionary<string, (OntologyDefinition Ontology, ExtractionPipeline Pipeline)> Loaded = [];

    private static string Folder => Path.Combine(Extractor.RepositoryRoot, "ontology", "examples");

    private static (OntologyDefinition Ontology, ExtractionPipeline Pipeline) Load(string file)
    {
        lock (Loaded)
        {
            if (!Loaded.TryGetValue(file, out var loaded))
            {
                var ontology = OntologyLoader.Load(Path.Combine(Folder, file));
                Loaded[file] = loaded = (ontology, new ExtractionPipeline(ontology));
            }
            return loaded;
        }
    }

    public static TheoryData<string, string, int> Examples()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var path in Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var file = Path.GetFileName(path);
            foreach (var relation in Load(file).Ontology.RelationTypes)
            {
                for (var i = 0; i < relation.Examples.Length; i++)
                {
                    data.Add(file, relation.Name, i);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_of_an_example_ontology_gives_its_facts_and_not_its_absent_ones(string file, string relation, int index)
    {
        var (ontology, pipeline) = Load(file);
        var example = ontology.FindRelation(relation)!.Examples[index];
        var extraction = Extractor.Run(pipeline, example.Text, example.Language);
        var where = $"{file} line {example.Line}: {example.Text}\n  got: {extraction.Describe()}";

        foreach (var fact in example.Facts)
        {
            Assert.True(extraction.Has(fact.Subject, fact.Relation, fact.Object), $"missing {fact} — {where}");
        }
        foreach (var fact in example.Absent)
        {
            Assert.False(extraction.Has(fact.Subject, fact.Relation, fact.Object), $"unexpected {fact} — {where}");
        }
    }

    [Fact]
    public void Every_example_ontology_carries_examples()
    {
        foreach (var path in Directory.GetFiles(Folder, "*.yaml"))
        {
            Assert.True(Load(Path.GetFileName(path)).Ontology.RelationTypes.Sum(r => r.Examples.Length) >= 4, $"{path} has fewer than 4 examples");
        }
    }
}
