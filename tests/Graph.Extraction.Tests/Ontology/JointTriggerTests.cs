using Graph.Extraction.Ontology;

namespace Graph.Extraction.Tests.Ontology;

/// <summary>
/// <c>joint_triggers</c> name one event every listed partner took part in: they must be triggers of the relation too,
/// and only a symmetric relation may have them (its partners are paired with each other).
/// </summary>
public sealed class JointTriggerTests
{
    private const string File = "joint.yaml";

    private static string Ontology(string symmetric, string joint) => $"""
        version: 1
        languages: [fr, en]
        entity_types:
          - name: Person
        relation_types:
          - name: MET
            subject: [Person]
            object: [Person]
            symmetric: {symmetric}
            triggers:
              en: [met, joint briefing with]
            joint_triggers:
              en: [{joint}]
        """;

    [Fact]
    public void A_joint_trigger_of_a_symmetric_relation_loads()
    {
        var ontology = OntologyLoader.Parse(Ontology("true", "joint briefing with"), File);

        Assert.Equal(["joint briefing with"], ontology.FindRelation("MET")!.JointTriggers.For("en").ToArray());
    }

    [Fact]
    public void A_joint_trigger_that_is_not_a_trigger_is_refused_where_it_is_written()
    {
        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(Ontology("true", "joint summit with"), File));

        Assert.Equal(13, e.Line);
        Assert.Contains("joint summit with", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Joint_triggers_on_a_relation_that_is_not_symmetric_are_refused()
    {
        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(Ontology("false", "joint briefing with"), File));

        Assert.Contains("symmetric", e.Problem, StringComparison.Ordinal);
    }
}
