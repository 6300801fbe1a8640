namespace Graph.Evaluation;

/// <summary>What relation scoring compares: subject, relation type and object (null for STATED).</summary>
public readonly record struct RelationTriple(string Subject, string Relation, string? Object)
{
    public override string ToString() => Object is null ? $"{Subject} {Relation}" : $"{Subject} {Relation} {Object}";
}
