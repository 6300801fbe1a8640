namespace Graph.Extraction.Mentions;

/// <summary>An entity named inside a longer mention: the country in "South Korea's foreign ministry".</summary>
internal sealed record NestedMention(int TokenStart, int TokenEnd, string EntityId);
