using System.Text.RegularExpressions;
using Graph.Core.Articles;
using Graph.Extraction.Loading;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Ontology;

/// <summary>
/// The engine asks for entity kinds, never type names: an ontology says which type is which kind (<c>kind:
/// person</c>), one written before kinds existed is read by the legacy names of <c>kinds.yaml</c>, and a type of the
/// user's own name behaves as the legacy type of its kind did.
/// </summary>
public sealed partial class EntityKindTests
{
    private const string File = "kinds.yaml";

    // Line numbers below count from this template's first line.
    private static string Ontology(string types) => $$"""
        version: 1
        languages: [en]
        entity_types:
        {{types}}
        relation_types:
          - name: MET
            subject: [Human]
            object: [Human]
            triggers:
              en: [met]
        """;

    [Fact]
    public void An_ontology_without_kinds_reads_its_types_by_the_legacy_names()
    {
        var ontology = OntologyLoader.Parse(Ontology("  - name: Human\n  - name: Person\n  - name: Treaty"), File);

        Assert.Equal(EntityKind.Person, ontology.Kinds.KindOf("Person"));
        Assert.Equal(EntityKind.Agreement, ontology.Kinds.KindOf("Treaty"));
        Assert.Equal(EntityKind.None, ontology.Kinds.KindOf("Human"));
        // A kind no type has keeps its legacy name for what the engine finds of it (which the ontology then drops).
        Assert.False(ontology.Kinds.Declares(EntityKind.Country));
        Assert.Equal("Country", ontology.Kinds.TypeOf(EntityKind.Country));
    }

    [Fact]
    public void A_declared_kind_gives_the_users_type_name()
    {
        var ontology = OntologyLoader.Parse(Ontology("  - name: Human\n    kind: person\n  - name: Pact\n    kind: agreement"), File);

        Assert.Equal("Human", ontology.Kinds.TypeOf(EntityKind.Person));
        Assert.True(ontology.Kinds.Is("Pact", EntityKind.Agreement));
        Assert.Equal(EntityKind.None, ontology.Kinds.KindOf("Person"));
    }

    [Fact]
    public void A_type_of_a_kind_has_its_kinds_legacy_name_for_the_gold_and_a_type_of_none_keeps_its_own()
    {
        var ontology = OntologyLoader.Parse(Ontology("  - name: Human\n    kind: person\n  - name: Pact\n    kind: agreement\n  - name: Weapon\n    kind: none"), File);

        Assert.Equal("Person", ontology.Kinds.LegacyNameOf("Human"));
        Assert.Equal("Treaty", ontology.Kinds.LegacyNameOf("Pact"));
        Assert.Equal("Weapon", ontology.Kinds.LegacyNameOf("Weapon"));
        Assert.Equal("Country", OntologyLoader.Parse(Ontology("  - name: Human\n  - name: Country"), File).Kinds.LegacyNameOf("Country"));
    }

    [Fact]
    public void An_unknown_kind_is_refused_at_its_line_and_column()
    {
        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(Ontology("  - name: Human\n    kind: human"), File));

        Assert.True(e.Line == 5 && e.Column == 11, e.Message);
        Assert.Contains("'human'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_types_of_one_kind_are_refused()
    {
        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(Ontology("  - name: Human\n    kind: person\n  - name: Official\n    kind: person"), File));

        Assert.True(e.Line == 7 && e.Column == 11, e.Message);
        Assert.Contains("Human and Official", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_legacy_type_name_without_a_kind_beside_declared_kinds_is_refused_rather_than_half_read()
    {
        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(Ontology("  - name: Human\n    kind: person\n  - name: Country"), File));

        Assert.True(e.Line == 6 && e.Column == 11, e.Message);
        Assert.Contains("kind: country", e.Problem, StringComparison.Ordinal);
        var plain = OntologyLoader.Parse(Ontology("  - name: Human\n    kind: person\n  - name: Country\n    kind: none"), File);
        Assert.Equal(EntityKind.None, plain.Kinds.KindOf("Country"));
        Assert.False(plain.Kinds.Declares(EntityKind.Country));
        Assert.Equal("country", plain.Kinds.TypeOf(EntityKind.Country));
        // The engine still runs its country rules; what they find is of no declared type and is dropped.
        var run = Extractor.Run(new ExtractionPipeline(plain), "Kim Varga met Ana Lund in Paris. Paris refuses any delay.", "en");
        Assert.DoesNotContain(run.Entities, e => e.Type == "country");
    }

    [Fact]
    public void The_gazetteer_fills_the_types_of_kind_country_and_location_whatever_their_names()
    {
        var ontology = OntologyLoader.Parse(Ontology("  - name: Human\n    kind: person\n  - name: State\n    kind: country\n  - name: Place\n    kind: location") + "\ngazetteer: {min_population: 5000000}", File);

        Assert.Contains(ontology.Entities, e => e.FromGazetteer && e.Type == "State");
        Assert.Contains(ontology.Entities, e => e.FromGazetteer && e.Type == "Place");
        Assert.DoesNotContain(ontology.Entities, e => e.Type is "Country" or "Location");
    }

    /// <summary>
    /// The shipped ontology with every kind's type renamed reads the seed articles exactly as the same file without
    /// its kinds (as an earlier version wrote it) does, up to the type names: no behaviour hangs on a type's name.
    /// </summary>
    [Fact]
    public void Renamed_types_with_their_kinds_extract_what_the_legacy_names_extract()
    {
        var renames = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Person"] = "Human", ["Organization"] = "Body", ["Country"] = "State", ["Location"] = "Place", ["Treaty"] = "Pact",
        };
        var shipped = System.IO.File.ReadAllText(Extractor.OntologyPath);
        // The shipped file declares its kinds; without them it is the same ontology as an earlier version wrote it.
        var text = KindLine().Replace(shipped, "");
        Assert.NotEqual(shipped, text);
        var renamed = TypeDeclaration().Replace(shipped, m => renames.TryGetValue(m.Groups["type"].Value, out var r)
            ? m.Groups["lead"].Value + r : m.Value);
        renamed = TypeReference().Replace(renamed, m => m.Groups["lead"].Value + string.Join(", ",
            m.Groups["list"].Value.Split(',').Select(t => t.Trim()).Select(t => renames.GetValueOrDefault(t, t))) + "]");
        renamed = TypeField().Replace(renamed, m => renames.TryGetValue(m.Groups["type"].Value, out var r) ? m.Groups["lead"].Value + r : m.Value);
        var legacy = new ExtractionPipeline(OntologyLoader.Parse(text, "legacy.yaml"));
        var kinds = new ExtractionPipeline(OntologyLoader.Parse(renamed, "renamed.yaml"));
        var back = renames.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

        var articles = Directory.GetFiles(Path.Combine(Extractor.RepositoryRoot, "seeds")).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(articles);
        foreach (var path in articles)
        {
            var body = System.IO.File.ReadAllText(path);
            var article = new Article("kinds", Path.GetFileName(path), null, body, LanguageDetector.Detect(body), null, null, null, "0");
            var expected = legacy.Extract(article);
            var actual = kinds.Extract(article);

            Assert.Equal(expected.Entities.Select(e => $"{e.Id}:{e.Type}"), actual.Entities.Select(e => $"{e.Id}:{back.GetValueOrDefault(e.Type, e.Type)}"));
            Assert.Equal(expected.Relations.Select(f => $"{f.Subject} {f.Type} {f.Object} {f.Confidence}"), actual.Relations.Select(f => $"{f.Subject} {f.Type} {f.Object} {f.Confidence}"));
            Assert.NotEmpty(expected.Relations);
        }
    }

    /// <summary>
    /// No source of the engine names a legacy type (<c>"Person"</c>, <c>Type: "Country"</c>): it asks for kinds, so a
    /// literal added later (a merge, a new rule) fails here rather than silently missing a renamed type.
    /// </summary>
    [Fact]
    public void The_engine_sources_name_no_legacy_type()
    {
        var source = Path.Combine(Extractor.RepositoryRoot, "src", "Graph.Extraction");
        var names = LegacyName().Matches(System.IO.File.ReadAllText(Path.Combine(source, "Ontology", "kinds.yaml"))).Select(m => m.Groups["name"].Value).ToList();
        Assert.Contains("Person", names);
        var separator = Path.DirectorySeparatorChar;
        var offending = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal) && !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal))
            .SelectMany(f => System.IO.File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(source, f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && names.Any(n => l.Text.Contains($"\"{n}\"", StringComparison.Ordinal)))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.Empty(offending);
    }

    // "  Person: person" in kinds.yaml.
    [GeneratedRegex(@"(?m)^  (?<name>[A-Z][A-Za-z]+): [a-z]+")]
    private static partial Regex LegacyName();

    // "    kind: person" under an entity type.
    [GeneratedRegex(@"(?m)^    kind: [a-z]+\n")]
    private static partial Regex KindLine();

    // "  - name: Person" under entity_types (the only list items of that shape with a type name).
    [GeneratedRegex(@"(?m)^(?<lead>  - name: )(?<type>[A-Z][A-Za-z]+)$")]
    private static partial Regex TypeDeclaration();

    // "subject: [Country, Organization]", "object: [Treaty]".
    [GeneratedRegex(@"(?<lead>\b(?:subject|object): \[)(?<list>[A-Za-z, ]+)\]")]
    private static partial Regex TypeReference();

    // "type: Country" in entities and institutions, "lone_object: Organization" in relations.
    [GeneratedRegex(@"(?<lead>\b(?:type|lone_object): )(?<type>[A-Z][A-Za-z]+)\b")]
    private static partial Regex TypeField();
}
