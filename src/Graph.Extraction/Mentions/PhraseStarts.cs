using System.Collections.Immutable;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// The first words of the phrases of several lists, keyed as <see cref="Lexicon.PhraseMatcher{T}"/> keys them: a
/// word a list's phrases do not start with makes a trie walk of that list find nothing, so one look-up here
/// spares a walk per list.
/// </summary>
internal sealed class PhraseStarts
{
    private readonly WordTable<PhraseStart> words;

    // One-word phrases ending in '*' ("troupe*", "ratifi*"): any word starting with the prefix starts them. Only a
    // word starting with one of their first characters is compared with them.
    private readonly (string Prefix, PhraseStart Lists)[] prefixes;
    private readonly FirstCharacters prefixFirsts;
    private readonly Func<string, PhraseStart> startsOfWord;

    [ThreadStatic]
    private static RecentWords<PhraseStart>? recentStarts;

    private PhraseStarts(Dictionary<string, PhraseStart> words, List<(string Prefix, PhraseStart Lists)> prefixes)
    {
        this.words = new WordTable<PhraseStart>(words);
        this.prefixes = [.. prefixes];
        prefixFirsts = new FirstCharacters(prefixes.Select(p => p.Prefix));
        startsOfWord = Of;
    }

    /// <summary>The lists whose phrases <paramref name="folded"/> may start.</summary>
    public PhraseStart Of(string folded)
    {
        var lists = words.GetValueOrDefault(folded);
        if (folded.Length > 0 && prefixFirsts.MayStart(folded[0]))
        {
            foreach (var (prefix, prefixLists) in prefixes)
            {
                if (folded.StartsWith(prefix, StringComparison.Ordinal))
                {
                    lists |= prefixLists;
                }
            }
        }
        return lists;
    }

    /// <summary>
    /// <see cref="Of(string)"/> of every token, by index, into <paramref name="buffer"/> (grown if too short): one
    /// look-up per token, where recognition asked a dictionary per list and per token it looked at, often again.
    /// </summary>
    public PhraseStart[] Of(ImmutableArray<Token> tokens, ref PhraseStart[]? buffer)
    {
        if (buffer is null || buffer.Length < tokens.Length)
        {
            buffer = new PhraseStart[Math.Max(tokens.Length, 2 * (buffer?.Length ?? 0))];
        }
        var recent = RecentWords<PhraseStart>.Of(ref recentStarts, this);
        for (var k = 0; k < tokens.Length; k++)
        {
            buffer[k] = recent.Of(tokens[k], startsOfWord);
        }
        return buffer;
    }

    public sealed class Builder
    {
        private readonly Dictionary<string, PhraseStart> words = new(StringComparer.Ordinal);
        private readonly List<(string, PhraseStart)> prefixes = [];

        /// <summary>A phrase of list <paramref name="list"/>, split into words as the phrase matcher splits it.</summary>
        public Builder Add(PhraseStart list, IEnumerable<string> phrases)
        {
            foreach (var phrase in phrases)
            {
                var trimmed = phrase.Trim();
                var isPrefix = trimmed.EndsWith('*');
                var key = PhraseKey.Of(isPrefix ? trimmed[..^1] : trimmed).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (key.Length == 0)
                {
                    continue;
                }
                if (isPrefix && key.Length == 1)
                {
                    prefixes.Add((key[0], list));
                }
                else
                {
                    AddWord(list, key[0]);
                }
            }
            return this;
        }

        /// <summary>Folded words matched as they are, not through the phrase matcher.</summary>
        public Builder AddWords(PhraseStart list, IEnumerable<string> folded)
        {
            foreach (var word in folded)
            {
                AddWord(list, word);
            }
            return this;
        }

        /// <summary>
        /// The first words of a matcher's phrases as <paramref name="starts"/>, and its one-word phrases also as
        /// <paramref name="isPhrase"/>: exactly the words its <c>MatchAt</c> can start a match at and its <c>MatchWord</c> finds.
        /// </summary>
        public Builder AddMatcher<T>(PhraseStart starts, PhraseStart isPhrase, PhraseMatcher<T> matcher)
        {
            foreach (var (word, whole) in matcher.FirstWords)
            {
                AddWord(whole ? starts | isPhrase : starts, word);
            }
            foreach (var prefix in matcher.FirstWordPrefixes)
            {
                prefixes.Add((prefix, starts | isPhrase));
            }
            return this;
        }

        public PhraseStarts Build() => new(words, prefixes);

        private void AddWord(PhraseStart list, string word) => words[word] = words.GetValueOrDefault(word) | list;
    }
}
