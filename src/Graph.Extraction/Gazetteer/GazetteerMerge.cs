using System.Collections.Immutable;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Gazetteer;

/// <summary>
/// Adds the gazetteer's countries and places to an ontology's own entities. The ontology wins: an entry with the
/// id or, for the same type, a name of an ontology entity is that entity (which keeps its id and gains the entry's
/// aliases, demonyms, capital and codes); a name an ontology entity owns never goes to another entry; a demonym two
/// countries share ("Congolese") names neither.
/// </summary>
internal static class GazetteerMerge
{
    public static ImmutableArray<KnownEntity> Merge(ImmutableArray<KnownEntity> own, IEnumerable<GazetteerEntry> entries, EntityKinds kinds)
    {
        var selected = entries.ToList();
        var ownById = own.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var ownerOfName = new Dictionary<string, KnownEntity>(StringComparer.Ordinal);
        var ownDemonyms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entity in own)
        {
            foreach (var name in entity.Aliases.All.Append(entity.Name))
            {
                ownerOfName.TryAdd(PhraseKey.Of(name), entity);
            }
            ownDemonyms.UnionWith(entity.Demonyms.All.Select(PhraseKey.Of));
        }

        // Which ontology entity each entry is, if any; the others are new unless an ontology entity owns their name.
        var same = new Dictionary<string, KnownEntity>(StringComparer.Ordinal);
        var kept = new List<GazetteerEntry>();
        foreach (var entry in selected)
        {
            if (Counterpart(entry, kinds.TypeOf(entry.Kind), ownById, ownerOfName) is { } counterpart)
            {
                same[entry.Id] = counterpart;
            }
            else if (!ownerOfName.ContainsKey(PhraseKey.Of(entry.Name)))
            {
                kept.Add(entry);
            }
        }
        var keptIds = kept.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        string? Target(string? id) => id is null ? null : same.TryGetValue(id, out var o) ? o.Id : keptIds.Contains(id) ? id : null;

        var countryNames = kept.Where(e => e.IsCountry).SelectMany(e => e.Aliases.All.Append(e.Name)).Select(PhraseKey.Of).ToHashSet(StringComparer.Ordinal);
        var countries = selected.Where(e => e.IsCountry).ToList();
        var sharedNames = Shared(countries.Select(e => e.Aliases.All.Append(e.Name)));
        var sharedDemonyms = Shared(countries.Select(e => e.Demonyms.All));
        bool FreeName(string name, GazetteerEntry entry) =>
            !ownerOfName.ContainsKey(PhraseKey.Of(name)) && (entry.IsCountry ? !sharedNames.Contains(PhraseKey.Of(name)) : !countryNames.Contains(PhraseKey.Of(name)));
        bool FreeDemonym(string demonym) => !ownDemonyms.Contains(PhraseKey.Of(demonym)) && !sharedDemonyms.Contains(PhraseKey.Of(demonym));

        var result = ImmutableArray.CreateBuilder<KnownEntity>(own.Length + kept.Count);
        var additions = selected.Where(e => same.ContainsKey(e.Id)).ToLookup(e => same[e.Id].Id, StringComparer.Ordinal);
        foreach (var entity in own)
        {
            result.Add(additions[entity.Id].Aggregate(entity, (current, entry) => Enrich(current, entry, Target(entry.Capital),
                Filter(entry.Aliases, name => ownerOfName.GetValueOrDefault(PhraseKey.Of(name)) is not { } owner || owner.Id == entity.Id),
                Filter(entry.Demonyms, FreeDemonym))));
        }
        foreach (var entry in kept)
        {
            result.Add(new KnownEntity(entry.Id, kinds.TypeOf(entry.Kind), entry.Name, null,
                Filter(entry.Aliases, name => FreeName(name, entry)), TermSet.Empty, Filter(entry.Demonyms, FreeDemonym),
                Target(entry.Capital), Target(entry.CapitalOf), [])
            {
                Iso3166 = entry.IsCountry ? entry.CountryCode : null,
                GeoNames = entry.GeoNamesId,
                FromGazetteer = true,
            });
        }
        return result.ToImmutable();
    }

    /// <summary>Keys that more than one entry gives ("Congo" names two states): such a name names neither.</summary>
    private static HashSet<string> Shared(IEnumerable<IEnumerable<string>> namesPerEntry) =>
        namesPerEntry.SelectMany(names => names.Select(PhraseKey.Of).Distinct(StringComparer.Ordinal))
            .GroupBy(k => k, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

    private static KnownEntity? Counterpart(GazetteerEntry entry, string type, Dictionary<string, KnownEntity> byId, Dictionary<string, KnownEntity> ownerOfName)
    {
        if (byId.TryGetValue(entry.Id, out var sameId) && sameId.Type == type)
        {
            return sameId;
        }
        foreach (var name in entry.Aliases.All.Prepend(entry.Name))
        {
            if (ownerOfName.TryGetValue(PhraseKey.Of(name), out var owner) && owner.Type == type)
            {
                return owner;
            }
        }
        return null;
    }

    private static KnownEntity Enrich(KnownEntity entity, GazetteerEntry entry, string? capital, TermSet aliases, TermSet demonyms) =>
        entity with
        {
            Aliases = Union(entity.Aliases, aliases),
            Demonyms = Union(entity.Demonyms, demonyms),
            Capital = entity.Capital ?? capital,
            Iso3166 = entity.Iso3166 ?? (entry.IsCountry ? entry.CountryCode : null),
            GeoNames = entity.GeoNames ?? entry.GeoNamesId,
        };

    private static TermSet Filter(TermSet terms, Func<string, bool> keep) =>
        new(terms.ByLanguage.ToImmutableSortedDictionary(p => p.Key, p => p.Value.Where(keep).ToImmutableArray(), StringComparer.Ordinal));

    private static TermSet Union(TermSet first, TermSet second)
    {
        var builder = first.ByLanguage.ToBuilder();
        foreach (var (language, terms) in second.ByLanguage)
        {
            builder[language] = builder.TryGetValue(language, out var existing) ? existing.Union(terms, StringComparer.Ordinal).ToImmutableArray() : terms;
        }
        return new TermSet(builder.ToImmutable());
    }
}
