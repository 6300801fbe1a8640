namespace Graph.Extraction.Relations;

/// <summary>A trigger word of a relation type found at tokens [Start, End).</summary>
/// <param name="Continues">It follows another trigger of its relation closely ("sent troops to"): the same act, read
/// only when that first trigger gave no fact.</param>
internal sealed record TriggerHit(int Start, int End, string Relation, bool Continues = false);
