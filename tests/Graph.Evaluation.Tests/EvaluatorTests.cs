using System.Text.Json;
using Graph.Evaluation.Tests.Support;
using static Graph.Evaluation.Tests.Support.Build;

namespace Graph.Evaluation.Tests;

public sealed class EvaluatorTests : IDisposable
{
    private readonly GoldFiles files = new();
    private readonly GoldSet gold;
    private readonly AliasTable aliases;

    public EvaluatorTests()
    {
        gold = GoldSet.Load(files.Write("gold.yaml", TinyGold.Gold));
        aliases = AliasTable.Load(files.Write("entities.yaml", TinyGold.Aliases));
    }

    public void Dispose() => files.Dispose();

    private ArticleEvaluation EvaluateA1(params Graph.Core.Extraction.Fact[] facts) =>
        Evaluator.Evaluate(gold, aliases, [Build.Extraction("a1.txt", A1Entities, facts)]).Articles.Single(a => a.Article == "a1.txt");

    // Ids chosen by a pretend extractor: none equals a gold id, so mapping goes through names, aliases and QIDs.
    private static readonly System.Collections.Immutable.ImmutableArray<Graph.Core.Extraction.ExtractedEntity> A1Entities =
    [
        Entity("e-berg", "Mme Berg", "Person"),
        Entity("e-north", "Norhold", "Country"),
        Entity("e-russia", "Moscou", "Country", wikidata: "Q159"),
        Entity("e-pact", "Pacte de l'amitie", "Treaty"),
        Entity("e-koursk", "Koursk", "Location"),
    ];

    [Fact]
    public void A_perfect_extraction_scores_one_everywhere()
    {
        var result = EvaluateA1(
            Fact("e-berg", "SIGNED", "e-pact"),
            Fact("e-north", "DEPLOYED", "e-russia"),
            Fact("e-berg", "STATED"));

        Assert.Equal(new Score(4, 1, 0), result.Entities); // kursk-oblast is mapped but not in a1's gold
        Assert.Equal(["kursk-oblast"], result.EntityFalsePositives.ToArray());
        Assert.Equal(new Score(3, 0, 0), result.Relations);
        Assert.Equal(1.0, result.Relations.F1);
    }

    [Fact]
    public void Relation_types_the_gold_never_annotates_are_not_scored()
    {
        var result = EvaluateA1(
            Fact("e-berg", "SIGNED", "e-pact"),
            Fact("e-north", "DEPLOYED", "e-russia"),
            Fact("e-berg", "STATED"),
            Fact("e-berg", "VISITED", "e-koursk"));

        Assert.Equal(new Score(3, 0, 0), result.Relations);
    }

    [Fact]
    public void Optional_entities_and_relations_are_neither_true_nor_false_positives()
    {
        var extraction = Build.Extraction("a1.txt",
            [Entity("e-berg", "Anna Berg", "Person"), Entity("e-ena", "l’agence ENA", "Organization"), Entity("e-north", "Pays du Nord", "Country"), Entity("e-pact", "le pacte", "Treaty")],
            Fact("e-north", "SIGNED", "e-pact"));
        var result = Evaluator.Evaluate(gold, aliases, [extraction]).Articles[0];

        Assert.Equal(new Score(3, 0, 1), result.Entities);
        Assert.Equal(["russia"], result.EntityFalseNegatives.ToArray());
        Assert.Equal(new Score(0, 0, 3), result.Relations);
    }

    [Fact]
    public void Deployed_to_kursk_oblast_counts_for_a_gold_deployment_to_russia_and_the_reverse()
    {
        var a1 = EvaluateA1(Fact("e-north", "DEPLOYED", "e-koursk"));
        Assert.Equal(new Score(1, 0, 2), a1.Relations);

        var a2 = Evaluator.Evaluate(gold, aliases,
            [Build.Extraction("a2.txt", [Entity("s", "Pays du Sud", "Country"), Entity("r", "Russie", "Country")], Fact("s", "DEPLOYED", "r"))]).Articles[1];
        Assert.Equal(new Score(1, 0, 0), a2.Relations);
    }

    [Fact]
    public void Each_gold_deployment_is_matched_at_most_once()
    {
        var result = EvaluateA1(Fact("e-north", "DEPLOYED", "e-russia"), Fact("e-north", "DEPLOYED", "e-koursk"));
        Assert.Equal(new Score(1, 1, 2), result.Relations);
        Assert.Equal([new RelationTriple("north-land", "DEPLOYED", "kursk-oblast")], result.RelationFalsePositives.ToArray());
    }

    [Fact]
    public void The_deployment_rule_does_not_apply_to_other_objects_or_subjects()
    {
        var result = EvaluateA1(Fact("e-russia", "DEPLOYED", "e-koursk"));
        Assert.Equal(new Score(0, 1, 3), result.Relations);
    }

    [Fact]
    public void A_capital_as_government_alias_maps_to_the_country_only_for_a_country()
    {
        var asCountry = Evaluator.Evaluate(gold, aliases, [Build.Extraction("a2.txt", [Entity("x", "Norhold", "Country")])]).Articles[1];
        Assert.Equal(["north-land"], asCountry.EntityFalsePositives.ToArray());

        var asCity = Evaluator.Evaluate(gold, aliases, [Build.Extraction("a2.txt", [Entity("x", "Norhold", "Location")])]).Articles[1];
        Assert.Empty(asCity.EntityFalsePositives);
        Assert.Equal(new Score(1, 0, 1), asCity.Entities);
    }

    [Fact]
    public void Wikidata_then_identical_ids_then_mentions_map_entities()
    {
        var extraction = Build.Extraction("a1.txt",
        [
            Entity("whatever", "Something Else", "Country", wikidata: "Q900002"),
            Entity("pact-2024", "Unknown name", "Treaty"),
            Entity("e9", "La chancelière", "Person", mentions: ["la chancelière", "Anna Berg"]),
            Entity("e10", "La Russie", "Country"),
        ]);
        var result = Evaluator.Evaluate(gold, aliases, [extraction]).Articles[0];
        Assert.Equal(new Score(4, 0, 0), result.Entities);
    }

    [Fact]
    public void Unmapped_entities_keep_their_own_id_as_false_positives()
    {
        var result = Evaluator.Evaluate(gold, aliases, [Build.Extraction("a2.txt", [Entity("mystery-org", "Mystery Org", "Organization")], Fact("mystery-org", "STATED"))]).Articles[1];
        Assert.Equal(["mystery-org"], result.EntityFalsePositives.ToArray());
        Assert.Equal([new RelationTriple("mystery-org", "STATED", null)], result.RelationFalsePositives.ToArray());
    }

    [Fact]
    public void Stated_ignores_any_object_and_duplicates_count_once()
    {
        var result = EvaluateA1(Fact("e-berg", "STATED", "e-pact"), Fact("e-berg", "stated"));
        Assert.Equal(new Score(1, 0, 2), result.Relations);
    }

    [Fact]
    public void An_ontologys_own_type_names_are_compared_in_the_golds_names()
    {
        // An ontology that calls its country kind "State": its entities read as the gold's countries once their
        // type is given in the gold's name, and as something else (a city, a mismatch) when it is not.
        string GoldName(string type) => type == "State" ? "Country" : type;
        var extraction = Build.Extraction("a2.txt", [Entity("x", "Norhold", "State"), Entity("y", "Pays du Sud", "State")]);

        var translated = Evaluator.Evaluate(gold, aliases, [extraction], goldTypeOf: GoldName).Articles[1];
        Assert.Equal(["north-land"], translated.EntityFalsePositives.ToArray());
        Assert.Empty(translated.TypeMismatches);

        var untranslated = Evaluator.Evaluate(gold, aliases, [extraction]).Articles[1];
        Assert.DoesNotContain("north-land", untranslated.EntityFalsePositives);
        Assert.Contains(new TypeMismatch("south-land", "Country", "State"), untranslated.TypeMismatches);
    }

    [Fact]
    public void Type_mismatches_are_counted_but_do_not_change_scores()
    {
        var result = Evaluator.Evaluate(gold, aliases, [Build.Extraction("a2.txt", [Entity("x", "Pays du Sud", "Organization")])]).Articles[1];
        Assert.Equal(new Score(1, 0, 1), result.Entities);
        Assert.Equal([new TypeMismatch("south-land", "Country", "Organization")], result.TypeMismatches.ToArray());
    }

    [Fact]
    public void Missing_articles_count_as_missed_and_ungraded_ones_are_listed()
    {
        var report = Evaluator.Evaluate(gold, aliases, [Build.Extraction("other.txt", [Entity("x", "Anna Berg", "Person")])]);

        Assert.Equal(["a1.txt", "a2.txt"], report.MissingArticles.ToArray());
        Assert.Equal(["other.txt"], report.UngradedArticles.ToArray());
        Assert.Equal(new Score(0, 0, 6), report.Overall.Entities);
        Assert.Equal(0, report.Overall.Entities.Recall);
    }

    [Fact]
    public void Languages_and_overall_are_micro_averaged()
    {
        var report = Evaluator.Evaluate(gold, aliases,
        [
            Build.Extraction("a1.txt", A1Entities, Fact("e-berg", "STATED")),
            Build.Extraction("a2.txt", [Entity("s", "Pays du Sud", "Country"), Entity("z", "Zed", "Person")]),
        ]);

        var en = report.Languages.Single(l => l.Scope == "en");
        var fr = report.Languages.Single(l => l.Scope == "fr");
        Assert.Equal(new Score(1, 1, 1), en.Entities);
        Assert.Equal(new Score(4, 1, 0), fr.Entities);
        Assert.Equal(new Score(5, 2, 1), report.Overall.Entities);
        Assert.Equal(5.0 / 7, report.Overall.Entities.Precision, 9);
        Assert.Equal(5.0 / 6, report.Overall.Entities.Recall, 9);
        Assert.Equal(2 * (5.0 / 7) * (5.0 / 6) / ((5.0 / 7) + (5.0 / 6)), report.Overall.Entities.F1, 9);
        Assert.Equal(new Score(1, 0, 3), report.Overall.Relations);
    }

    [Fact]
    public void Empty_gold_and_empty_predictions_score_perfectly()
    {
        Assert.Equal(1.0, Score.Zero.F1);
        Assert.Equal(0.0, new Score(0, 2, 0).Precision);
    }

    [Fact]
    public void The_report_renders_as_text_and_json()
    {
        var report = Evaluator.Evaluate(gold, aliases, [Build.Extraction("a1.txt", A1Entities, Fact("e-north", "DEPLOYED", "e-koursk"))]);

        var text = report.ToText();
        Assert.Contains("a1.txt", text);
        Assert.Contains("all (2 articles)", text);
        Assert.Contains("entity FP: kursk-oblast", text);
        Assert.Contains("relation FN: anna-berg SIGNED pact-2024", text);
        Assert.Contains("Not extracted (scored as missed): a2.txt", text);

        using var json = JsonDocument.Parse(report.ToJson());
        var overall = json.RootElement.GetProperty("overall");
        Assert.Equal(2, overall.GetProperty("articles").GetInt32());
        Assert.True(overall.GetProperty("entities").TryGetProperty("f1", out _));
        Assert.Equal("anna-berg STATED", json.RootElement.GetProperty("articles")[0].GetProperty("relationFalseNegatives")[1].GetString());
    }
}
