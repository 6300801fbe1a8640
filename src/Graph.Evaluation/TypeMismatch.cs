namespace Graph.Evaluation;

/// <summary>An extracted entity mapped to a gold id whose gold type differs (not scored, reported for analysis).</summary>
public sealed record TypeMismatch(string GoldId, string GoldType, string ExtractedType);
