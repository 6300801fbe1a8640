using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Graph.Core.Extraction;
using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Turns resolved mentions into the article's entity list and enforces the ontology one last time: an entity
/// of an undeclared type is dropped with its facts, and the drop is reported.
/// </summary>
/// <remarks>
/// Runs for every article, so it groups with arrays instead of LINQ, and what depends only on the ontology (type
/// names, each known entity's sorted aliases) is computed once here.
/// </remarks>
internal sealed class EntityAssembler
{
    private readonly FrozenSet<string> entityTypes;
    private readonly FrozenDictionary<string, SortedAliases> sortedAliases;

    public EntityAssembler(OntologyDefinition ontology)
    {
        entityTypes = ontology.EntityTypes.Select(t => t.Name).ToFrozenSet(StringComparer.Ordinal);
        Ontology = ontology;
        // Aliases.All is already distinct: sorting it once spares every article the work.
        var aliases = new Dictionary<string, SortedAliases>(StringComparer.Ordinal);
        foreach (var entity in ontology.Entities)
        {
            aliases.TryAdd(entity.Id, SortedAliases.Of(entity.Name, [.. entity.Aliases.All.Order(StringComparer.Ordinal)]));
        }
        sortedAliases = aliases.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private OntologyDefinition Ontology { get; }

    public (ImmutableArray<ExtractedEntity> Entities, ImmutableArray<Fact> Facts, ImmutableArray<Rejection> Dropped) Assemble(
        ResolutionResult resolution, IReadOnlyList<Fact> facts)
    {
        var dropped = ImmutableArray.CreateBuilder<Rejection>(0);
        foreach (var conflict in resolution.TypeConflicts)
        {
            var rule = conflict.Known ? "the ontology's entry wins" : "the article's first reading wins";
            dropped.Add(new Rejection(
                $"type conflict: '{conflict.Text}' reads as {conflict.ReadAs}, but {conflict.EntityId} is {conflict.KeptType} ({rule}); kept as {conflict.KeptType}",
                conflict.Sentence, Subject: conflict.EntityId));
        }

        var groups = MentionGroups.Of(resolution.Mentions);
        var entities = new Dictionary<string, ExtractedEntity>(groups.Count, StringComparer.Ordinal);
        for (var g = 0; g < groups.Count; g++)
        {
            var group = groups.Group(g);
            var id = group[0].EntityId;
            var resolved = resolution.Entities[id];
            if (!entityTypes.Contains(resolved.Type))
            {
                dropped.Add(new Rejection($"entity '{resolved.Name}' has the type {resolved.Type}, which the ontology does not declare", group[0].Text));
                continue;
            }
            // An unnamed treaty exists only through what was done with it.
            if (!resolved.Known && Ontology.Kinds.Is(resolved.Type, EntityKind.Agreement) && !IsObjectOfAny(facts, resolved.Id))
            {
                continue;
            }
            entities[id] = Build(resolved, group);
        }
        var kept = ImmutableArray.CreateBuilder<Fact>(facts.Count);
        foreach (var fact in facts)
        {
            if (!Ensure(entities, fact.Subject) || fact.Object is { } obj && !Ensure(entities, obj))
            {
                dropped.Add(new Rejection($"{fact.Type}: an entity of this fact is not in the ontology's types", fact.Sentence, fact.Type, fact.Subject, fact.Object));
                continue;
            }
            kept.Add(fact);
        }
        var ordered = new ExtractedEntity[entities.Count];
        entities.Values.CopyTo(ordered, 0);
        // (first mention, id) is unique per entity, so any sort gives what a stable OrderBy().ThenBy() gave.
        Array.Sort(ordered, CompareByFirstMention);
        return (ImmutableCollectionsMarshal.AsImmutableArray(ordered), kept.DrainToImmutable(), dropped.DrainToImmutable());
    }

    private static int CompareByFirstMention(ExtractedEntity a, ExtractedEntity b)
    {
        var byStart = FirstStart(a).CompareTo(FirstStart(b));
        return byStart != 0 ? byStart : string.CompareOrdinal(a.Id, b.Id);
    }

    private static int FirstStart(ExtractedEntity entity) => entity.Mentions.IsEmpty ? int.MaxValue : entity.Mentions[0].Span.Start;

    private static bool IsObjectOfAny(IReadOnlyList<Fact> facts, string id)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (facts[i].Object == id)
            {
                return true;
            }
        }
        return false;
    }

    /// <param name="group">The entity's mentions in resolution order.</param>
    private ExtractedEntity Build(ResolvedEntity resolved, ReadOnlySpan<ResolvedMention> group)
    {
        var list = new Mention[group.Length];
        for (var i = 0; i < group.Length; i++)
        {
            list[i] = new Mention(group[i].Text, group[i].Span);
        }
        SortByStartStably(list);
        var known = resolved.Known ? Ontology.FindEntity(resolved.Id) : null;
        return new ExtractedEntity(resolved.Id, resolved.Name, resolved.Type, AliasesOf(resolved, list), resolved.Wikidata,
            ImmutableCollectionsMarshal.AsImmutableArray(list))
        {
            Iso3166 = known?.Iso3166,
            GeoNames = known?.GeoNames,
        };
    }

    /// <summary>The ontology's aliases and the mention texts, without the name, distinct and in ordinal order.</summary>
    /// <remarks>
    /// The ontology's aliases are sorted once; mention texts rarely add to them, and then the sorted aliases are
    /// returned as they are, or merged with the few new texts.
    /// </remarks>
    private ImmutableArray<string> AliasesOf(ResolvedEntity resolved, Mention[] mentions)
    {
        var sorted = sortedAliases.GetValueOrDefault(resolved.Id);
        var known = sorted?.All ?? [];
        List<string>? extra = null;
        foreach (var mention in mentions)
        {
            var text = mention.Text;
            if (text != resolved.Name && known.AsSpan().BinarySearch(text, StringComparer.Ordinal) < 0 && !(extra?.Contains(text) ?? false))
            {
                (extra ??= []).Add(text);
            }
        }
        var nameAt = known.AsSpan().BinarySearch(resolved.Name, StringComparer.Ordinal);
        if (extra is null)
        {
            return nameAt < 0 ? known : sorted!.Name == resolved.Name ? sorted.WithoutName : known.RemoveAt(nameAt);
        }
        extra.Sort(StringComparer.Ordinal);
        var merged = new string[known.Length - (nameAt < 0 ? 0 : 1) + extra.Count];
        int k = 0, e = 0, m = 0;
        while (k < known.Length || e < extra.Count)
        {
            if (k == nameAt)
            {
                k++;
                continue;
            }
            merged[m++] = e == extra.Count || k < known.Length && string.CompareOrdinal(known[k], extra[e]) < 0 ? known[k++] : extra[e++];
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(merged);
    }

    /// <summary>Mentions come in text order almost always; an insertion sort keeps equal starts in their order, as OrderBy did.</summary>
    private static void SortByStartStably(Mention[] mentions)
    {
        for (var i = 1; i < mentions.Length; i++)
        {
            var current = mentions[i];
            var j = i - 1;
            while (j >= 0 && mentions[j].Span.Start > current.Span.Start)
            {
                mentions[j + 1] = mentions[j];
                j--;
            }
            mentions[j + 1] = current;
        }
    }

    /// <summary>Facts may name an entity only through a demonym ("soldats nord-coréens"): add it from the ontology.</summary>
    private bool Ensure(Dictionary<string, ExtractedEntity> entities, string id)
    {
        if (entities.ContainsKey(id))
        {
            return true;
        }
        if (Ontology.FindEntity(id) is not { } known || !entityTypes.Contains(known.Type))
        {
            return false;
        }
        entities[id] = new ExtractedEntity(known.Id, known.Name, known.Type, sortedAliases.GetValueOrDefault(known.Id)?.All ?? [], known.Wikidata, [])
        {
            Iso3166 = known.Iso3166,
            GeoNames = known.GeoNames,
        };
        return true;
    }

    /// <summary>Mentions grouped by entity: groups in order of first mention, members in resolution order (as GroupBy gave).</summary>
    private readonly struct MentionGroups(ResolvedMention[] ordered, int[] starts)
    {
        public int Count => starts.Length - 1;

        public ReadOnlySpan<ResolvedMention> Group(int index) => ordered.AsSpan(starts[index], starts[index + 1] - starts[index]);

        public static MentionGroups Of(ImmutableArray<ResolvedMention> mentions)
        {
            var groupOf = new int[mentions.Length];
            var groupIndex = new Dictionary<string, int>(mentions.Length, StringComparer.Ordinal);
            var sizes = new List<int>(mentions.Length);
            for (var i = 0; i < mentions.Length; i++)
            {
                if (!groupIndex.TryGetValue(mentions[i].EntityId, out var group))
                {
                    group = sizes.Count;
                    groupIndex[mentions[i].EntityId] = group;
                    sizes.Add(0);
                }
                groupOf[i] = group;
                sizes[group]++;
            }
            var starts = new int[sizes.Count + 1];
            for (var g = 0; g < sizes.Count; g++)
            {
                starts[g + 1] = starts[g] + sizes[g];
            }
            var next = starts[..^1];
            var ordered = new ResolvedMention[mentions.Length];
            for (var i = 0; i < mentions.Length; i++)
            {
                ordered[next[groupOf[i]]++] = mentions[i];
            }
            return new MentionGroups(ordered, starts);
        }
    }

    /// <summary>An entity's sorted aliases, and the same without its ontology name: most articles call it by that name.</summary>
    private sealed record SortedAliases(string Name, ImmutableArray<string> All, ImmutableArray<string> WithoutName)
    {
        public static SortedAliases Of(string name, ImmutableArray<string> all)
        {
            var nameAt = all.AsSpan().BinarySearch(name, StringComparer.Ordinal);
            return new SortedAliases(name, all, nameAt < 0 ? all : all.RemoveAt(nameAt));
        }
    }
}
