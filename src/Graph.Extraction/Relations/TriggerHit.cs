namespace Graph.Extraction.Relations;

/// <summary>A trigger word of a relation type found at tokens [Start, End).</summary>
internal sealed record TriggerHit(int Start, int End, string Relation);
