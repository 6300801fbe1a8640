using Graph.Extraction.Ontology;

namespace Graph.Extraction.Lexicon;

/// <summary>One alias of a known entity. A capitalised alias must be capitalised in the text; an acronym must match its case.</summary>
/// <param name="Entity">The entity of <paramref name="EntityId"/>, found once rather than at every match.</param>
internal sealed record NameEntry(string EntityId, string Alias, bool NeedsCapital, bool IsAcronym, KnownEntity Entity);
