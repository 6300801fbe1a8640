using System.Collections.Frozen;
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
    private static readonly FrozenSet<string> ActingAfter = FrozenSet.ToFrozenSet<string>(
        ["a", "ont", "avait", "avaient", "aurait", "auraient", "est", "sont", "va", "vont", "veut", "doit", "peut", "refuse", "nie", "nient",
         "has", "have", "had", "is", "was", "were", "will", "wants", "must", "can", "refuses", "denies", "deny"], StringComparer.Ordinal);

    // "selon Kiev", "accusée par Moscou", "ses liens avec Moscou", "the war against Kyiv": a party, not a place.
    private static readonly FrozenSet<string> ActingBefore = FrozenSet.ToFrozenSet<string>(
        ["selon", "par", "d'apres", "by", "avec", "with", "contre", "against"], StringComparer.Ordinal);

    public bool IsGovernment(ArticleDocument document, int start, int end, Func<int, bool> startsCapitalOrCountry, Func<int, bool> endsCapitalOrCountry)
    {
        var tokens = document.Tokens;
        // "avec Canberra et Washington", "selon Washington et Séoul": capitals paired with each other are governments.
        if (end + 1 < tokens.Length && tokens[end].Folded is "et" or "and" && startsCapitalOrCountry(end + 1)
            || start > 1 && tokens[start - 1].Folded is "et" or "and" && endsCapitalOrCountry(start - 1))
        {
            return true;
        }
        // "ont accusé Washington de ...", "urged Seoul to ...": the object of a verb with no preposition is someone, not somewhere.
        if (start > 0 && IsPersonalVerb(tokens[start - 1]) && document.SentenceOf(start - 1) == document.SentenceOf(start))
        {
            return true;
        }
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

    /// <summary>A trigger of a relation whose objects cannot be places (speech, signing): its direct object is an actor.</summary>
    private bool IsPersonalVerb(Token token) =>
        lexicon.Triggers.MatchWord(token.Folded) is { } relations
        && relations.All(r => lexicon.Ontology.FindRelation(r) is { } relation && !relation.ObjectTypes.Contains("Location"));

    private bool Acts(ImmutableArray<Token> tokens, int k) =>
        ActingAfter.Contains(tokens[k].Folded) || lexicon.Triggers.MatchWord(tokens[k].Folded) is not null
        || IsPossessive(tokens, k) || IsFiniteVerb(tokens[k]);

    /// <summary>"Moscow's veto", "Seoul's spy agency": what a capital owns is its government's.</summary>
    private static bool IsPossessive(ImmutableArray<Token> tokens, int k) =>
        tokens[k].Text is "'" or "’" && k + 1 < tokens.Length && tokens[k + 1].Folded == "s";

    /// <summary>"Moscou agissait", "Seoul responded": a lowercase past or imperfect form right after the city is its verb.</summary>
    private static bool IsFiniteVerb(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Folded.Length > 4
        && (token.Folded.EndsWith("ed", StringComparison.Ordinal) || token.Folded.EndsWith("ait", StringComparison.Ordinal) || token.Folded.EndsWith("aient", StringComparison.Ordinal));
}
