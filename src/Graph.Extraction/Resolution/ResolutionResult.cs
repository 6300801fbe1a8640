using System.Collections.Immutable;

namespace Graph.Extraction.Resolution;

/// <summary>The article's entities and every mention resolved to one of them, in text order.</summary>
/// <param name="Entities">Read-only: a view of resolution's own dictionary, which is not touched after (building an
/// immutable dictionary per article was a tenth of resolution's time).</param>
/// <param name="TypeConflicts">Mentions read as another type than the entity they resolved to, which kept its own.</param>
internal sealed record ResolutionResult(
    ImmutableArray<ResolvedMention> Mentions, IReadOnlyDictionary<string, ResolvedEntity> Entities, ImmutableArray<TypeConflict> TypeConflicts);

/// <summary>
/// A mention whose reading ("M. X" reads as a person) disagrees with its entity's type. The ontology's entry wins;
/// between two readings of an unknown name, the first in the article does (the store then takes the type most
/// articles give).
/// </summary>
internal sealed record TypeConflict(string Text, string ReadAs, string EntityId, string KeptType, bool Known, string Sentence);
