using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Reads an organisation name around an organisation head word: "Korea Institute for Defense Analyses",
/// "l'Institut coréen d'analyses de défense", "Université Ewha" (but not "de Séoul" after it).
/// </summary>
internal sealed class OrganizationNameReader(DomainLexicon lexicon, IReadOnlySet<string> connectors)
{
    private const int MaxTokens = 9;

    /// <summary>The end of the organisation name starting at <paramref name="start"/>, or null when there is no head word.</summary>
    public int? Read(ArticleDocument document, int start, int capitalisedEnd, int sentenceEnd)
    {
        var tokens = document.Tokens;
        var heads = lexicon.Cue(OntologyCues.OrganizationHeads);
        var headAt = -1;
        for (var k = start; k < capitalisedEnd; k++)
        {
            if (tokens[k].IsWord && heads.MatchWord(tokens[k].Folded) is not null)
            {
                headAt = k;
                break;
            }
        }
        if (headAt < 0)
        {
            return null;
        }
        // English names put the head last ("National Intelligence Service", "State Department"): the name ends with it.
        if (headAt == capitalisedEnd - 1 && headAt > start)
        {
            return capitalisedEnd;
        }
        var end = capitalisedEnd;
        var lastGood = end;
        var sawProperName = capitalisedEnd > headAt + 1;
        for (var j = end; j < sentenceEnd && j - start < MaxTokens; j++)
        {
            var token = tokens[j];
            if (token.Kind == TokenKind.Joiner)
            {
                continue;
            }
            if (token.Kind is TokenKind.Punctuation or TokenKind.Number)
            {
                break;
            }
            if (connectors.Contains(token.Folded))
            {
                continue;
            }
            if (token.IsCapitalized)
            {
                if (lexicon.Names.MatchAt(tokens, j, sentenceEnd) is { } known && known.Values.Any(IsPlace))
                {
                    break;
                }
                sawProperName = true;
                lastGood = j + 1;
                continue;
            }
            if (sawProperName || lexicon.FunctionWords.Contains(token.Folded) || lexicon.IsCue(OntologyCues.PersonTitles, token) || lexicon.Triggers.MatchWord(token.Folded) is not null || token.Folded.Length < 3)
            {
                break;
            }
            lastGood = j + 1;
        }
        // A lone head word ("le Conseil a voté") is a reference, not a name.
        return lastGood > start + 1 || capitalisedEnd > start + 1 ? lastGood : null;
    }

    private bool IsPlace(NameEntry entry) =>
        lexicon.Ontology.FindEntity(entry.EntityId)?.Type is "Location" or "Country";
}
