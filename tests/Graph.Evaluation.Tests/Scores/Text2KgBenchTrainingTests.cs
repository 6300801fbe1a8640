using Graph.Evaluation.Text2KgBench;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Xunit.Abstractions;

namespace Graph.Evaluation.Tests.Scores;

/// <summary>
/// The example ontologies on Text2KGBench's training splits, scored by the benchmark's own metric. The splits live
/// in ../shared/external/text2kgbench beside the repository; a clone without them reports the skip and passes.
/// The goal is F1 0.40; the floors are the figures reached so far (see the report of issue 17), so a change
/// that loses ground fails here.
/// </summary>
public sealed class Text2KgBenchTrainingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("text2kgbench-military.yaml", "ont_5_military_train.jsonl", 0.44)]
    [InlineData("text2kgbench-politics.yaml", "ont_8_politics_train.jsonl", 0.43)]
    public void The_example_ontology_keeps_its_f1_on_the_training_split(string ontologyFile, string splitFile, double floor)
    {
        var split = ExtractionScoring.SharedFolder() is { } shared ? Path.Combine(shared, "external", "text2kgbench", splitFile) : null;
        if (split is null || !File.Exists(split))
        {
            output.WriteLine($"Skipped: ../shared/external/text2kgbench/{splitFile} is not beside the repository.");
            return;
        }
        var ontology = OntologyLoader.Load(Path.Combine(ExtractionScoring.RepositoryRoot(), "ontology", "examples", ontologyFile));

        var result = BenchmarkRun.Run(new ExtractionPipeline(ontology), BenchmarkSplit.Load(split), 0, [.. ontology.RelationTypes.Select(r => r.Name)]);

        var s = result.Score;
        output.WriteLine($"{splitFile}: {s.Sentences} sentences, P {s.Precision:F3} R {s.Recall:F3} F1 {s.F1:F3} (goal 0.40, floor {floor:F2})");
        Assert.True(s.F1 >= floor, $"{splitFile}: F1 {s.F1:F3} < {floor:F2}");
    }
}
