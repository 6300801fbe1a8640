using Graph.Extraction.Ontology;

namespace Graph.Extraction.Tests.Ontology;

/// <summary>
/// Ontologies that are broken or built to inject Cypher are refused at load, naming the file, the line and the
/// column of the offending node. Labels and relationship types are the only strings ever spliced into a query.
/// </summary>
public sealed class HostileOntologyTests
{
    private const string File = "hostile.yaml";

    // Line numbers below count from this template's first line.
    private static string Ontology(string entityType = "Person", string relation = "SIGNED", string subject = "Person", string entities = "", string trigger = "signé") => $"""
        version: 1
        languages: [fr, en]
        entity_types:
          - name: Treaty
          - name: {entityType}
        relation_types:
          - name: {relation}
            subject: [{subject}]
            object: [Treaty]
            triggers:
              fr: [{trigger}]
        entities:
          - id: treaty-one
            type: Treaty
            name: Treaty One
        {entities}
        """;

    [Fact]
    public void The_template_itself_loads()
    {
        var ontology = OntologyLoader.Parse(Ontology(), File);

        Assert.Equal(["Treaty", "Person"], ontology.EntityTypes.Select(t => t.Name));
    }

    [Theory]
    [InlineData("a*", "at least 3 letters")]
    [InlineData("chef d*", "at least 3 letters")]
    [InlineData("*", "at least 3 letters")]
    [InlineData("si*gné", "may only end a term")]
    public void A_wildcard_trigger_that_would_match_most_words_is_refused_where_it_is_written(string trigger, string problem)
    {
        var e = Refused(Ontology(trigger: Quote(trigger)));

        AssertAt(e, line: 11, column: 12);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sign*")]
    [InlineData("jet*")]
    [InlineData("accord sign*")]
    public void A_wildcard_with_a_real_stem_loads(string trigger)
    {
        var ontology = OntologyLoader.Parse(Ontology(trigger: Quote(trigger)), File);

        Assert.Equal(trigger, Assert.Single(ontology.RelationTypes[0].Triggers.For("fr")));
    }

    [Fact]
    public void A_yaml_syntax_error_names_file_line_and_column()
    {
        var e = Refused("version: 1\nlanguages: [fr, en\nentity_types: []\n");

        Assert.InRange(e.Line, 2, 3);
        Assert.True(e.Column > 0);
        Assert.Contains("YAML syntax error", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mapping_value_in_the_wrong_place_is_a_syntax_error_with_its_position()
    {
        var e = Refused("version: 1\nlanguages: [fr, en]\nentity_types: name: Person\n");

        Assert.Equal(3, e.Line);
        Assert.Contains("YAML syntax error", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Person`) DETACH DELETE (n")]
    [InlineData("Per`son")]
    [InlineData("Person:Admin")]
    [InlineData("Person {x: 1}")]
    [InlineData("person")]
    [InlineData("Pérson")]
    public void An_entity_type_that_is_not_a_plain_label_is_refused_where_it_is_written(string label)
    {
        var e = Refused(Ontology(entityType: Quote(label), subject: "Treaty"));

        AssertAt(e, line: 5, column: 11);
        Assert.Contains("not a valid label", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SIGNED BY")]
    [InlineData("SIGNED}]->(x) DETACH DELETE x //")]
    [InlineData("SIGNED`")]
    [InlineData("signed")]
    [InlineData("SIGNED-BY")]
    public void A_relation_type_with_spaces_braces_or_backticks_is_refused_where_it_is_written(string type)
    {
        var e = Refused(Ontology(relation: Quote(type)));

        AssertAt(e, line: 7, column: 11);
        Assert.Contains("not a valid relationship type", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relation_naming_an_undeclared_type_is_refused()
    {
        var e = Refused(Ontology(subject: "Spaceship"));

        AssertAt(e, line: 8, column: 15);
        Assert.Contains("'Spaceship'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_of_an_undeclared_type_is_refused()
    {
        var e = Refused(Ontology(entities: "  - id: kim\n    type: Dictator\n    name: Kim\n"));

        AssertAt(e, line: 17, column: 11);
        Assert.Contains("'Dictator'", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_entity_id_is_refused_at_the_second_declaration()
    {
        var e = Refused(Ontology(entities: "  - id: treaty-one\n    type: Treaty\n    name: Again\n"));

        AssertAt(e, line: 16, column: 5);
        Assert.Contains("declared twice", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_entity_type_is_refused()
    {
        var e = Refused(Ontology(entityType: "Treaty"));

        AssertAt(e, line: 5, column: 11);
        Assert.Contains("declared twice", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_id_with_cypher_in_it_is_refused()
    {
        var e = Refused(Ontology(entities: "  - id: \"x'}) DETACH DELETE n //\"\n    type: Treaty\n    name: X\n"));

        AssertAt(e, line: 16, column: 9);
        Assert.Contains("lowercase slug", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Entity")]
    [InlineData("Article")]
    [InlineData("Evidence")]
    [InlineData("Statement")]
    public void A_type_named_like_a_node_of_the_graph_schema_is_refused(string label)
    {
        var e = Refused(Ontology(entityType: label, subject: "Treaty"));

        Assert.Contains("reserved", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_message_reads_file_colon_line_colon_column()
    {
        var e = Refused(Ontology(relation: "\"A B\""));

        Assert.StartsWith($"{File}:7:11: ", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_from_disk_names_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"hostile-{Guid.NewGuid():N}.yaml");
        System.IO.File.WriteAllText(path, Ontology(relation: "\"A B\""));
        try
        {
            var e = Assert.Throws<OntologyException>(() => OntologyLoader.Load(path));
            Assert.StartsWith($"{path}:7:11: ", e.Message, StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void A_relation_declares_itself_symmetric_and_the_loader_reads_it()
    {
        var ontology = OntologyLoader.Parse(Ontology(entityType: "Person").Replace("object: [Treaty]", "object: [Person]", StringComparison.Ordinal)
            .Replace("subject: [Person]", "subject: [Person]\n    symmetric: true", StringComparison.Ordinal), File);
        Assert.True(ontology.FindRelation("SIGNED")!.Symmetric);
        Assert.False(OntologyLoader.Parse(Ontology(), File).FindRelation("SIGNED")!.Symmetric);
    }

    [Fact]
    public void A_symmetric_relation_whose_subject_and_object_differ_is_refused_where_it_says_so()
    {
        var e = Refused(Ontology().Replace("subject: [Person]", "subject: [Person]\n    symmetric: true", StringComparison.Ordinal));
        AssertAt(e, 9, 16);
        Assert.Contains("same entity types", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("symetric: true")]
    [InlineData("symmetric: yes")]
    public void A_misspelt_key_or_a_flag_that_is_not_true_or_false_is_refused(string line)
    {
        var e = Refused(Ontology().Replace("subject: [Person]", "subject: [Person]\n    " + line, StringComparison.Ordinal));
        Assert.Equal(9, e.Line);
    }

    [Fact]
    public void A_cue_set_nothing_reads_is_refused_as_a_likely_misspelling()
    {
        var e = Refused(Ontology(entities: "cues:\n  troop_nuons:\n    fr: [soldats]"));
        Assert.Contains("troop_nuons", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_qualifier_reading_an_undeclared_cue_set_is_refused_where_it_names_it()
    {
        var e = Refused(Ontology().Replace("subject: [Person]", "subject: [Person]\n    qualifiers: {troops: {count: troop_nouns}}", StringComparison.Ordinal));
        Assert.Equal(9, e.Line);
        Assert.Contains("troop_nouns", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Declared_qualifiers_and_opposition_objects_are_read()
    {
        var ontology = OntologyLoader.Parse(Ontology(entities: "cues:\n  arms:\n    en: [tanks]")
            .Replace("subject: [Person]", "subject: [Person]\n    qualifiers: {weapon: {noun: arms}}\n    object_after_opposition: true", StringComparison.Ordinal), File);
        var relation = ontology.FindRelation("SIGNED")!;
        Assert.Equal([new QualifierDefinition("weapon", QualifierKind.Noun, "arms")], relation.Qualifiers.ToArray());
        Assert.True(relation.ObjectAfterOpposition);
    }

    [Fact]
    public void A_lone_object_type_and_a_listed_with_type_are_read()
    {
        var ontology = OntologyLoader.Parse(Ontology()
            .Replace("subject: [Person]", "subject: [Person]\n    lone_object: Treaty", StringComparison.Ordinal)
            .Replace("  - name: Treaty\n", "  - name: Treaty\n    listed_with: true\n", StringComparison.Ordinal), File);

        Assert.Equal("Treaty", ontology.FindRelation("SIGNED")!.LoneObject);
        Assert.Equal([true, false], ontology.EntityTypes.Select(t => t.ListedWith));
    }

    [Fact]
    public void A_lone_object_type_outside_the_relation_objects_is_refused_where_it_is_written()
    {
        var e = Refused(Ontology().Replace("subject: [Person]", "subject: [Person]\n    lone_object: Person", StringComparison.Ordinal));

        Assert.Equal(9, e.Line);
        Assert.Contains("lone_object 'Person'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("examples: [{fr: \"Le traité a été signé.\", facts: [[x, SIGNED, treaty-one]], when: now}]", "unknown key 'when'")]
    [InlineData("examples: [{fr: \"Le traité a été signé.\", facts: []}]", "at least one fact")]
    [InlineData("examples: [{fr: \"Un texte.\", en: \"A text.\", facts: [[x, SIGNED]]}]", "exactly one text")]
    [InlineData("examples: [{fr: \"Un texte.\", facts: [[x]]}]", "[subject, RELATION, object]")]
    public void A_malformed_example_is_refused_where_it_is_written(string line, string problem)
    {
        var e = Refused(Ontology().Replace("subject: [Person]", "subject: [Person]\n    " + line, StringComparison.Ordinal));

        Assert.Equal(9, e.Line);
        Assert.Contains(problem, e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_well_formed_example_is_read_with_its_facts_and_absences()
    {
        var ontology = OntologyLoader.Parse(Ontology().Replace("subject: [Person]",
            "subject: [Person]\n    examples: [{fr: \"Le traité a été signé.\", facts: [[x, SIGNED, treaty-one]], absent: [[y, SIGNED]]}]", StringComparison.Ordinal), File);

        var example = Assert.Single(ontology.FindRelation("SIGNED")!.Examples);
        Assert.Equal(("fr", "Le traité a été signé."), (example.Language, example.Text));
        Assert.Equal([new ExampleFact("x", "SIGNED", "treaty-one")], example.Facts.ToArray());
        Assert.Equal([new ExampleFact("y", "SIGNED", null)], example.Absent.ToArray());
    }

    private static OntologyException Refused(string yaml)
    {
        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(yaml, File));
        Assert.Equal(File, e.File);
        return e;
    }

    private static void AssertAt(OntologyException e, int line, int column) =>
        Assert.True(e.Line == line && e.Column == column, $"expected {line}:{column}, got {e.Message}");

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
