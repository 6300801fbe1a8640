using System.Collections.Immutable;

namespace Graph.Extraction.Ontology;

/// <summary>
/// A sentence a relation's rules must read (<c>examples: [{en: "...", facts: [[a, R, b]], absent: [[c, R, d]]}]</c>):
/// a test runs every example, so a rule and its evidence live side by side in the ontology.
/// </summary>
/// <param name="Language">The language key the text was written under.</param>
/// <param name="Facts">Triples that must come out; the object is null for a relation whose object is a statement.</param>
/// <param name="Absent">Triples that must not come out of the same text (a negative always sits next to a positive).</param>
/// <param name="Line">Line of the example in the ontology file, for a failing test's message.</param>
public sealed record RelationExample(
    string Language,
    string Text,
    ImmutableArray<ExampleFact> Facts,
    ImmutableArray<ExampleFact> Absent,
    int Line);

/// <summary>One expected (subject, relation, object) of an example; <see cref="Object"/> null for a statement.</summary>
public sealed record ExampleFact(string Subject, string Relation, string? Object)
{
    public override string ToString() => Object is null ? $"{Subject} {Relation}" : $"{Subject} {Relation} {Object}";
}
