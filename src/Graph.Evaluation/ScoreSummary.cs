using System.Collections.Immutable;

namespace Graph.Evaluation;

/// <summary>Micro-averaged scores over a group of articles (one language, or all).</summary>
public sealed record ScoreSummary(string Scope, int Articles, Score Entities, Score Relations, int TypeMismatches)
{
    /// <summary>Relation scores per type, over the articles whose gold annotates that type.</summary>
    public ImmutableSortedDictionary<string, Score> RelationsByType { get; init; } = ImmutableSortedDictionary<string, Score>.Empty;
}
