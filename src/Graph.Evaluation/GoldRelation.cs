using System.Collections.Immutable;

namespace Graph.Evaluation;

/// <summary>
/// A gold relation. <see cref="Object"/> is null for STATED. Troops and sources are recorded for error analysis;
/// scoring compares only (subject, relation, object).
/// </summary>
public sealed record GoldRelation(
    string Subject,
    string Relation,
    string? Object,
    long? Troops,
    ImmutableArray<string> ClaimedBy,
    ImmutableArray<long> AltTroops,
    ImmutableArray<string> AltClaimedBy)
{
    public RelationTriple Triple => new(Subject, Relation, Object);
}
