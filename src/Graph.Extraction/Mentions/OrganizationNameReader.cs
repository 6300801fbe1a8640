using System.Collections.Frozen;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Relations;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Reads a name around a head word from a cue set: organisations ("Korea Institute for Defense Analyses",
/// "l'Institut coréen d'analyses de défense", "Université Ewha" but not "de Séoul" after it) and, with treaty
/// nouns as heads, treaties ("Reciprocal Access Agreement", "Accord sur les garanties de sécurité").
/// </summary>
/// <param name="prepositionsInside">Whether any preposition may continue the name: treaty titles run on ("Accord sur ...
/// entre ..."), while "le Conseil après le vote" is an organisation and a time.</param>
/// <param name="headWord">The flag of a one-word phrase of the head cue list ("organization_heads", "treaty_nouns").</param>
internal sealed class OrganizationNameReader(DomainLexicon lexicon, IReadOnlySet<string> connectors, PhraseStart headWord, bool prepositionsInside = false)
{
    private const int MaxTokens = 9;

    /// <summary>The end of the organisation name starting at <paramref name="start"/>, or null when there is no head word.</summary>
    /// <param name="starts">The <see cref="PhraseStarts"/> of each token of the document, which answer the word look-ups.</param>
    public int? Read(ArticleDocument document, PhraseStart[] starts, int start, int capitalisedEnd, int sentenceEnd)
    {
        var tokens = document.Tokens;
        var headAt = -1;
        for (var k = start; k < capitalisedEnd; k++)
        {
            if (tokens[k].IsWord && tokens[k].IsCapitalized && (starts[k] & headWord) != 0)
            {
                headAt = k;
                break;
            }
        }
        if (headAt < 0)
        {
            return null;
        }
        // "Northern Council President Ana Ruiz": a one-word title after the head and before a name opens the person,
        // so the body ends before it.
        for (var k = headAt + 1; k + 1 < capitalisedEnd; k++)
        {
            if ((starts[k] & PhraseStart.PersonTitleWord) != 0 && tokens[k + 1].IsCapitalized)
            {
                capitalisedEnd = k;
                break;
            }
        }
        // English names put the head last ("National Intelligence Service", "State Department"): the name ends with it.
        // ... unless "of" and a capitalised complement follow ("Philippine Department of National Defense").
        if (headAt == capitalisedEnd - 1 && headAt > start && !HasCapitalisedComplement(tokens, capitalisedEnd, sentenceEnd))
        {
            return capitalisedEnd;
        }
        var end = capitalisedEnd;
        var lastGood = end;
        var sawProperName = capitalisedEnd > headAt + 1;
        var sawConnector = false;
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
            if (connectors.Contains(token.Folded) || prepositionsInside && lexicon.Grammar.Prepositions.Contains(token.Folded) && !sawProperName)
            {
                sawConnector = true;
                continue;
            }
            if (token.IsCapitalized)
            {
                // "the Senate on Thursday": a weekday or a month is a date, never part of a name.
                if ((starts[j] & PhraseStart.FunctionWord) != 0)
                {
                    break;
                }
                if ((starts[j] & PhraseStart.Name) != 0 && lexicon.Names.MatchAt(tokens, j, sentenceEnd) is { } known && AnyPlace(known.Values))
                {
                    break;
                }
                sawProperName = true;
                lastGood = j + 1;
                continue;
            }
            // English names take lowercase words only after "of"/"for" ("the Council sanctions" ends at Council);
            // a verb ends a French name ("le Conseil de sécurité aurait prolongé").
            if (sawProperName || (starts[j] & (PhraseStart.FunctionWord | PhraseStart.PersonTitleWord | PhraseStart.TriggerWord)) != 0 || token.Folded.Length < 3
                || document.Language == "en" && !sawConnector || LooksConjugated(token))
            {
                break;
            }
            lastGood = j + 1;
        }
        // A name does not end on a preposition ("Accord de sécurité conclu entre").
        while (lastGood > capitalisedEnd && (lexicon.Grammar.Prepositions.Contains(tokens[lastGood - 1].Folded) || connectors.Contains(tokens[lastGood - 1].Folded)))
        {
            lastGood--;
        }
        // A lone head word ("le Conseil a voté") is a reference, not a name; in English a lone head with lowercase words
        // after it is a sentence's first noun ("News of the talks came late"), as English names are capitalised.
        if (document.Language == "en" && capitalisedEnd == start + 1 && !sawProperName)
        {
            return null;
        }
        return lastGood > start + 1 || capitalisedEnd > start + 1 ? lastGood : null;
    }

    private bool HasCapitalisedComplement(System.Collections.Immutable.ImmutableArray<Token> tokens, int end, int sentenceEnd) =>
        end + 1 < sentenceEnd && lexicon.Grammar.NameComplementLinks.Contains(tokens[end].Folded) && tokens[end + 1].IsCapitalized;

    private bool LooksConjugated(Token token) =>
        lexicon.Grammar.IsImperfect(token.Folded) || lexicon.Grammar.NameEndingVerbs.Contains(token.Folded);

    private bool AnyPlace(IReadOnlyList<NameEntry> entries)
    {
        for (var e = 0; e < entries.Count; e++)
        {
            if (IsPlace(entries[e]))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsPlace(NameEntry entry) =>
        lexicon.Kinds.KindOf(entry.Entity.Type) is EntityKind.Location or EntityKind.Country;
}
