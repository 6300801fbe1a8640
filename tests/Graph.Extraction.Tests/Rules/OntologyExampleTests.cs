using Graph.Extraction.Ontology;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Rules;

/// <summary>
/// Every <c>examples:</c> entry of the shipped ontology is a test: its text must give each listed fact and none of
/// its absent ones. A rule is written with the sentences that show it; changing a rule re-checks them.
/// </summary>
public sealed class OntologyExampleTests
{
    private static readonly Lazy<OntologyDefinition> Shipped = new(() => OntologyLoader.Load(Extractor.OntologyPath));

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var relation in Shipped.Value.RelationTypes)
        {
            for (var i = 0; i < relation.Examples.Length; i++)
            {
                data.Add(relation.Name, i);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void An_example_of_the_ontology_gives_its_facts_and_not_its_absent_ones(string relation, int index)
    {
        var example = Shipped.Value.FindRelation(relation)!.Examples[index];
        var extraction = Extractor.Run(example.Text, example.Language, "2024-06-01");
        var where = $"ontology.yaml line {example.Line} ({example.Language}): {example.Text}\n  got: {extraction.Describe()}";

        foreach (var fact in example.Facts)
        {
            Assert.True(Has(extraction, fact), $"missing {fact} — {where}");
        }
        foreach (var fact in example.Absent)
        {
            Assert.False(Has(extraction, fact), $"unexpected {fact} — {where}");
        }
    }

    [Fact]
    public void The_relations_of_issue_12_part_b_carry_examples_in_both_languages()
    {
        foreach (var name in new[] { "VISITED", "STATED", "MET", "RATIFIED", "SIGNED" })
        {
            var languages = Shipped.Value.FindRelation(name)!.Examples.Select(e => e.Language).ToHashSet();
            Assert.True(languages.SetEquals(["fr", "en"]), $"{name} has examples in: {string.Join(", ", languages)}");
        }
    }

    // MET is unordered: either direction is the fact.
    private static bool Has(Graph.Core.Extraction.ArticleExtraction extraction, ExampleFact fact) =>
        extraction.Has(fact.Subject, fact.Relation, fact.Object)
        || fact.Object is not null && Shipped.Value.FindRelation(fact.Relation) is { Symmetric: true } && extraction.Has(fact.Object, fact.Relation, fact.Subject);
}
