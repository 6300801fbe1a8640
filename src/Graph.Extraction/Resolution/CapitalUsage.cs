using System.Collections.Immutable;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Decides whether a capital city stands for its government ("Pyongyang a déclaré", "selon Kiev",
/// "accusée par Moscou") or is the place itself ("à Moscou").
/// </summary>
internal sealed class CapitalUsage(DomainLexicon lexicon)
{
    private static readonly HashSet<string> ActingAfter = new(
        ["a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "va", "vont", "veut", "doit", "peut", "refuse", "nie", "nient",
         "has", "have", "had", "is", "was", "were", "will", "wants", "must", "can", "refuses", "denies", "deny"], StringComparer.Ordinal);

    private static readonly HashSet<string> ActingBefore = new(["selon", "par", "d'apres", "by"], StringComparer.Ordinal);

    public bool IsGovernment(ArticleDocument document, int start, int end, Func<int, bool> startsCapitalOrCountry)
    {
        var tokens = document.Tokens;
        if (start > 0 && ActingBefore.Contains(tokens[start - 1].Folded) && document.SentenceOf(start - 1) == document.SentenceOf(start))
        {
            return true;
        }
        if (start > 1 && tokens[start - 1].Folded == "to" && tokens[start - 2].Folded == "according")
        {
            return true;
        }
        if (end >= tokens.Length || document.SentenceOf(end) != document.SentenceOf(start))
        {
            return false;
        }
        if (Acts(tokens, end))
        {
            return true;
        }
        // "Pyongyang et Moscou nient": both act when the pair is followed by a verb.
        if (tokens[end].Folded is "et" or "and" && end + 1 < tokens.Length && startsCapitalOrCountry(end + 1))
        {
            for (var k = end + 2; k < Math.Min(tokens.Length, end + 6); k++)
            {
                if (Acts(tokens, k))
                {
                    return true;
                }
                if (tokens[k].Kind == TokenKind.Punctuation)
                {
                    break;
                }
            }
        }
        return false;
    }

    private bool Acts(ImmutableArray<Token> tokens, int k) =>
        ActingAfter.Contains(tokens[k].Folded) || lexicon.Triggers.MatchWord(tokens[k].Folded) is not null;
}
