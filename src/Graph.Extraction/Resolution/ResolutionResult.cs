using System.Collections.Immutable;

namespace Graph.Extraction.Resolution;

/// <summary>The article's entities and every mention resolved to one of them, in text order.</summary>
/// <param name="Entities">Read-only: a view of resolution's own dictionary, which is not touched after (building an
/// immutable dictionary per article was a tenth of resolution's time).</param>
internal sealed record ResolutionResult(ImmutableArray<ResolvedMention> Mentions, IReadOnlyDictionary<string, ResolvedEntity> Entities);
