using Graph.Evaluation.Text2KgBench;
using Graph.Extraction.Ontology;

namespace Graph.Evaluation.Tests.Text2KgBench;

public sealed class OntologyImportTests
{
    private const string Json = """
        {
          "title": "Harbour Ontology", "id": "ont_harbour",
          "concepts": [
            {"qid": "Q5", "label": "human"},
            {"qid": "Q100", "label": "harbour rank"},
            {"qid": "Q101", "label": "tug boat"},
            {"qid": "Q102", "label": "sail boat"},
            {"qid": "Q43229", "label": "organization"},
            {"qid": "Q103", "label": "location"}
          ],
          "relations": [
            {"pid": "P1", "label": "harbour rank ", "domain": "Q5", "range": "Q100"},
            {"pid": "P2", "label": "built by", "domain": "Q101", "range": "Q43229"},
            {"pid": "P2", "label": "built by", "domain": "Q102", "range": "Q43229"},
            {"pid": "P3", "label": "hull shape", "domain": "Q999", "range": ""}
          ]
        }
        """;

    private static OntologyDefinition Imported() =>
        OntologyLoader.Parse(OntologyImport.ToYaml(BenchmarkOntology.Parse(Json, "harbour.json"), LegacyKind), "harbour.yaml");

    // As graph ontology import gives it: the kind kinds.yaml gives a type's name.
    private static readonly Func<string, string?> LegacyKind = EntityKinds.LegacyKindNameOf;

    [Fact]
    public void Concepts_become_entity_types_named_from_their_labels_and_humans_are_persons()
    {
        Assert.Equal(["Person", "HarbourRank", "TugBoat", "SailBoat", "Organization", "Location"], Imported().EntityTypes.Select(t => t.Name));
    }

    [Fact]
    public void Every_type_says_its_kind_the_core_classes_theirs_and_a_legacy_name_its_legacy_kind()
    {
        var yaml = OntologyImport.ToYaml(BenchmarkOntology.Parse(Json, "harbour.json"), LegacyKind);
        var kinds = Imported().Kinds;

        Assert.Equal(6, yaml.Split('\n').Count(line => line.StartsWith("    kind: ", StringComparison.Ordinal)));
        Assert.Equal(
            [EntityKind.Person, EntityKind.None, EntityKind.None, EntityKind.None, EntityKind.Organization, EntityKind.Location],
            Imported().EntityTypes.Select(t => kinds.KindOf(t.Name)));
        Assert.Equal(EntityKind.Person, Imported().EntityTypes[0].Kind);
        // Without the legacy names only the core classes have a kind: "location" is then a label, declared so.
        var plain = OntologyLoader.Parse(OntologyImport.ToYaml(BenchmarkOntology.Parse(Json, "harbour.json")), "plain.yaml");
        Assert.Equal(EntityKind.None, plain.Kinds.KindOf("Location"));
        Assert.Equal(EntityKind.Organization, plain.Kinds.KindOf("Organization"));
    }

    [Fact]
    public void The_imported_kinds_are_what_the_same_file_without_kinds_was_read_as()
    {
        var yaml = OntologyImport.ToYaml(BenchmarkOntology.Parse(Json, "harbour.json"), LegacyKind);
        var legacy = OntologyLoader.Parse(string.Join('\n', yaml.Split('\n').Where(line => !line.StartsWith("    kind: ", StringComparison.Ordinal))), "legacy.yaml");
        var imported = Imported();

        Assert.All(imported.EntityTypes, t => Assert.Equal(legacy.Kinds.KindOf(t.Name), imported.Kinds.KindOf(t.Name)));
        Assert.All(Enum.GetValues<EntityKind>().Where(k => k != EntityKind.None), k => Assert.Equal(legacy.Kinds.TypeOf(k), imported.Kinds.TypeOf(k)));
    }

    [Fact]
    public void A_relation_label_given_twice_gets_every_domain_and_its_label_as_trigger()
    {
        var builtBy = Imported().FindRelation("BUILT_BY")!;

        Assert.Equal(["TugBoat", "SailBoat"], builtBy.SubjectTypes.ToArray());
        Assert.Equal(["Organization"], builtBy.ObjectTypes.ToArray());
        Assert.Equal(["built by"], builtBy.Triggers.For("en").ToArray());
    }

    [Fact]
    public void A_relation_whose_domain_is_not_a_concept_is_left_as_a_comment()
    {
        var yaml = OntologyImport.ToYaml(BenchmarkOntology.Parse(Json, "harbour.json"));

        Assert.Null(Imported().FindRelation("HULL_SHAPE"));
        Assert.Contains("# hull shape (P3) is not imported", yaml, StringComparison.Ordinal);
        Assert.NotNull(Imported().FindRelation("HARBOUR_RANK"));
    }

    [Fact]
    public void A_file_that_is_not_an_ontology_is_reported_with_its_name()
    {
        var error = Assert.Throws<GoldFormatException>(() => BenchmarkOntology.Parse("""{"title": "x", "id": "y", "concepts": []}""", "broken.json"));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("'relations'", error.Message, StringComparison.Ordinal);
    }
}
