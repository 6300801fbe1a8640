using System.Collections.Immutable;

namespace Graph.Evaluation;

/// <summary>
/// Scores predicted relation triples against one article's gold. Each gold triple is matched at most once, in
/// three passes: exact matches; then the DEPLOYED rule of the gold README ("objects russia and kursk-oblast are
/// both accepted where the text names both": a predicted DEPLOYED to either counts for a gold DEPLOYED of the same
/// subject to either); then optional relations, which are neither true nor false positives. Triples come in
/// already canonical (<see cref="Canonical"/>): a symmetric relation's two arguments in one fixed order.
/// </summary>
internal static class RelationMatcher
{
    internal const string Deployed = "DEPLOYED";

    private static readonly ImmutableHashSet<string> InterchangeableDeploymentTargets =
        ImmutableHashSet.Create(StringComparer.Ordinal, "russia", "kursk-oblast");

    /// <summary>
    /// "(a, MET, b)" and "(b, MET, a)" are one fact when the relation is symmetric: its arguments are put in
    /// ordinal order, so both sides compare and count it once.
    /// </summary>
    internal static RelationTriple Canonical(RelationTriple triple, IReadOnlySet<string> symmetric) =>
        triple.Object is { } obj && symmetric.Contains(triple.Relation) && string.CompareOrdinal(obj, triple.Subject) < 0
            ? new RelationTriple(obj, triple.Relation, triple.Subject)
            : triple;

    internal static (Score Score, ImmutableArray<RelationTriple> TruePositives, ImmutableArray<RelationTriple> FalsePositives, ImmutableArray<RelationTriple> FalseNegatives) Match(
        IReadOnlyCollection<RelationTriple> predicted, GoldArticle gold, IReadOnlySet<string> scored, IReadOnlySet<string> symmetric)
    {
        var unmatchedGold = gold.Relations.Select(r => Canonical(r.Triple, symmetric)).Where(t => scored.Contains(t.Relation)).Distinct().ToList();
        var optional = gold.OptionalRelations.Select(r => Canonical(r.Triple, symmetric)).ToHashSet();
        var remaining = new List<RelationTriple>();
        var matched = ImmutableArray.CreateBuilder<RelationTriple>();

        foreach (var triple in predicted)
        {
            if (unmatchedGold.Remove(triple))
            {
                matched.Add(triple);
            }
            else
            {
                remaining.Add(triple);
            }
        }

        var falsePositives = ImmutableArray.CreateBuilder<RelationTriple>();
        foreach (var triple in remaining)
        {
            var substitute = IsInterchangeableDeployment(triple)
                ? unmatchedGold.FindIndex(g => g.Subject == triple.Subject && IsInterchangeableDeployment(g))
                : -1;
            if (substitute >= 0)
            {
                unmatchedGold.RemoveAt(substitute);
                matched.Add(triple);
            }
            else if (!optional.Contains(triple))
            {
                falsePositives.Add(triple);
            }
        }

        var score = new Score(matched.Count, falsePositives.Count, unmatchedGold.Count);
        return (score, matched.ToImmutable(), falsePositives.ToImmutable(), [.. unmatchedGold]);
    }

    private static bool IsInterchangeableDeployment(RelationTriple triple) =>
        triple.Relation == Deployed && triple.Object is not null && InterchangeableDeploymentTargets.Contains(triple.Object);
}
