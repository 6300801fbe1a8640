namespace Graph.Evaluation;

/// <summary>Micro-averaged scores over a group of articles (one language, or all).</summary>
public sealed record ScoreSummary(string Scope, int Articles, Score Entities, Score Relations, int TypeMismatches);
