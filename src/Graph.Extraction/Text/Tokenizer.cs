using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Graph.Extraction.Text;

/// <summary>
/// Splits text into words, numbers and punctuation with their offsets. French elisions stay on their word
/// ("l'", "qu'") so that "l'ONU" gives "l'" + "ONU"; a hyphen between two letters is a joiner.
/// </summary>
internal static class Tokenizer
{
    private static readonly FrozenSet<string> Elisions =
        FrozenSet.Create(StringComparer.Ordinal, ["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ElisionsBySpan = Elisions.GetAlternateLookup<ReadOnlySpan<char>>();

    public static ImmutableArray<Token> Tokenize(string text)
    {
        // Tokens gather in a pooled buffer and are copied once into an array of the exact size: growing a builder
        // by doubling threw away as much memory as the tokens themselves.
        var tokens = new PooledBuffer<Token>(text.Length / 4 + 16);
        var recent = recentForms ??= new (string Text, string Folded, int FoldedHash)[RecentFormSlots];
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            if (IsWordChar(c))
            {
                var start = i;
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }
                var isNumber = IsAllDigits(text.AsSpan(start, i - start));
                if (!isNumber && DomainEnd(text, i) is { } domainEnd)
                {
                    i = domainEnd;
                }
                if (!isNumber && i + 1 < text.Length && IsApostrophe(text[i]) && char.IsLetter(text[i + 1])
                    && IsElision(text.AsSpan(start, i - start)))
                {
                    i++;
                }
                Add(ref tokens, recent, text, start, i, isNumber ? TokenKind.Number : TokenKind.Word);
                continue;
            }
            var kind = IsHyphen(c) && i > 0 && i + 1 < text.Length && IsWordChar(text[i - 1]) && IsWordChar(text[i + 1])
                ? TokenKind.Joiner
                : TokenKind.Punctuation;
            // Surrogate pairs stay whole so that every offset lands on a character boundary.
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            Add(ref tokens, recent, text, i, i + length, kind);
            i += length;
        }
        return tokens.ToImmutableAndReturn();
    }

    private static void Add(ref PooledBuffer<Token> tokens, (string Text, string Folded, int FoldedHash)[] recent, string text, int start, int end, TokenKind kind)
    {
        var (raw, folded, foldedHash) = Forms(recent, text.AsSpan(start, end - start));
        tokens.Add(new Token(start, raw, folded, kind, foldedHash));
    }

    /// <summary>Whether the word before an apostrophe is a French elision; a lowercase ASCII word is its own fold.</summary>
    private static bool IsElision(ReadOnlySpan<char> word) =>
        word.ContainsAnyExceptInRange('a', 'z') ? Elisions.Contains(TextFolding.Fold(word.ToString())) : ElisionsBySpan.Contains(word);

    // Most tokens are words and punctuation seen many times before ("de", "the", ","): their text and folded
    // form are shared rather than allocated and folded again for every occurrence. The cache is bounded so that a
    // long-running worker reading endless new names does not grow without limit.
    private const int MaxCachedForms = 100_000;
    private static readonly ConcurrentDictionary<string, (string Text, string Folded, int FoldedHash)> CachedForms = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (string Text, string Folded, int FoldedHash)>.AlternateLookup<ReadOnlySpan<char>> CachedFormsBySpan =
        CachedForms.GetAlternateLookup<ReadOnlySpan<char>>();
    private static int cachedFormCount;

    // In front of the shared table, each thread keeps a small direct-mapped table of recent forms: it stays in the
    // processor's cache and needs no randomized string hash, where the shared table of up to 100,000 names does not.
    private const int RecentFormSlots = 16384;

    [ThreadStatic]
    private static (string Text, string Folded, int FoldedHash)[]? recentForms;

    private static (string Text, string Folded, int FoldedHash) Forms((string Text, string Folded, int FoldedHash)[] recent, ReadOnlySpan<char> span)
    {
        ref var slot = ref recent[SlotOf(span)];
        if (slot.Text is { } text && span.SequenceEqual(text))
        {
            return slot;
        }
        slot = SharedForms(span);
        return slot;
    }

    /// <summary>The token's hash (over its raw characters) reduced to a slot of the recent forms.</summary>
    private static int SlotOf(ReadOnlySpan<char> span) => WordHash.Of(span) & (RecentFormSlots - 1);

    private static (string Text, string Folded, int FoldedHash) SharedForms(ReadOnlySpan<char> span)
    {
        if (CachedFormsBySpan.TryGetValue(span, out var forms))
        {
            return forms;
        }
        var raw = span.ToString();
        var folded = TextFolding.Fold(WithoutLoneSurrogates(raw));
        forms = (raw, folded, WordHash.Of(folded));
        if (Volatile.Read(ref cachedFormCount) < MaxCachedForms && CachedForms.TryAdd(raw, forms))
        {
            Interlocked.Increment(ref cachedFormCount);
        }
        return forms;
    }

    // Unicode normalisation (inside folding) throws on a lone surrogate; it folds as U+FFFD instead. The token's
    // raw text and offsets keep the original character.
    private static string WithoutLoneSurrogates(string raw)
    {
        if (raw.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return raw;
        }

        var chars = raw.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(chars[i]))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }

    /// <summary>
    /// "Vesti.Ru, ...": a period glued between a word and a short word that a comma or semicolon follows makes one
    /// site name (the sentence splitter does not end a sentence there either); the end of that name, or null.
    /// </summary>
    private static int? DomainEnd(string text, int dot)
    {
        const int LongestDomain = 4;
        if (dot + 1 >= text.Length || text[dot] != '.' || !char.IsLetter(text[dot + 1]))
        {
            return null;
        }
        var k = dot + 1;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }
        return k - dot - 1 <= LongestDomain && k < text.Length && text[k] is ',' or ';' ? k : null;
    }

    // A loop: the generic ContainsAnyExceptInRange boxed a char at every call in the precompiled (ReadyToRun) code.
    private static bool IsAllDigits(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';
}
