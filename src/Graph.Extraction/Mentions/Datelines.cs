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
        if (BracketedPlace(tokens, start, end) is { } afterBracket)
        {
            return afterBracket;
        }
        if (CapitalsThenColon(tokens, start, end) is { } afterColon)
        {
            return afterColon;
        }
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

    /// <summary>"(Washington) Les États-Unis ont...": a place alone in brackets opens the paragraph.</summary>
    private static int? BracketedPlace(ImmutableArray<Token> tokens, int start, int end)
    {
        const int MaxPlaceTokens = 4;
        if (end - start < 4 || tokens[start].Text != "(")
        {
            return null;
        }
        var close = FindClose(tokens, start + 1, Math.Min(end, start + MaxPlaceTokens + 2));
        if (close <= start + 1 || close + 1 >= end || !tokens[close + 1].IsCapitalized)
        {
            return null;
        }
        for (var k = start + 1; k < close; k++)
        {
            if (tokens[k].IsWord && !tokens[k].IsCapitalized)
            {
                return null;
            }
        }
        return close + 1;
    }

    /// <summary>"WASHINGTON: Warning that...": a place in capitals and a colon open the paragraph.</summary>
    private static int? CapitalsThenColon(ImmutableArray<Token> tokens, int start, int end)
    {
        const int MaxPlaceWords = 3;
        var k = start;
        while (k < end && k - start < MaxPlaceWords && tokens[k].IsAllCaps && tokens[k].Text.Length > 3)
        {
            k++;
        }
        return k > start && k + 1 < end && tokens[k].Text is ":" or "—" or "–" ? k + 1 : null;
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
