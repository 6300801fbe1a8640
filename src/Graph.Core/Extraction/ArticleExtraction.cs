using System.Collections.Immutable;
using Graph.Core.Articles;

namespace Graph.Core.Extraction;

/// <summary>Everything extraction found in one article: the unit that the graph store writes atomically.</summary>
public sealed record ArticleExtraction(
    Article Article,
    ImmutableArray<ExtractedEntity> Entities,
    ImmutableArray<Fact> Relations,
    ImmutableArray<Rejection> Rejected,
    string ExtractorVersion);
