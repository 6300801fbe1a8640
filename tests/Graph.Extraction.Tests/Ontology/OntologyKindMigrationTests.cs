using System.Text.RegularExpressions;
using Graph.Extraction.Ontology;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Ontology;

/// <summary><c>graph ontology migrate</c>: a file without kinds gets the kinds it was read with, and nothing else changes.</summary>
public sealed partial class OntologyKindMigrationTests
{
    private const string Legacy = """
        version: 1
        languages: [en]
        # People first.
        entity_types:
          - name: Person   # the people
            description: A human being.
          - {name: Country, description: "A state"}
          - description: Documents.
            name: Treaty
          - name: Vessel
        relation_types:
          - name: SIGNED
            subject: [Person, Country]
            object: [Treaty]
            triggers:
              en: [signed]
        """;

    [Fact]
    public void Each_legacy_type_gets_its_kind_after_its_name_and_the_rest_of_the_text_stays()
    {
        var (yaml, added) = OntologyKindMigration.AddKinds(Legacy, "legacy.yaml");

        Assert.Equal(3, added);
        Assert.Contains("  - name: Person   # the people\n    kind: person\n    description: A human being.\n", yaml, StringComparison.Ordinal);
        Assert.Contains("  - {name: Country, kind: country, description: \"A state\"}\n", yaml, StringComparison.Ordinal);
        Assert.Contains("    name: Treaty\n    kind: agreement\n  - name: Vessel\nrelation_types:", yaml, StringComparison.Ordinal);
        Assert.Equal(Legacy, KindLine().Replace(yaml, "").Replace(", kind: country", "", StringComparison.Ordinal));
        var ontology = OntologyLoader.Parse(yaml, "migrated.yaml");
        Assert.Equal([EntityKind.Person, EntityKind.Country, EntityKind.Agreement, EntityKind.None], ontology.EntityTypes.Select(t => t.Kind));
    }

    [Fact]
    public void A_file_that_declares_its_kinds_comes_back_unchanged()
    {
        var (migrated, _) = OntologyKindMigration.AddKinds(Legacy, "legacy.yaml");

        var (again, added) = OntologyKindMigration.AddKinds(migrated, "migrated.yaml");

        Assert.Equal(0, added);
        Assert.Equal(migrated, again);
    }

    /// <summary>The shipped ontologies put <c>kind:</c> right after the name: without it, migration writes them back as they are.</summary>
    [Theory]
    [InlineData("ontology.yaml")]
    [InlineData("examples/text2kgbench-military.yaml")]
    [InlineData("examples/text2kgbench-politics.yaml")]
    public void A_shipped_ontology_without_its_kinds_migrates_back_to_itself(string file)
    {
        var shipped = File.ReadAllText(Path.Combine(Extractor.RepositoryRoot, "ontology", file));
        var legacy = KindLine().Replace(shipped, "");
        Assert.NotEqual(shipped, legacy);

        var (migrated, added) = OntologyKindMigration.AddKinds(legacy, file);

        Assert.Equal(KindLine().Matches(shipped).Count, added);
        Assert.Equal(shipped, migrated);
    }

    // "    kind: person" under an entity type.
    [GeneratedRegex(@"(?m)^    kind: [a-z]+\n")]
    private static partial Regex KindLine();
}
