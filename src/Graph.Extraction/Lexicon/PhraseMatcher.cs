using System.Collections.Immutable;
using Graph.Extraction.Text;

namespace Graph.Extraction.Lexicon;

/// <summary>
/// Finds the longest phrase from a list that starts at a given token. Phrases are matched on folded words,
/// joiners ignored; a phrase ending in '*' matches any word starting with what precedes the star.
/// </summary>
/// <remarks>
/// A trie of folded words: a match walks the tokens once and allocates nothing, which matters because mention
/// finding asks it at almost every token of every article.
/// </remarks>
internal sealed class PhraseMatcher<T>
{
    private readonly Node root = new();

    /// <summary>A matcher of <paramref name="phrases"/>, each with <paramref name="value"/>.</summary>
    public static PhraseMatcher<T> Of(IEnumerable<string> phrases, T value)
    {
        var matcher = new PhraseMatcher<T>();
        foreach (var phrase in phrases)
        {
            matcher.Add(phrase, value);
        }
        return matcher;
    }

    public void Add(string phrase, T value)
    {
        var trimmed = phrase.Trim();
        var isPrefix = trimmed.EndsWith('*');
        var words = PhraseKey.Of(isPrefix ? trimmed[..^1] : trimmed).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }
        var node = root;
        foreach (var word in isPrefix ? words[..^1] : words)
        {
            node = node.Child(word);
        }
        if (isPrefix)
        {
            node.AddPrefix(words[^1], value);
        }
        else
        {
            (node.Values ??= []).Add(value);
        }
    }

    /// <summary>Longest match starting at <paramref name="start"/>: the index after its last token, and its values.</summary>
    public (int End, IReadOnlyList<T> Values)? MatchAt(ImmutableArray<Token> tokens, int start, int limit = int.MaxValue)
    {
        if (start >= tokens.Length || tokens[start].Kind is TokenKind.Punctuation or TokenKind.Joiner)
        {
            return null;
        }
        (int End, IReadOnlyList<T> Values)? best = null;
        var node = root;
        var end = Math.Min(limit, tokens.Length);
        for (var i = start; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Joiner)
            {
                continue;
            }
            if (token.Kind == TokenKind.Punctuation && !IsInnerPunctuation(token))
            {
                break;
            }
            if (node.PrefixMatch(token.Folded) is { } prefixed)
            {
                best = (i + 1, prefixed);
            }
            if (node.Children is null || !node.Children.TryGetValue(token, out var child))
            {
                break;
            }
            node = child;
            if (node.Values is { } values)
            {
                best = (i + 1, values);
            }
        }
        return best;
    }

    public bool Contains(string word) => MatchWord(word) is not null;

    /// <summary>The words phrases start with, and whether each is a one-word phrase too (what <see cref="MatchWord"/> finds).</summary>
    public IEnumerable<(string Word, bool IsPhrase)> FirstWords =>
        root.Children?.Entries.Select(child => (child.Word, child.Value.Values is not null)) ?? [];

    /// <summary>The prefixes of one-word phrases ending in '*': any word starting with one is a phrase.</summary>
    public IEnumerable<string> FirstWordPrefixes => root.Prefixes;

    /// <summary>Whether one folded word is a one-word phrase of the list.</summary>
    public IReadOnlyList<T>? MatchWord(string folded) =>
        (root.Children is not null && root.Children.TryGetValue(folded, out var child) ? child.Values : null) ?? root.PrefixMatch(folded);

    /// <summary>Whether a token's word is a one-word phrase of the list (its stored hash spares hashing the word).</summary>
    public IReadOnlyList<T>? MatchWord(in Token token) =>
        (root.Children is not null && root.Children.TryGetValue(token, out var child) ? child.Values : null) ?? root.PrefixMatch(token.Folded);

    // Dots and apostrophes belong to names and abbreviations ("U.S.", "M.", "l'ONU"); other punctuation ends a phrase.
    private static bool IsInnerPunctuation(Token token) => token.Text is "." or "'" or "’";

    private sealed class Node
    {
        // Prefix entries by their first character: a word can only start with a prefix of its own first letter, so
        // each token is compared with a handful of prefixes, not all of them. Order within a letter is insertion order.
        private Dictionary<char, List<(string Prefix, List<T> Values)>>? prefixes;

        // Most words start with no prefix's first character: they are turned away without a look-up.
        private FirstCharacters prefixFirsts;

        public WordTable<Node>? Children { get; private set; }

        public IEnumerable<string> Prefixes => prefixes?.Values.SelectMany(sameFirst => sameFirst.Select(p => p.Prefix)) ?? [];

        public List<T>? Values { get; set; }

        public Node Child(string word)
        {
            Children ??= new WordTable<Node>();
            if (!Children.TryGetValue(word, out var child))
            {
                Children.Set(word, child = new Node());
            }
            return child;
        }

        public void AddPrefix(string prefix, T value)
        {
            prefixes ??= [];
            prefixFirsts.Add(prefix);
            if (!prefixes.TryGetValue(prefix[0], out var sameFirst))
            {
                prefixes[prefix[0]] = sameFirst = [];
            }
            var index = sameFirst.FindIndex(p => p.Prefix == prefix);
            if (index < 0)
            {
                sameFirst.Add((prefix, [value]));
            }
            else
            {
                sameFirst[index].Values.Add(value);
            }
        }

        /// <summary>Values of every prefix entry the word starts with (rarely more than one).</summary>
        public IReadOnlyList<T>? PrefixMatch(string word)
        {
            if (prefixes is null || word.Length == 0 || !prefixFirsts.MayStart(word[0]) || !prefixes.TryGetValue(word[0], out var sameFirst))
            {
                return null;
            }
            List<T>? found = null;
            var merged = false;
            foreach (var (prefix, values) in sameFirst)
            {
                if (!word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }
                if (found is null)
                {
                    found = values;
                }
                else
                {
                    if (!merged)
                    {
                        found = [.. found];
                        merged = true;
                    }
                    found.AddRange(values);
                }
            }
            return found;
        }
    }
}
