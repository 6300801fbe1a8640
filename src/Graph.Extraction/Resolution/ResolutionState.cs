using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Graph.Core;
using Graph.Extraction.Mentions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>The mentions resolved so far in one article, with the look-ups later passes need.</summary>
/// <param name="capacity">The number of raw mentions, which bounds the resolved ones.</param>
internal sealed class ResolutionState(ArticleDocument document, KnownNameParts knownNameParts, int capacity)
{
    private readonly List<ResolvedMention> mentions = new(capacity);
    private readonly Dictionary<string, ResolvedEntity> entities = new(capacity, StringComparer.Ordinal);

    // Look-up state for surnames, kept up to date by Add: persons in order of first mention, their mention
    // counts, the distinct surface names they were named by, and the name parts of those and of the entity's name
    // (computed on demand; the parts of known aliases are computed once per ontology).
    private readonly List<string> persons = [];
    private readonly Dictionary<string, int> personCounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ResolvedMention>> names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> nameParts = new(StringComparer.Ordinal);

    public ArticleDocument Document => document;

    public IEnumerable<ResolvedMention> Mentions => mentions;

    public ResolvedEntity? Entity(string id) => entities.GetValueOrDefault(id);

    public void Add(RawMention mention, ResolvedEntity entity)
    {
        // The entity as stored after this mention, kept at hand rather than looked up again.
        var stored = entity;
        if (!entities.TryGetValue(entity.Id, out var existing))
        {
            entities[entity.Id] = entity;
        }
        else if (!existing.Known && entity.Name.Length > existing.Name.Length)
        {
            // A new name seen in full later ("Yu" after "Yu Ji-hoon") keeps the fullest form.
            entities[entity.Id] = stored = existing with { Name = entity.Name };
            nameParts.Remove(entity.Id);
        }
        else
        {
            stored = existing;
        }
        var tokens = document.Tokens;
        var span = new TextSpan(tokens[mention.TokenStart].Start, tokens[mention.TokenEnd - 1].End);
        // A one-token mention's text is its token's (already a string): no substring.
        var text = mention.TokenEnd - mention.TokenStart == 1 ? tokens[mention.TokenStart].Text : document.Text[span.Start..span.End];
        var resolved = new ResolvedMention(
            mention.TokenStart, mention.TokenEnd, span, text,
            entity.Id, stored.Type, mention.Kind, document.SentenceOf(mention.TokenStart));
        mentions.Add(resolved);
        if (resolved.Type == "Person")
        {
            if (personCounts.TryGetValue(entity.Id, out var count))
            {
                personCounts[entity.Id] = count + 1;
            }
            else
            {
                personCounts[entity.Id] = 1;
                persons.Add(entity.Id);
            }
            if (resolved.Kind is MentionKind.KnownName or MentionKind.NewName)
            {
                if (!names.TryGetValue(entity.Id, out var list))
                {
                    names[entity.Id] = list = [];
                }
                // A name the person was already called by adds no parts: the cached parts stay valid. The first
                // mention by each name is kept, whose tokens give the name's parts.
                if (!HasText(list, resolved.Text))
                {
                    list.Add(resolved);
                    nameParts.Remove(entity.Id);
                }
            }
        }
    }

    /// <summary>The person whose mention starts at a token (after an optional comma), for appositions.</summary>
    public string? PersonStartingAt(int token)
    {
        foreach (var m in mentions)
        {
            if (m.Type == "Person" && (m.TokenStart == token || m.TokenStart == token + 1 && document.Tokens[token].Text == ","))
            {
                return m.EntityId;
            }
        }
        return null;
    }

    /// <summary>The most-mentioned person whose name begins or ends with this folded word (known persons first).</summary>
    public ResolvedEntity? PersonWithNamePart(string folded)
    {
        ResolvedEntity? best = null;
        var bestCount = 0;
        foreach (var id in persons)
        {
            if (!knownNameParts.Of(id).Contains(folded) && !NameParts(id).Contains(folded))
            {
                continue;
            }
            var candidate = entities[id];
            var count = personCounts[id];
            if (best is null || candidate.Known && !best.Known || candidate.Known == best.Known && count > bestCount)
            {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    public ResolutionResult Result() =>
        new(InTextOrder(mentions), entities.AsReadOnly());

    /// <summary>The mentions by start token, equal starts in the order added.</summary>
    /// <remarks>
    /// Sorted on (start, position added), which is unique, so an unstable sort gives the stable order. Each pass
    /// adds its mentions across the whole article, so an insertion sort shifted half the list per mention.
    /// </remarks>
    private static ImmutableArray<ResolvedMention> InTextOrder(List<ResolvedMention> mentions)
    {
        var sorted = mentions.ToArray();
        var inOrder = true;
        for (var i = 1; i < sorted.Length && inOrder; i++)
        {
            inOrder = sorted[i - 1].TokenStart <= sorted[i].TokenStart;
        }
        if (!inOrder)
        {
            var keys = new long[sorted.Length];
            for (var i = 0; i < sorted.Length; i++)
            {
                keys[i] = (long)sorted[i].TokenStart << 32 | (uint)i;
            }
            Array.Sort(keys, sorted);
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    /// <summary>Parts of the names the article gave the person and of its entity name; few, so a list.</summary>
    private List<string> NameParts(string id)
    {
        if (nameParts.TryGetValue(id, out var cached))
        {
            return cached;
        }
        var parts = new List<string>();
        var entityName = entities[id].Name;
        var entityNameSeen = false;
        if (names.GetValueOrDefault(id) is { } surface)
        {
            // Distinct names (Add keeps each once), in order of first use, read from the article's tokens.
            foreach (var name in surface)
            {
                KnownNameParts.AddParts(KnownNameParts.PartsOf(document.Tokens, name.TokenStart, name.TokenEnd, name.Text), parts);
                entityNameSeen |= string.Equals(name.Text, entityName, StringComparison.Ordinal);
            }
        }
        // A new name's entity is named by one of its mentions, whose parts are in already (a repeat changes no look-up).
        if (!entityNameSeen)
        {
            KnownNameParts.AddParts(knownNameParts.PartsOfName(id, entityName), parts);
        }
        nameParts[id] = parts;
        return parts;
    }

    private static bool HasText(List<ResolvedMention> mentions, string text)
    {
        foreach (var mention in mentions)
        {
            if (string.Equals(mention.Text, text, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
