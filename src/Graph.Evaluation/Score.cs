namespace Graph.Evaluation;

/// <summary>
/// Counts of true positives, false positives and false negatives, with precision, recall and F1. When both
/// sides are empty the score is perfect (nothing to find, nothing wrongly found); otherwise an empty denominator
/// gives 0.
/// </summary>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static readonly Score Zero = new(0, 0, 0);

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives, FalseNegatives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives, FalsePositives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Micro-average: counts are added, ratios recomputed.</summary>
    public Score Add(Score other) => new(
        TruePositives + other.TruePositives,
        FalsePositives + other.FalsePositives,
        FalseNegatives + other.FalseNegatives);

    private static double Ratio(int numerator, int denominator, int otherErrors) =>
        denominator == 0 ? (otherErrors == 0 ? 1 : 0) : (double)numerator / denominator;
}
