using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// A name's key across romanisations: AnyAscii and accent folding to lowercase ASCII, then, word by word, the
/// ontology's first-name variants and rewrite rules. "Vassily Nebenzia" and "Vasily Nebenzia", "Valeri Guerassimov"
/// and "Valery Gerasimov" share a key. Separators are kept, so a name no rule touches keys to its folded self.
/// </summary>
internal sealed partial class TransliterationKey(TransliterationDefinition rules)
{
    // New names recur across the articles a worker reads: keys are cached, up to a bound.
    private const int MaxCached = 20_000;
    private readonly ConcurrentDictionary<string, (string Key, bool Rewritten)> cache = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> matchCache = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the table: on the hot path the bounds are counted here instead.
    private int cached;
    private int matchCached;

    public bool IsEmpty => rules.IsEmpty;

    public string Of(string name) => Entry(name).Key;

    private (string Key, bool Rewritten) Entry(string name)
    {
        if (cache.TryGetValue(name, out var entry))
        {
            return entry;
        }
        var folded = TextFolding.Fold(AnyAscii.Transliteration.Transliterate(name));
        var key = rules.IsEmpty ? folded : Word().Replace(folded, match => Rewrite(match.Value));
        entry = (key, key != folded);
        if (Volatile.Read(ref cached) < MaxCached && cache.TryAdd(name, entry))
        {
            Interlocked.Increment(ref cached);
        }
        return entry;
    }

    /// <summary>The key with the match rules on top, whole names at a time: what a known entity's names are compared by.</summary>
    public string MatchKey(string name)
    {
        if (matchCache.TryGetValue(name, out var cached))
        {
            return cached;
        }
        var key = Of(name);
        foreach (var rule in rules.MatchRules)
        {
            if (rule.When is null || rule.When.IsMatch(key))
            {
                key = rule.Replace.Replace(key, rule.With);
            }
        }
        if (Volatile.Read(ref matchCached) < MaxCached && matchCache.TryAdd(name, key))
        {
            Interlocked.Increment(ref matchCached);
        }
        return key;
    }

    /// <summary>The name as its key writes it ("Yuri Ushakov" for "Iouri Ouchakov"), or the name itself when no rule changed it.</summary>
    public string CanonicalName(string name) =>
        Entry(name) is { Rewritten: true, Key: var key } ? Word().Replace(key, m => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(m.Value)) : name;

    private string Rewrite(string word)
    {
        if (rules.FirstNames.TryGetValue(word, out var canonical))
        {
            return canonical;
        }
        // Conditions read the word as written: an earlier rule may remove what made it French ("gu" in "Guerassimov").
        var written = word;
        foreach (var rule in rules.Rules)
        {
            if (rule.When is null || rule.When.IsMatch(written))
            {
                word = rule.Replace.Replace(word, rule.With);
            }
        }
        return word;
    }

    [GeneratedRegex("[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
