using Graph.Core.Extraction;

namespace Graph.Evaluation;

/// <summary>
/// Maps an extracted entity to a gold id: by Wikidata QID, then by identical id, then by name. Name matching
/// compares the entity's name, aliases and mention texts with every gold name and alias (<see cref="NameKey"/>)
/// and prefers, in order: canonical-name matches, the longest matched string, the gold id of the same type, and
/// an id annotated in this article. Returns null when nothing matches (the entity can then only be a false positive).
/// Types compare in the gold's names: <c>goldType</c> names the extracted entity's type as the gold does.
/// </summary>
internal static class EntityMapper
{
    internal static string? Map(ExtractedEntity entity, AliasTable aliases, GoldArticle? gold, string? goldType = null)
    {
        if (aliases.FindByWikidata(entity.Wikidata) is { } byQid)
        {
            return byQid;
        }

        if (aliases.TryGet(entity.Id, out _) || InArticle(gold, entity.Id))
        {
            return entity.Id;
        }

        Candidate? best = null;
        foreach (var (surface, isName) in Surfaces(entity))
        {
            var length = NameKey.Of(surface).Length;
            foreach (var match in aliases.Find(surface))
            {
                var candidate = Rate(match, goldType ?? entity.Type, isName, length, aliases, gold);
                if (best is null || candidate.CompareTo(best.Value) < 0)
                {
                    best = candidate;
                }
            }
        }

        return best?.Id;
    }

    private static Candidate Rate(AliasMatch match, string goldType, bool isName, int length, AliasTable aliases, GoldArticle? gold)
    {
        var sameType = aliases.TryGet(match.Id, out var entry) && string.Equals(entry.Type, goldType, StringComparison.OrdinalIgnoreCase);

        // "Pyongyang (as a government)", an alias of the country, is as good as a canonical name for an entity
        // extracted with the country's type, and a weak match for anything else (the city is meant). The gold's
        // entry says what the state's type is: evaluation names no type.
        var canonical = match.Canonical || (match.Government && sameType);
        var tier = canonical && isName ? 0 : canonical || isName ? 1 : 2;
        return new Candidate(match.Id, match.Government && !sameType, tier, length, sameType, InArticle(gold, match.Id));
    }

    private static IEnumerable<(string Surface, bool IsName)> Surfaces(ExtractedEntity entity)
    {
        yield return (entity.Name, true);
        foreach (var alias in entity.Aliases.IsDefault ? [] : entity.Aliases)
        {
            yield return (alias, false);
        }

        foreach (var mention in entity.Mentions.IsDefault ? [] : entity.Mentions)
        {
            yield return (mention.Text, false);
        }
    }

    private static bool InArticle(GoldArticle? gold, string id) =>
        gold is not null && (gold.Entities.Any(e => e.Id == id) || gold.OptionalEntities.Any(e => e.Id == id));

    private readonly record struct Candidate(string Id, bool Demoted, int Tier, int Length, bool SameType, bool InArticle)
        : IComparable<Candidate>
    {
        /// <summary>Smaller is better.</summary>
        public int CompareTo(Candidate other)
        {
            var order = Demoted.CompareTo(other.Demoted);
            if (order == 0) order = Tier.CompareTo(other.Tier);
            if (order == 0) order = other.Length.CompareTo(Length);
            if (order == 0) order = other.SameType.CompareTo(SameType);
            if (order == 0) order = other.InArticle.CompareTo(InArticle);
            return order != 0 ? order : string.CompareOrdinal(Id, other.Id);
        }
    }
}
