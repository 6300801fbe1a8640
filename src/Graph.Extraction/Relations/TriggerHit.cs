namespace Graph.Extraction.Relations;

/// <summary>A trigger word of a relation type found at tokens [Start, End).</summary>
// A struct: a sentence may hold several, and they live only while it is read.
internal readonly record struct TriggerHit(int Start, int End, string Relation);
