using System.Collections.Immutable;

namespace Graph.Extraction.Text;

/// <summary>
/// Splits text into words, numbers and punctuation with their offsets. French elisions stay on their word
/// ("l'", "qu'") so that "l'ONU" gives "l'" + "ONU"; a hyphen between two letters is a joiner.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> Elisions =
        new(["l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu"], StringComparer.Ordinal);

    public static ImmutableArray<Token> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
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
                var isNumber = text.AsSpan(start, i - start).ContainsAnyExcept("0123456789") is false;
                if (!isNumber && i + 1 < text.Length && IsApostrophe(text[i]) && char.IsLetter(text[i + 1])
                    && Elisions.Contains(TextFolding.Fold(text[start..i])))
                {
                    i++;
                }
                Add(tokens, text, start, i, isNumber ? TokenKind.Number : TokenKind.Word);
                continue;
            }
            var kind = IsHyphen(c) && i > 0 && i + 1 < text.Length && IsWordChar(text[i - 1]) && IsWordChar(text[i + 1])
                ? TokenKind.Joiner
                : TokenKind.Punctuation;
            // Surrogate pairs stay whole so that every offset lands on a character boundary.
            var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            Add(tokens, text, i, i + length, kind);
            i += length;
        }
        return tokens.ToImmutable();
    }

    private static void Add(ImmutableArray<Token>.Builder tokens, string text, int start, int end, TokenKind kind)
    {
        var raw = text[start..end];
        tokens.Add(new Token(tokens.Count, start, end, raw, TextFolding.Fold(WithoutLoneSurrogates(raw)), kind));
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

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';
}
