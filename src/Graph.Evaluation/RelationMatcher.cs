using System.Collections.Immutable;

namespace Graph.Evaluation;

/// <summary>
/// Scores predicted relation triples against one article's gold. Each gold triple is matched at most once, in
/// three passes: exact matches; then the DEPLOYED rule of the gold README ("objects russia and kursk-oblast are
/// both accepted where the text names both": a predicted DEPLOYED to either counts for a gold DEPLOYED of the same
/// subject to either); then optional relations, which are neither true nor false positives.
/// </summary>
internal static class RelationMatcher
{
    internal const string Deployed = "DEPLOYED";

    private static readonly ImmutableHashSet<string> InterchangeableDeploymentTargets =
        ImmutableHashSet.Create(StringComparer.Ordinal, "russia", "kursk-oblast");

    internal static (Score Score, ImmutableArray<RelationTriple> FalsePositives, ImmutableArray<RelationTriple> FalseNegatives) Match(
        IReadOnlyCollection<RelationTriple> predicted, GoldArticle gold)
    {
        var unmatchedGold = gold.Relations.Select(r => r.Triple).Distinct().ToList();
        var optional = gold.OptionalRelations.Select(r => r.Triple).ToHashSet();
        var remaining = new List<RelationTriple>();
        var truePositives = 0;

        foreach (var triple in predicted)
        {
            if (unmatchedGold.Remove(triple))
            {
                truePositives++;
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
                truePositives++;
            }
            else if (!optional.Contains(triple))
            {
                falsePositives.Add(triple);
            }
        }

        var score = new Score(truePositives, falsePositives.Count, unmatchedGold.Count);
        return (score, falsePositives.ToImmutable(), [.. unmatchedGold]);
    }

    private static bool IsInterchangeableDeployment(RelationTriple triple) =>
        triple.Relation == Deployed && triple.Object is not null && InterchangeableDeploymentTargets.Contains(triple.Object);
}
