using System.Collections.Immutable;

namespace Graph.Extraction.Text;

/// <summary>
/// Marks the tokens inside quotation marks. Names inside a quote are what someone said, not who acted, so
/// relation extraction never takes a subject from there. Quotes never run past a line break.
/// </summary>
internal static class QuoteScanner
{
    public static bool[] Scan(string text, ImmutableArray<Token> tokens)
    {
        var quoted = new bool[tokens.Length];
        var open = false;
        var previousEnd = 0;
        var all = tokens.AsSpan();
        for (var i = 0; i < all.Length; i++)
        {
            var token = all[i];
            if (HasNewline(text, previousEnd, token.Start))
            {
                open = false;
            }
            previousEnd = token.End;
            if (token.Kind != TokenKind.Punctuation)
            {
                quoted[i] = open;
                continue;
            }
            if (token.Text == "\"" && !open && IsNickname(all, i))
            {
                // 'Emanuel "Manny" Ruiz': one word in quotes inside a name is a nickname, not a quotation.
                i += 2;
                previousEnd = all[i].End;
                continue;
            }
            switch (token.Text)
            {
                case "«" or "“" or "„" when IsGluedToWord(text, token.Start):
                    // "BÅ«taflÄ«qa": a mark glued after a letter is no opening quote (here, text decoded in the wrong encoding).
                    break;
                case "«" or "“" or "„":
                    open = true;
                    break;
                case "»" or "”":
                    open = false;
                    break;
                case "\"":
                    open = !open;
                    break;
                case "'" or "‘" or "’":
                    var before = token.Start > 0 ? text[token.Start - 1] : ' ';
                    var after = token.End < text.Length ? text[token.End] : ' ';
                    if (!open && char.IsWhiteSpace(before) && char.IsLetter(after))
                    {
                        open = true;
                    }
                    else if (open && char.IsLetterOrDigit(before) is false || open && !char.IsLetter(after))
                    {
                        open = false;
                    }
                    break;
            }
            quoted[i] = open;
        }
        return quoted;
    }

    private static bool IsGluedToWord(string text, int start) => start > 0 && char.IsLetterOrDigit(text[start - 1]);

    /// <summary>A quote mark at <paramref name="i"/> opening one capitalised word, between two capitalised words, that the matching mark closes.</summary>
    private static bool IsNickname(ReadOnlySpan<Token> tokens, int i) =>
        i > 0 && i + 3 < tokens.Length && tokens[i - 1].IsCapitalized && tokens[i + 1].IsCapitalized && tokens[i + 2].Text == "\"" && tokens[i + 3].IsCapitalized;

    /// <summary>Whether the gap between two tokens breaks the line; tokens never hold white space, so only gaps can.</summary>
    /// <remarks>A plain loop: gaps are a space or two, too short for a vectorized search to pay off.</remarks>
    private static bool HasNewline(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                return true;
            }
        }
        return false;
    }
}
