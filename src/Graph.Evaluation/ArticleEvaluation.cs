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
    ImmutableArray<TypeMismatch> TypeMismatches);
