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
    // Whole names stop fitting the bound on a long stream; the words they are made of recur far more.
    private readonly ConcurrentDictionary<string, string> wordCache = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock of the table: on the hot path the bounds are counted here instead.
    private int cached;
    private int matchCached;
    private int wordsCached;

    // Rules often share one condition (a YAML anchor): each distinct condition is asked once per word.
    private readonly int[] conditionOf = ConditionIndexes(rules);
    private readonly int conditionCount = rules.Rules.Select(r => r.When?.ToString()).OfType<string>().Distinct(StringComparer.Ordinal).Count();

    public bool IsEmpty => rules.IsEmpty;

    private static int[] ConditionIndexes(TransliterationDefinition rules)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        return [.. rules.Rules.Select(r => r.When is null ? -1 : indexes.TryGetValue(r.When.ToString(), out var i) ? i : indexes[r.When.ToString()] = indexes.Count)];
    }

    public string Of(string name) => Entry(name).Key;

    private (string Key, bool Rewritten) Entry(string name)
    {
        if (cache.TryGetValue(name, out var entry))
        {
            return entry;
        }
        var folded = TextFolding.Fold(AnyAscii.Transliteration.Transliterate(name));
        var key = rules.IsEmpty ? folded : RewriteWords(folded);
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

    // Each run of a-z rewritten, the rest kept: Regex.Replace with an evaluator cost most of a new name's key.
    private string RewriteWords(string folded)
    {
        System.Text.StringBuilder? built = null;
        var copied = 0;
        for (var i = 0; i < folded.Length;)
        {
            if (folded[i] is < 'a' or > 'z')
            {
                i++;
                continue;
            }
            var start = i;
            while (i < folded.Length && folded[i] is >= 'a' and <= 'z')
            {
                i++;
            }
            var word = folded[start..i];
            var rewritten = Rewrite(word);
            if (!ReferenceEquals(rewritten, word) && rewritten != word)
            {
                built ??= new System.Text.StringBuilder(folded.Length + 8);
                built.Append(folded, copied, start - copied).Append(rewritten);
                copied = i;
            }
        }
        return built is null ? folded : built.Append(folded, copied, folded.Length - copied).ToString();
    }

    private string Rewrite(string word)
    {
        if (wordCache.TryGetValue(word, out var rewritten))
        {
            return rewritten;
        }
        rewritten = RewriteUncached(word);
        if (Volatile.Read(ref wordsCached) < MaxCached && wordCache.TryAdd(word, rewritten))
        {
            Interlocked.Increment(ref wordsCached);
        }
        return rewritten;
    }

    private string RewriteUncached(string word)
    {
        if (rules.FirstNames.TryGetValue(word, out var canonical))
        {
            return canonical;
        }
        // Conditions read the word as written: an earlier rule may remove what made it French ("gu" in "Guerassimov").
        var written = word;
        Span<sbyte> holds = conditionCount <= 64 ? stackalloc sbyte[conditionCount] : new sbyte[conditionCount];
        holds.Clear();
        for (var r = 0; r < rules.Rules.Length; r++)
        {
            var rule = rules.Rules[r];
            if (rule.When is not null)
            {
                ref var held = ref holds[conditionOf[r]];
                if (held == 0)
                {
                    held = rule.When.IsMatch(written) ? (sbyte)1 : (sbyte)-1;
                }
                if (held < 0)
                {
                    continue;
                }
            }
            word = rule.Replace.Replace(word, rule.With);
        }
        return word;
    }

    [GeneratedRegex("[a-z]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}
