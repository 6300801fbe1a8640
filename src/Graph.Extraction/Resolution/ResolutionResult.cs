using System.Collections.Immutable;

namespace Graph.Extraction.Resolution;

/// <summary>The article's entities and every mention resolved to one of them, in text order.</summary>
internal sealed record ResolutionResult(ImmutableArray<ResolvedMention> Mentions, ImmutableDictionary<string, ResolvedEntity> Entities);
