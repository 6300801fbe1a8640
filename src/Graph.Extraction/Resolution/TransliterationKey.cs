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
    private readonly BoundedCache<(string Key, bool Rewritten)> cache = new(MaxCached);
    private readonly BoundedCache<string> matchCache = new(MaxCached);
    // Whole names stop fitting the bound on a long stream; the words they are made of recur far more.
    private readonly BoundedCache<string> wordCache = new(MaxCached);

    // Rules often share one condition (a YAML anchor): each distinct condition is asked once per word.
    private readonly (int[] IndexOfRule, int Count) conditions = Conditions(rules);

    public bool IsEmpty => rules.IsEmpty;

    /// <summary>For each rule, the index of its condition among the distinct ones (-1: none), and how many there are.</summary>
    private static (int[] IndexOfRule, int Count) Conditions(TransliterationDefinition rules)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] indexOfRule = [.. rules.Rules.Select(r => r.When is null ? -1 : indexes.TryGetValue(r.When.ToString(), out var i) ? i : indexes[r.When.ToString()] = indexes.Count)];
        return (indexOfRule, indexes.Count);
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
        return cache.Add(name, (key, key != folded));
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
        return matchCache.Add(name, key);
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
        return wordCache.Add(word, RewriteUncached(word));
    }

    private string RewriteUncached(string word)
    {
        if (rules.FirstNames.TryGetValue(word, out var canonical))
        {
            return canonical;
        }
        // Conditions read the word as written: an earlier rule may remove what made it French ("gu" in "Guerassimov").
        var written = word;
        Span<sbyte> holds = conditions.Count <= 64 ? stackalloc sbyte[conditions.Count] : new sbyte[conditions.Count];
        holds.Clear();
        for (var r = 0; r < rules.Rules.Length; r++)
        {
            var rule = rules.Rules[r];
            if (rule.When is not null)
            {
                ref var held = ref holds[conditions.IndexOfRule[r]];
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
