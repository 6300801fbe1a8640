using System.Collections.Frozen;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// The first words of the phrases of several lists, keyed as <see cref="Lexicon.PhraseMatcher{T}"/> keys them: a
/// word a list's phrases do not start with makes a trie walk of that list find nothing, so one look-up here
/// spares a walk per list.
/// </summary>
internal sealed class PhraseStarts
{
    private readonly FrozenDictionary<string, PhraseStart> words;

    // One-word phrases ending in '*' ("troupe*"): any word starting with the prefix starts them.
    private readonly (string Prefix, PhraseStart Lists)[] prefixes;

    private PhraseStarts(Dictionary<string, PhraseStart> words, List<(string, PhraseStart)> prefixes)
    {
        this.words = words.ToFrozenDictionary(StringComparer.Ordinal);
        this.prefixes = [.. prefixes];
    }

    /// <summary>The lists whose phrases <paramref name="folded"/> may start.</summary>
    public PhraseStart Of(string folded)
    {
        var lists = words.GetValueOrDefault(folded);
        foreach (var (prefix, prefixLists) in prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                lists |= prefixLists;
            }
        }
        return lists;
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

        public PhraseStarts Build() => new(words, prefixes);

        private void AddWord(PhraseStart list, string word) => words[word] = words.GetValueOrDefault(word) | list;
    }
}
