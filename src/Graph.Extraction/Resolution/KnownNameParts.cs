using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// The name parts (first and last word of each name of two words or more) of every known entity's aliases,
/// computed once per ontology: lone surnames are matched against them in every article.
/// </summary>
internal sealed class KnownNameParts(OntologyDefinition ontology)
{
    private readonly FrozenDictionary<string, FrozenSet<string>> byId = Build(ontology);

    // The parts of each known entity's own name (not among its aliases), which resolution asks for every person
    // of every article: computed once per ontology, with the name they belong to.
    private readonly FrozenDictionary<string, (string Name, (string First, string Last)? Parts)> nameById = ontology.Entities
        .DistinctBy(e => e.Id, StringComparer.Ordinal)
        .ToFrozenDictionary(e => e.Id, e => (e.Name, PartsOf(e.Name)), StringComparer.Ordinal);

    /// <summary>The parts of the known entity's aliases; empty for an entity the ontology does not know.</summary>
    public FrozenSet<string> Of(string id) => byId.GetValueOrDefault(id) ?? FrozenSet<string>.Empty;

    /// <summary>The first and last words of the phrase key of <paramref name="name"/>, the name of entity <paramref name="id"/>.</summary>
    public (string First, string Last)? PartsOfName(string id, string name) =>
        nameById.TryGetValue(id, out var known) && string.Equals(known.Name, name, StringComparison.Ordinal) ? known.Parts : PartsOf(name);

    /// <summary>Adds the first and last words of <paramref name="name"/>'s phrase key, if it has two words or more.</summary>
    public static void AddParts(string name, ICollection<string> parts) => AddParts(PartsOf(name), parts);

    public static void AddParts((string First, string Last)? nameParts, ICollection<string> parts)
    {
        if (nameParts is var (first, last))
        {
            parts.Add(first);
            parts.Add(last);
        }
    }

    /// <summary>
    /// The parts of the text of tokens [<paramref name="start"/>, <paramref name="end"/>) of a document, read from
    /// its tokens: the same as <see cref="PartsOf"/> of that text, without tokenising it again (a cache keyed by
    /// names misses on every new name, and a large corpus has many).
    /// </summary>
    /// <remarks>
    /// The tokenizer decides a token from its own characters and its immediate neighbours, so a span of whole
    /// tokens tokenizes alone as it did in the document, except at its edges: a hyphen there is a joiner only with a
    /// word on both sides, and a word ends with its elision's apostrophe only before a letter. Spans with either at an
    /// edge, and folded forms holding a space (the key splits on spaces), are left to <see cref="PartsOf"/>.
    /// </remarks>
    public static (string First, string Last)? PartsOf(ImmutableArray<Token> tokens, int start, int end, string text)
    {
        if (tokens[start].Kind == TokenKind.Joiner || tokens[end - 1].Kind == TokenKind.Joiner || EndsWithApostrophe(tokens[end - 1].Text))
        {
            return PartsOf(text);
        }
        string? first = null, last = null;
        var words = 0;
        for (var k = start; k < end; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Joiner || token.Folded.Length == 0)
            {
                continue;
            }
            if (token.Folded.Contains(' '))
            {
                return PartsOf(text);
            }
            first ??= token.Folded;
            last = token.Folded;
            words++;
        }
        return words >= 2 ? (first!, last!) : null;
    }

    private static bool EndsWithApostrophe(string text) => text.Length > 0 && text[^1] is '\'' or '’' or 'ʼ';

    // The same people are named the same way in article after article: a name's parts are computed once (it
    // takes tokenising the name). Bounded, like the tokenizer's cache, for a long-running worker.
    private const int MaxCachedNames = 50_000;
    private static readonly ConcurrentDictionary<string, (string First, string Last)?> CachedParts = new(StringComparer.Ordinal);
    private static int cachedNameCount;

    public static (string First, string Last)? PartsOf(string name)
    {
        if (CachedParts.TryGetValue(name, out var parts))
        {
            return parts;
        }
        var words = PhraseKey.Of(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        parts = words.Length >= 2 ? (words[0], words[^1]) : null;
        if (Volatile.Read(ref cachedNameCount) < MaxCachedNames && CachedParts.TryAdd(name, parts))
        {
            Interlocked.Increment(ref cachedNameCount);
        }
        return parts;
    }

    private static FrozenDictionary<string, FrozenSet<string>> Build(OntologyDefinition ontology)
    {
        var byId = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var entity in ontology.Entities)
        {
            var parts = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alias in entity.Aliases.All)
            {
                AddParts(alias, parts);
            }
            byId.TryAdd(entity.Id, parts.ToFrozenSet(StringComparer.Ordinal));
        }
        return byId.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
