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

    /// <summary>The end of the person's name starting at <paramref name="start"/>, whose capitalised run ends at <paramref name="runEnd"/>; null without evidence.</summary>
    /// <param name="isPersonAfter">Whether the words after a given end make the name a person's (the ontology's <c>after</c> cues).</param>
    public int? Read(ArticleDocument document, int start, int runEnd, int sentenceStart, int sentenceEnd, Func<int, bool> isPersonAfter)
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
        if (!FirstNames.Contains(tokens[start].Text) && !isPersonAfter(end))
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
