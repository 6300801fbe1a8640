using Graph.Extraction.Ontology;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Graph.Core;
using Graph.Extraction.Mentions;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>The mentions resolved so far in one article, with the look-ups later passes need.</summary>
/// <param name="capacity">The number of raw mentions, which bounds the resolved ones.</param>
internal sealed class ResolutionState(ArticleDocument document, KnownNameParts knownNameParts, EntityKinds kinds, int capacity)
{
    // The mentions in the order added, in a buffer each thread reuses from article to article: only the result,
    // in text order, is a new array. Taken by the state until its Result, so that another state never shares it.
    [ThreadStatic]
    private static ResolvedMention[]? reusedMentions;

    [ThreadStatic]
    private static long[]? reusedKeys;

    private ResolvedMention[] mentions = Take(ref reusedMentions, capacity);
    private int count;
    private readonly Dictionary<string, ResolvedEntity> entities = new(capacity, StringComparer.Ordinal);

    // Look-up state for surnames, kept up to date by Add: persons in order of first mention, with their mention
    // counts, the distinct surface names they were named by, and the name parts of those and of the entity's name
    // (computed on demand; the parts of known aliases are computed once per ontology). Created with the first person.
    private List<Person>? persons;
    private Dictionary<string, Person>? personsById;

    // One type per entity: a mention read as another type than its entity's is kept under the entity's type and
    // reported (created on the first conflict; most articles have none).
    private List<TypeConflict>? typeConflicts;

    public ArticleDocument Document => document;

    /// <summary>The mentions resolved so far, in the order added.</summary>
    public ReadOnlySpan<ResolvedMention> Mentions => mentions.AsSpan(0, count);

    public ResolvedEntity? Entity(string id) => entities.GetValueOrDefault(id);

    public void Add(RawMention mention, ResolvedEntity entity, string? readAs = null)
    {
        // One hash of the id for both the look-up and the store. The entity as stored after this mention is kept
        // at hand rather than looked up again.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(entities, entity.Id, out _);
        var stored = entity;
        if (slot is not { } existing)
        {
            slot = entity;
        }
        else if (!existing.Known && entity.Name.Length > existing.Name.Length)
        {
            // A new name seen in full later ("Yu" after "Yu Ji-hoon") keeps the fullest form.
            slot = stored = existing with { Name = entity.Name };
            if (personsById?.GetValueOrDefault(entity.Id) is { } renamed)
            {
                renamed.Parts = null;
            }
        }
        else
        {
            stored = existing;
        }
        var tokens = document.Tokens;
        readAs ??= entity.Type;
        if (!string.Equals(readAs, stored.Type, StringComparison.Ordinal))
        {
            NoteTypeConflict(mention, readAs, stored);
        }
        var span = new TextSpan(tokens[mention.TokenStart].Start, tokens[mention.TokenEnd - 1].End);
        // A one-token mention's text is its token's (already a string): no substring.
        var text = mention.TokenEnd - mention.TokenStart == 1 ? tokens[mention.TokenStart].Text : document.Text[span.Start..span.End];
        var resolved = new ResolvedMention(
            mention.TokenStart, mention.TokenEnd, span, text,
            entity.Id, stored.Type, mention.Kind, document.SentenceOf(mention.TokenStart));
        if (count == mentions.Length)
        {
            // More mentions than raw ones (not expected: each raw mention resolves once at most).
            Array.Resize(ref mentions, 2 * count);
        }
        mentions[count++] = resolved;
        if (kinds.Is(resolved.Type, EntityKind.Person))
        {
            personsById ??= new Dictionary<string, Person>(StringComparer.Ordinal);
            if (personsById.TryGetValue(entity.Id, out var person))
            {
                person.Count++;
            }
            else
            {
                personsById[entity.Id] = person = new Person(entity.Id, knownNameParts.Of(entity.Id));
                (persons ??= []).Add(person);
            }
            // A name the person was already called by adds no parts: the cached parts stay valid. The first
            // mention by each name is kept, whose tokens give the name's parts.
            if (resolved.Kind is MentionKind.KnownName or MentionKind.NewName && !HasText(person.Names, resolved.Text))
            {
                (person.Names ??= []).Add(resolved);
                person.Parts = null;
            }
        }
    }

    /// <summary>The person whose mention starts at a token (after an optional comma), for appositions.</summary>
    public string? PersonStartingAt(int token)
    {
        foreach (var m in Mentions)
        {
            if (kinds.Is(m.Type, EntityKind.Person) && (m.TokenStart == token || m.TokenStart == token + 1 && document.Tokens[token].Text == ","))
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
        foreach (var person in persons ?? [])
        {
            if (!person.KnownParts.Contains(folded) && !NameParts(person).Contains(folded))
            {
                continue;
            }
            var candidate = entities[person.Id];
            if (best is null || candidate.Known && !best.Known || candidate.Known == best.Known && person.Count > bestCount)
            {
                best = candidate;
                bestCount = person.Count;
            }
        }
        return best;
    }

    /// <summary>The article's resolution; the state is done after it (its mentions' buffer goes back to the thread).</summary>
    public ResolutionResult Result() =>
        new(InTextOrder(), entities.AsReadOnly(), typeConflicts is null ? [] : [.. typeConflicts]);

    /// <summary>Records that a mention read as <paramref name="readAs"/> was kept as <paramref name="kept"/>'s type.</summary>
    public void NoteTypeConflict(RawMention mention, string readAs, ResolvedEntity kept)
    {
        var tokens = document.Tokens;
        var text = document.Text[tokens[mention.TokenStart].Start..tokens[mention.TokenEnd - 1].End];
        (typeConflicts ??= []).Add(new TypeConflict(text, readAs, kept.Id, kept.Type, kept.Known, document.Sentences[document.SentenceOf(mention.TokenStart)].Text));
    }

    /// <summary>The mentions by start token, equal starts in the order added.</summary>
    /// <remarks>
    /// Sorted on (start, position added), which is unique, so an unstable sort gives the stable order. Each pass
    /// adds its mentions across the whole article, so an insertion sort shifted half the list per mention.
    /// </remarks>
    private ImmutableArray<ResolvedMention> InTextOrder()
    {
        var inOrder = true;
        for (var i = 1; i < count && inOrder; i++)
        {
            inOrder = mentions[i - 1].TokenStart <= mentions[i].TokenStart;
        }
        if (!inOrder)
        {
            var keys = reusedKeys is { } reused && reused.Length >= count ? reused : reusedKeys = new long[Math.Max(count, 64)];
            for (var i = 0; i < count; i++)
            {
                keys[i] = (long)mentions[i].TokenStart << 32 | (uint)i;
            }
            Array.Sort(keys, mentions, 0, count);
        }
        var sorted = mentions.AsSpan(0, count).ToArray();
        // The buffer goes back to the thread, cleared so that it keeps no article alive: the state is done.
        Array.Clear(mentions, 0, count);
        reusedMentions = mentions;
        mentions = [];
        count = 0;
        return ImmutableCollectionsMarshal.AsImmutableArray(sorted);
    }

    /// <summary>The thread's buffer if it is free and long enough, else a new one; the thread's is free again once given back.</summary>
    private static ResolvedMention[] Take(ref ResolvedMention[]? reused, int length)
    {
        var buffer = reused is { } free && free.Length >= length ? free : new ResolvedMention[Math.Max(length, 64)];
        reused = null;
        return buffer;
    }

    /// <summary>Parts of the names the article gave the person and of its entity name; few, so a list.</summary>
    private List<string> NameParts(Person person)
    {
        if (person.Parts is { } cached)
        {
            return cached;
        }
        var parts = new List<string>();
        var entityName = entities[person.Id].Name;
        var entityNameSeen = false;
        // Distinct names (Add keeps each once), in order of first use, read from the article's tokens.
        foreach (var name in person.Names ?? [])
        {
            KnownNameParts.AddParts(KnownNameParts.PartsOf(document.Tokens, name.TokenStart, name.TokenEnd, name.Text), parts);
            entityNameSeen |= string.Equals(name.Text, entityName, StringComparison.Ordinal);
        }
        // A new name's entity is named by one of its mentions, whose parts are in already (a repeat changes no look-up).
        if (!entityNameSeen)
        {
            KnownNameParts.AddParts(knownNameParts.PartsOfName(person.Id, entityName), parts);
        }
        person.Parts = parts;
        return parts;
    }

    private static bool HasText(List<ResolvedMention>? mentions, string text)
    {
        foreach (var mention in mentions ?? [])
        {
            if (string.Equals(mention.Text, text, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A person of the article, as surname look-ups need it.</summary>
    private sealed class Person(string id, FrozenSet<string> knownParts)
    {
        public string Id => id;

        /// <summary>The parts of the known entity's aliases (empty for a new name).</summary>
        public FrozenSet<string> KnownParts => knownParts;

        public int Count { get; set; } = 1;

        /// <summary>The first mention by each distinct name (known or new name mentions only).</summary>
        public List<ResolvedMention>? Names { get; set; }

        /// <summary>Cached <see cref="ResolutionState.NameParts"/>; null when a name was added since.</summary>
        public List<string>? Parts { get; set; }
    }
}
