namespace Graph.Extraction.Lexicon;

/// <summary>One alias of a known entity. A capitalised alias must be capitalised in the text; an acronym must match its case.</summary>
internal sealed record NameEntry(string EntityId, string Alias, bool NeedsCapital, bool IsAcronym);
