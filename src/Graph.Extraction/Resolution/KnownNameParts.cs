using System.Collections.Concurrent;
using System.Collections.Frozen;
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

    /// <summary>The parts of the known entity's aliases; empty for an entity the ontology does not know.</summary>
    public FrozenSet<string> Of(string id) => byId.GetValueOrDefault(id) ?? FrozenSet<string>.Empty;

    /// <summary>Adds the first and last words of <paramref name="name"/>'s phrase key, if it has two words or more.</summary>
    public static void AddParts(string name, ICollection<string> parts)
    {
        if (PartsOf(name) is var (first, last))
        {
            parts.Add(first);
            parts.Add(last);
        }
    }

    // The same people are named the same way in article after article: a name's parts are computed once (it
    // takes tokenising the name). Bounded, like the tokenizer's cache, for a long-running worker.
    private const int MaxCachedNames = 50_000;
    private static readonly ConcurrentDictionary<string, (string First, string Last)?> CachedParts = new(StringComparer.Ordinal);
    private static int cachedNameCount;

    private static (string First, string Last)? PartsOf(string name)
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
