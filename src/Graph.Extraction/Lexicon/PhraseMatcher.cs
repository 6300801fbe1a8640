using System.Collections.Immutable;
using Graph.Extraction.Text;

namespace Graph.Extraction.Lexicon;

/// <summary>
/// Finds the longest phrase from a list that starts at a given token. Phrases are matched on folded words,
/// joiners ignored; a phrase ending in '*' matches any word starting with what precedes the star.
/// </summary>
internal sealed class PhraseMatcher<T>
{
    private readonly Dictionary<string, List<T>> exact = new(StringComparer.Ordinal);
    private readonly List<(string[] Words, string Prefix, T Value)> prefixed = [];
    private int maxWords;

    public void Add(string phrase, T value)
    {
        var trimmed = phrase.Trim();
        if (trimmed.EndsWith('*'))
        {
            var words = PhraseKey.Of(trimmed[..^1]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                return;
            }
            prefixed.Add((words[..^1], words[^1], value));
            maxWords = Math.Max(maxWords, words.Length);
            return;
        }
        var key = PhraseKey.Of(trimmed);
        if (key.Length == 0)
        {
            return;
        }
        if (!exact.TryGetValue(key, out var values))
        {
            exact[key] = values = [];
        }
        values.Add(value);
        maxWords = Math.Max(maxWords, PhraseKey.Length(key));
    }

    /// <summary>Longest match starting at <paramref name="start"/>: the index after its last token, and its values.</summary>
    public (int End, IReadOnlyList<T> Values)? MatchAt(ImmutableArray<Token> tokens, int start, int limit = int.MaxValue)
    {
        if (start >= tokens.Length || tokens[start].Kind is TokenKind.Punctuation or TokenKind.Joiner)
        {
            return null;
        }
        var words = new List<(string Folded, int End)>(maxWords);
        for (var i = start; i < tokens.Length && i < limit && words.Count < maxWords; i++)
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
            words.Add((token.Folded, i + 1));
        }
        for (var count = words.Count; count > 0; count--)
        {
            var key = string.Join(' ', words.Take(count).Select(w => w.Folded));
            if (exact.TryGetValue(key, out var values))
            {
                return (words[count - 1].End, values);
            }
            var prefixMatches = prefixed
                .Where(p => p.Words.Length == count - 1
                    && words[count - 1].Folded.StartsWith(p.Prefix, StringComparison.Ordinal)
                    && p.Words.SequenceEqual(words.Take(count - 1).Select(w => w.Folded)))
                .Select(p => p.Value)
                .ToList();
            if (prefixMatches.Count > 0)
            {
                return (words[count - 1].End, prefixMatches);
            }
        }
        return null;
    }

    public bool Contains(string word) => MatchWord(word) is not null;

    /// <summary>Whether one folded word is a one-word phrase of the list.</summary>
    public IReadOnlyList<T>? MatchWord(string folded)
    {
        if (exact.TryGetValue(folded, out var values))
        {
            return values;
        }
        var matches = prefixed.Where(p => p.Words.Length == 0 && folded.StartsWith(p.Prefix, StringComparison.Ordinal)).Select(p => p.Value).ToList();
        return matches.Count > 0 ? matches : null;
    }

    // Dots and apostrophes belong to names and abbreviations ("U.S.", "M.", "l'ONU"); other punctuation ends a phrase.
    private static bool IsInnerPunctuation(Token token) => token.Text is "." or "'" or "’";
}
