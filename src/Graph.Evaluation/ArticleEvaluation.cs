using System.Collections.Immutable;

namespace Graph.Evaluation;

/// <summary>Scores and errors of one article. Error lists hold gold ids (or the extracted id when unmapped).</summary>
public sealed record ArticleEvaluation(
    string Article,
    string Language,
    Score Entities,
    Score Relations,
    ImmutableArray<string> EntityFalsePositives,
    ImmutableArray<string> EntityFalseNegatives,
    ImmutableArray<RelationTriple> RelationFalsePositives,
    ImmutableArray<RelationTriple> RelationFalseNegatives,
    ImmutableArray<TypeMismatch> TypeMismatches)
{
    /// <summary>The relation score of each type the gold annotates (<see cref="GoldArticle.AnnotatedRelations"/>).</summary>
    public ImmutableSortedDictionary<string, Score> RelationsByType { get; init; } = ImmutableSortedDictionary<string, Score>.Empty;
}
