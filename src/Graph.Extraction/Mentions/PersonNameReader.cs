using System.Collections.Frozen;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// A bare person's name with no title or speech verb to announce it: a capitalised run that starts with a known
/// first name ("Marek Olsen") or that the ontology's person cues follow ("Zhu Fuxi (born"), going on over the
/// ontology's name particles ("Kurt von Schleicher", "Abdel Fattah el-Sisi"). Two to five words; a single word is
/// left to the other rules.
/// </summary>
internal sealed class PersonNameReader(DomainLexicon lexicon)
{
    private const int MaxWords = 5;
    private readonly PhraseMatcher<bool> particles = lexicon.Cue(OntologyCues.NameParticles);
    private readonly PhraseMatcher<bool> legalNameMarkers = lexicon.Cue(OntologyCues.LegalNameMarkers);

    // Phrase matching skips signs, so a marker that is a sign ("(") is compared as it is written.
    private readonly FrozenSet<string> legalNameSigns = lexicon.Ontology.Cues[OntologyCues.LegalNameMarkers].All.Select(t => t.Trim()).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The end of the person's name starting at <paramref name="start"/>, whose capitalised run ends at <paramref name="runEnd"/>; null without evidence.</summary>
    /// <param name="isPersonAfter">
    /// Whether the words after a given end (up to the sentence's end) make the name a person's (the ontology's
    /// <c>after</c> cues). It takes the document and the sentence's end rather than capturing them, so that the
    /// caller passes one delegate it made once instead of a closure per name.
    /// </param>
    public int? Read(ArticleDocument document, int start, int runEnd, int sentenceStart, int sentenceEnd, Func<ArticleDocument, int, int, bool> isPersonAfter)
    {
        var tokens = document.Tokens;
        if (InsideBrackets(tokens, start, sentenceStart))
        {
            return null;
        }
        var end = runEnd;
        // "John K. Smith": a middle initial and its full stop belong to the name, even an initial that is also a
        // function word and so ended the run ("Ronald A. Burdo").
        while (true)
        {
            if (end + 1 < sentenceEnd && tokens[end].Text == "." && tokens[end - 1].Text.Length == 1 && tokens[end + 1].IsCapitalized)
            {
                end = RunEnd(tokens, end + 1, sentenceEnd);
            }
            else if (end + 2 < sentenceEnd && tokens[end].IsCapitalized && tokens[end].Text.Length == 1 && tokens[end + 1].Text == "." && tokens[end + 2].IsCapitalized)
            {
                end = RunEnd(tokens, end + 2, sentenceEnd);
            }
            else if (NicknameAt(tokens, end, sentenceEnd) is { } nicknameEnd && nicknameEnd < sentenceEnd && tokens[nicknameEnd].IsCapitalized)
            {
                // 'Emanuel "Manny" Ruiz', "Cornelis (Kees) Dam": a nickname inside the name, which goes on after it.
                end = RunEnd(tokens, nicknameEnd, sentenceEnd);
            }
            else
            {
                break;
            }
        }
        // "von Schleicher", "el-Sisi", "de la Cruz": particles, then the capitalised rest of the name.
        while (end < sentenceEnd && particles.MatchAt(tokens, end, sentenceEnd) is { End: var particleEnd } && !tokens[end].IsCapitalized)
        {
            var next = particleEnd < sentenceEnd && tokens[particleEnd].Kind == TokenKind.Joiner ? particleEnd + 1 : particleEnd;
            if (next >= sentenceEnd || !tokens[next].IsCapitalized)
            {
                break;
            }
            end = RunEnd(tokens, next, sentenceEnd);
        }
        if (!FirstNames.Contains(tokens[start].Text) && !isPersonAfter(document, end, sentenceEnd))
        {
            return null;
        }
        // "James Cook FRS", "Douglas Gracey KCB": post-nominal letters follow the name; a regnal number ("Edward VII") is part of it.
        while (end - start > 2 && tokens[end - 1].IsAllCaps && !IsRomanNumeral(tokens[end - 1].Text))
        {
            end--;
        }
        var words = 0;
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsWord && (k == start || tokens[k - 1].Kind != TokenKind.Joiner))
            {
                words++;
            }
        }
        return words is >= 2 and <= MaxWords ? end : null;
    }

    /// <summary>
    /// The label of the person's name read from <paramref name="start"/> to <paramref name="end"/>: the name as
    /// written, but a nickname inside it stands for the given names ('Emanuel "Manny" Ruiz' is Manny Ruiz), and a
    /// full legal name (three words or more, no initial, a <c>legal_name_markers</c> word after it) keeps its first
    /// and last names with the particles before the last ("Pedro Luis de Verona" is Pedro de Verona). Post-nominal
    /// letters after it are left out.
    /// </summary>
    public string Label(ArticleDocument document, int start, int end, int sentenceEnd)
    {
        var tokens = document.Tokens;
        var words = Words(tokens, start, end);
        // "James Cook FRS": post-nominal letters are no part of the label (a regnal number is: "Edward VII").
        var trimmed = false;
        while (words.Count > 2 && tokens[words[^1].Start].IsAllCaps && words[^1].End - words[^1].Start == 1 && !IsRomanNumeral(tokens[words[^1].Start].Text))
        {
            words.RemoveAt(words.Count - 1);
            trimmed = true;
        }
        for (var w = 1; w < words.Count - 1; w++)
        {
            if (NicknameAt(tokens, words[w].Start, end) is { } nicknameEnd)
            {
                var rest = words.FindIndex(word => word.Start >= nicknameEnd);
                return Join(document, [(words[w].Start + 1, nicknameEnd - 1), .. Surname(tokens, words, rest, end)]);
            }
        }
        var legal = words.Count >= 3 && end < sentenceEnd && IsLegalNameMarker(tokens, end, sentenceEnd)
            && !words.Exists(word => tokens[word.Start].Text.Length == 1 || tokens[word.End - 1].Text == ".");
        return legal ? Join(document, [words[0], .. Surname(tokens, words, 1, end)])
            : trimmed ? Join(document, words) : document.Text[tokens[start].Start..tokens[end - 1].End];
    }

    private bool IsLegalNameMarker(System.Collections.Immutable.ImmutableArray<Token> tokens, int k, int sentenceEnd) =>
        tokens[k].Kind == TokenKind.Punctuation ? legalNameSigns.Contains(tokens[k].Text) : legalNameMarkers.MatchAt(tokens, k, sentenceEnd) is not null;

    /// <summary>The last word of the name from word <paramref name="from"/> on, with the particles right before it ("de la Cruz").</summary>
    private List<(int Start, int End)> Surname(System.Collections.Immutable.ImmutableArray<Token> tokens, List<(int Start, int End)> words, int from, int end)
    {
        var first = words.Count - 1;
        // A capitalised particle counts here ("Ahmed Ben Salah"): it is already inside the run.
        while (first - 1 >= from && particles.MatchAt(tokens, words[first - 1].Start, end) is not null)
        {
            first--;
        }
        return words.GetRange(first, words.Count - first);
    }

    /// <summary>The name's words: tokens glued to each other ("Bevan-Baker", "Yar'Adua", a bracketed nickname) are one word.</summary>
    private static List<(int Start, int End)> Words(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int end)
    {
        var words = new List<(int Start, int End)>();
        for (var k = start; k < end; k++)
        {
            if (k > start && tokens[k].Start == tokens[k - 1].End && (tokens[k].Kind != TokenKind.Punctuation || tokens[k].Text is "'" or "’" or "\"" or ")" or "”" or "."))
            {
                words[^1] = (words[^1].Start, k + 1);
            }
            else
            {
                words.Add((k, k + 1));
            }
        }
        return words;
    }

    private static string Join(ArticleDocument document, IEnumerable<(int Start, int End)> words) =>
        string.Join(' ', words.Select(w => document.Text[document.Tokens[w.Start].Start..document.Tokens[w.End - 1].End]));

    /// <summary>
    /// The token after a one-word nickname in quotes or brackets opening at <paramref name="k"/>; null when there is
    /// none. An acronym in brackets is not a nickname ("the People's Front (PF)").
    /// </summary>
    public static int? NicknameAt(System.Collections.Immutable.ImmutableArray<Token> tokens, int k, int limit) =>
        k + 2 < limit && tokens[k].Text is "\"" or "“" or "(" && tokens[k + 1].IsCapitalized && !tokens[k + 1].IsAllCaps
        && tokens[k + 2].Text == (tokens[k].Text switch { "“" => "”", "(" => ")", _ => "\"" })
            ? k + 3
            : null;

    private static bool IsRomanNumeral(string word) => word.All(c => c is 'I' or 'V' or 'X');

    private static int RunEnd(System.Collections.Immutable.ImmutableArray<Token> tokens, int from, int sentenceEnd)
    {
        var end = from;
        while (end < sentenceEnd && (tokens[end].IsCapitalized || tokens[end].Kind == TokenKind.Joiner && end + 1 < sentenceEnd && tokens[end + 1].IsWord))
        {
            end += tokens[end].Kind == TokenKind.Joiner ? 2 : 1;
        }
        return end;
    }

    /// <summary>
    /// Brackets hold asides (credits, transliterations, other scripts): a first name there is weak evidence, and
    /// "(Reportage Josh Smith ...)" names a reporter, not someone the article is about.
    /// </summary>
    private static bool InsideBrackets(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int sentenceStart)
    {
        for (var k = start - 1; k >= sentenceStart; k--)
        {
            if (tokens[k].Text is ")" or "]")
            {
                return false;
            }
            if (tokens[k].Text is "(" or "[")
            {
                return true;
            }
        }
        return false;
    }
}
