using System.Collections.Immutable;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Recognises an agency dateline at the start of a paragraph ("SEOUL, Jun. 24 (Yonhap) --",
/// "Abidjan, 18 juin 2025 (AIP)-"): names there are the wire's furniture, not the story's actors.
/// </summary>
internal static class Datelines
{
    private const int MaxDatelineTokens = 16;

    public static int SkipDateline(ImmutableArray<Token> tokens, int start, int end)
    {
        var limit = Math.Min(end, start + MaxDatelineTokens);
        var lowercaseWords = 0;
        for (var i = start; i < limit; i++)
        {
            var token = tokens[i];
            if (token.Text == "(")
            {
                var close = FindClose(tokens, i + 1, limit);
                if (close < 0 || close + 1 >= end || !IsDash(tokens[close + 1]))
                {
                    return start;
                }
                var next = close + 1;
                while (next < end && IsDash(tokens[next]))
                {
                    next++;
                }
                return next;
            }
            // A dateline holds a place and a date: at most one lowercase word (a month name).
            if (token.IsWord && !token.IsCapitalized && ++lowercaseWords > 1)
            {
                return start;
            }
        }
        return start;
    }

    private static int FindClose(ImmutableArray<Token> tokens, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (tokens[i].Text == ")")
            {
                return i;
            }
        }
        return -1;
    }

    private static bool IsDash(Token token) => token.Text is "-" or "–" or "—";
}
