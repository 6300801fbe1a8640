using System.Collections.Frozen;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Mentions;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// "l'agence TASS, RT, Sputnik et la chaîne NTV": an unknown lone name listed right next to a name of a type that
/// declares <c>listed_with</c> is of that type. The neighbour is the name just before the comma or conjunction
/// in front of it, or the first name after the one behind it (past a determiner and common nouns: "la chaîne NTV").
/// </summary>
internal sealed class ListedNameType(DomainLexicon lexicon)
{
    // Lower-case words between a list separator and the next name: "la chaîne", "the broadcaster".
    private const int NounsBeforeName = 3;

    private readonly FrozenSet<string> listedTypes = lexicon.Ontology.EntityTypes.Where(t => t.ListedWith).Select(t => t.Name).ToFrozenSet(StringComparer.Ordinal);
    private readonly PhraseMatcher<bool> conjunctions = lexicon.Cue(OntologyCues.ListConjunctions);

    public bool IsEmpty => listedTypes.Count == 0;

    /// <summary>The type of the listed neighbour of the lone name at <paramref name="mention"/>, or null.</summary>
    public string? Of(ResolutionState state, RawMention mention)
    {
        var document = state.Document;
        var tokens = document.Tokens;
        var sentence = document.SentenceOf(mention.TokenStart);
        // "the Treasury and State departments": a lone name that a common noun follows is a modifier, not an item.
        if (mention.TokenEnd < tokens.Length && document.SentenceOf(mention.TokenEnd) == sentence && !EndsItem(tokens[mention.TokenEnd]))
        {
            return null;
        }
        var before = mention.TokenStart - 1;
        if (before > 0 && document.SentenceOf(before) == sentence && IsSeparator(tokens[before])
            && MentionAt(state, end: before) is { } left && listedTypes.Contains(left.Type))
        {
            return left.Type;
        }
        var after = mention.TokenEnd;
        if (after + 1 < tokens.Length && document.SentenceOf(after) == sentence && IsSeparator(tokens[after]))
        {
            // ", ainsi que la chaîne X": a comma and a conjunction of several words may both sit before the next item.
            var k = after + 1;
            while (k < tokens.Length && (tokens[k].Text == "," || conjunctions.MatchAt(tokens, k) is not null))
            {
                k = tokens[k].Text == "," ? k + 1 : conjunctions.MatchAt(tokens, k)!.Value.End;
            }
            var first = k;
            for (var words = 0; words < NounsBeforeName && k < tokens.Length && tokens[k].IsWord && !tokens[k].IsCapitalized; words++)
            {
                k++;
            }
            // "Separately, the Union imposed": a word that opens the sentence before a comma and a noun phrase is an
            // adverbial, not the first item of a list ("TASS, RT and Sputnik reported" lists names without nouns).
            if (k > first && (mention.TokenStart == 0 || document.SentenceOf(mention.TokenStart - 1) != sentence))
            {
                return null;
            }
            if (k < tokens.Length && document.SentenceOf(k) == sentence && MentionAt(state, start: k) is { } right && listedTypes.Contains(right.Type))
            {
                return right.Type;
            }
        }
        return null;
    }

    private bool EndsItem(Token token) => token.Kind == TokenKind.Punctuation || IsSeparator(token);

    private bool IsSeparator(Token token) => token.Text == "," || token.IsWord && conjunctions.MatchWord(token) is not null;

    private static ResolvedMention? MentionAt(ResolutionState state, int start = -1, int end = -1)
    {
        foreach (var mention in state.Mentions)
        {
            if (mention.TokenStart == start || mention.TokenEnd == end)
            {
                return mention;
            }
        }
        return null;
    }
}
