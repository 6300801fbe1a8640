using Graph.Evaluation.Tests.Support;
using static Graph.Evaluation.Tests.Support.Build;

namespace Graph.Evaluation.Tests;

/// <summary>
/// A gold file says which relation types it annotates (<c>annotated_relations</c>, default the four original ones);
/// only those are scored, per type and per language, and a symmetric type is compared unordered.
/// </summary>
public sealed class AnnotatedRelationTests : IDisposable
{
    private const string Aliases = """
        ada-lind:   {type: Person, name: Ada Lind, aliases: [Ada Lind]}
        bo-kern:    {type: Person, name: Bo Kern, aliases: [Bo Kern]}
        cy-mott:    {type: Person, name: Cy Mott, aliases: [Cy Mott]}
        westland:   {type: Country, name: Westland, aliases: [Westland]}
        oreport:    {type: Location, name: Oreport, aliases: [Oreport]}
        """;

    private const string Gold = """
        ---
        article: m1.txt
        language: en
        annotated_relations: [MET, VISITED, SANCTIONED]
        entities:
          - {id: ada-lind, type: Person}
          - {id: bo-kern, type: Person}
          - {id: oreport, type: Location}
        relations:
          - {s: bo-kern, rel: MET, o: ada-lind}
          - {s: ada-lind, rel: VISITED, o: oreport}
        optional_relations:
          - {s: cy-mott, rel: MET, o: ada-lind}
        ---
        article: m2.txt
        language: fr
        entities:
          - {id: westland, type: Country}
        relations:
          - {s: westland, rel: STATED}
        """;

    private readonly GoldFiles files = new();
    private readonly GoldSet gold;
    private readonly AliasTable aliases;
    private static readonly HashSet<string> Symmetric = new(["MET"], StringComparer.Ordinal);

    public AnnotatedRelationTests()
    {
        gold = GoldSet.Load(files.Write("gold.yaml", Gold));
        aliases = AliasTable.Load(files.Write("entities.yaml", Aliases));
    }

    public void Dispose() => files.Dispose();

    private static readonly System.Collections.Immutable.ImmutableArray<Graph.Core.Extraction.ExtractedEntity> People =
    [
        Entity("x-ada", "Ada Lind", "Person"),
        Entity("x-bo", "Bo Kern", "Person"),
        Entity("x-cy", "Cy Mott", "Person"),
        Entity("x-west", "Westland", "Country"),
        Entity("x-ore", "Oreport", "Location"),
    ];

    [Fact]
    public void A_gold_without_annotated_relations_scores_the_four_original_types()
    {
        Assert.Equal(["SIGNED", "RATIFIED", "DEPLOYED", "STATED"], gold.Find("m2.txt")!.AnnotatedRelations.ToArray());
        Assert.Equal(["MET", "VISITED", "SANCTIONED"], gold.Find("m1.txt")!.AnnotatedRelations.ToArray());
    }

    [Fact]
    public void Facts_of_types_the_article_does_not_annotate_are_neither_right_nor_wrong()
    {
        var report = Evaluator.Evaluate(gold, aliases,
        [
            Build.Extraction("m1.txt", People, Fact("x-ada", "STATED"), Fact("x-ada", "VISITED", "x-ore"), Fact("x-bo", "MET", "x-ada")),
            Build.Extraction("m2.txt", People, Fact("x-west", "STATED"), Fact("x-west", "VISITED", "x-ore")),
        ], Symmetric);

        Assert.Equal(new Score(2, 0, 0), report.Articles[0].Relations);
        Assert.Equal(new Score(1, 0, 0), report.Articles[1].Relations);
    }

    [Fact]
    public void An_annotated_type_with_no_gold_fact_makes_every_extracted_one_a_false_positive()
    {
        var result = Evaluator.Evaluate(gold, aliases, [Build.Extraction("m1.txt", People, Fact("x-west", "SANCTIONED", "x-bo"))], Symmetric).Articles[0];

        Assert.Equal(new Score(0, 1, 2), result.Relations);
        Assert.Equal(new Score(0, 1, 0), result.RelationsByType["SANCTIONED"]);
    }

    [Fact]
    public void A_symmetric_relation_matches_in_either_order_and_counts_once()
    {
        var result = Evaluator.Evaluate(gold, aliases,
            [Build.Extraction("m1.txt", People, Fact("x-ada", "MET", "x-bo"), Fact("x-bo", "MET", "x-ada"), Fact("x-ada", "MET", "x-cy"))], Symmetric).Articles[0];

        Assert.Equal(new Score(1, 0, 1), result.Relations); // the optional Cy Mott pair, written the other way round, is neither
        Assert.Equal(new Score(1, 0, 0), result.RelationsByType["MET"]);
    }

    [Fact]
    public void Without_the_declaration_order_matters()
    {
        var result = Evaluator.Evaluate(gold, aliases, [Build.Extraction("m1.txt", People, Fact("x-ada", "MET", "x-bo"))]).Articles[0];

        Assert.Equal(new Score(0, 1, 2), result.Relations);
    }

    [Fact]
    public void Scores_are_summed_per_type_and_language_and_printed_as_a_table()
    {
        var report = Evaluator.Evaluate(gold, aliases,
        [
            Build.Extraction("m1.txt", People, Fact("x-ada", "VISITED", "x-ore"), Fact("x-ada", "VISITED", "x-west")),
            Build.Extraction("m2.txt", People, Fact("x-west", "STATED")),
        ], Symmetric);

        Assert.Equal(new Score(1, 1, 0), report.Languages.Single(l => l.Scope == "en").RelationsByType["VISITED"]);
        Assert.Equal(new Score(1, 0, 0), report.Overall.RelationsByType["STATED"]);
        Assert.Equal(new Score(0, 0, 1), report.Overall.RelationsByType["MET"]);
        Assert.False(report.Languages.Single(l => l.Scope == "fr").RelationsByType.ContainsKey("MET"));

        var text = report.ToText();
        Assert.Contains("relation type     lang |  rel P   rel R  rel F1  tp/fp/fn", text, StringComparison.Ordinal);
        Assert.Contains("VISITED           en   |  0.500   1.000   0.667  1/1/0", text, StringComparison.Ordinal);
        Assert.Contains("MET               all  |  0.000   0.000   0.000  0/0/1", text, StringComparison.Ordinal);

        using var json = System.Text.Json.JsonDocument.Parse(report.ToJson());
        Assert.Equal(1, json.RootElement.GetProperty("overall").GetProperty("relationsByType").GetProperty("STATED").GetProperty("truePositives").GetInt32());
    }
}
