using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Graph.Core;

namespace Graph.Extraction.Text;

/// <summary>
/// Splits an article text into sentences in one linear pass. Every sentence is a trimmed span into the input:
/// <c>sentence.Text == text.Substring(span.Start, span.Length)</c>, spans are ordered and never overlap.
/// </summary>
/// <remarks>
/// A line break always ends a sentence (headlines, captions and list items carry no final period).
/// Inside a line, a sentence ends after . ! ? … (plus closing quotes or brackets) followed by whitespace and an
/// uppercase letter, a digit or an opening quote, unless the period closes an abbreviation, an initial or a
/// dotted acronym. Colons never split ("Titre : texte" stays one sentence).
/// </remarks>
public static class SentenceSplitter
{
    // Titles and month abbreviations that take a period and are usually followed by a capitalised name or a
    // number. Case-sensitive on purpose: "Me." (Maître) is a title, "me." ends an English sentence.
    // "etc." is absent: it only suppresses a split mid-sentence, where a lowercase word follows anyway.
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.Ordinal,
    [
        "M", "MM", "Mme", "Mmes", "Mlle", "Mlles", "Dr", "Drs", "Pr", "Me", "Mgr", "St", "Ste", "Sts",
        "Mr", "Mrs", "Ms", "Messrs", "Gen", "Lt", "Col", "Capt", "Cpt", "Maj", "Sgt", "Cmdr", "Adm", "Brig",
        "Sen", "Rep", "Gov", "Prof", "Rev", "Hon", "Pres", "Amb", "Jr", "Sr", "Mt", "Ft",
        "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc",
        "No", "Nos", "no", "vs", "cf", "Cf", "p", "pp", "ex", "Fot", "Phot", "Inc", "Corp", "Ltd", "Co", "Dept", "Univ", "Art", "art",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> LineBreaksAndTerminals = SearchValues.Create("\n\r\u2028\u2029\u0085.!?…");

    // Longest word looked at behind a period: abbreviations and dotted acronyms are short, and the bound keeps
    // the pass linear.
    private const int MaxAbbreviationLength = 12;

    public static ImmutableArray<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new PooledBuffer<Sentence>(text.Length / 64);
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Only line breaks and terminal punctuation can end a sentence: jump to the next one (vectorised).
            var skip = text.AsSpan(i).IndexOfAny(LineBreaksAndTerminals);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            var c = text[i];
            if (IsLineBreak(c))
            {
                Add(text, start, i, ref sentences);
                start = i + 1;
                i++;
                continue;
            }

            var end = EndOfTerminalRun(text, i); // c is terminal punctuation
            if (IsBoundary(text, i, end))
            {
                Add(text, start, end, ref sentences);
                start = end;
            }

            i = end;
        }

        Add(text, start, text.Length, ref sentences);
        return sentences.ToImmutableAndReturn();
    }

    /// <summary>Index just past the punctuation run starting at <paramref name="i"/> and its closing quotes.</summary>
    private static int EndOfTerminalRun(string text, int i)
    {
        var j = i;
        while (j < text.Length && IsTerminal(text[j]))
        {
            j++;
        }

        while (true)
        {
            while (j < text.Length && IsCloser(text[j]))
            {
                j++;
            }

            // French typography puts a space before the closing guillemet: « Nous gagnerons. » a-t-il dit.
            var k = j;
            while (k < text.Length && IsHorizontalSpace(text[k]))
            {
                k++;
            }

            if (k > j && k < text.Length && text[k] is '»' or '”')
            {
                j = k;
                continue;
            }

            // A stray opening guillemet at the end of a line closes the quote in some sources ("de l'Union. «").
            if (k > j && k < text.Length && text[k] is '«' or '“' && RestOfLineIsBlank(text, k + 1))
            {
                return k + 1;
            }

            return j;
        }
    }

    private static bool IsBoundary(string text, int punct, int end)
    {
        if (end >= text.Length)
        {
            return false; // the final segment is added after the loop
        }

        var single = text[punct] == '.' && (end == punct + 1 || !IsTerminal(text[punct + 1]));
        if (!IsHorizontalSpace(text[end]))
        {
            // "(UAV).Les Russes": a missing space after a period, seen in scraped text. Only a capitalised word
            // (upper then lower) after a lowercase word counts, so "U.S.A" or "3.5" never split.
            return single && end == punct + 1 && punct > 0
                && (char.IsLower(text[punct - 1]) || text[punct - 1] == ')')
                && char.IsUpper(text[end]) && StartsCapitalisedWordOrTitle(text, end)
                && !IsAbbreviation(text, punct) && !IsDomainName(text, end);
        }

        var next = end;
        while (next < text.Length && IsHorizontalSpace(text[next]))
        {
            next++;
        }

        if (next >= text.Length || IsLineBreak(text[next]))
        {
            return false; // the line break itself ends the sentence
        }

        if (!StartsSentence(text[next]))
        {
            return false;
        }

        return !(single && IsAbbreviation(text, punct));
    }

    /// <summary>
    /// "Vesti.Ru, la chaîne NTV": a short word glued after a period and followed at once by a comma or a semicolon is
    /// the end of a site's name, not a new sentence.
    /// </summary>
    private static bool IsDomainName(string text, int wordStart)
    {
        const int LongestDomain = 4;
        var k = wordStart;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }
        return k - wordStart <= LongestDomain && k < text.Length && text[k] is ',' or ';';
    }

    /// <summary>True when the period at <paramref name="dot"/> closes an abbreviation, an initial or a dotted acronym.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var begin = dot;
        while (begin > 0 && dot - begin < MaxAbbreviationLength && IsWordOrDot(text[begin - 1]))
        {
            begin--;
        }

        if (begin > 0 && IsWordOrDot(text[begin - 1]))
        {
            return false; // longer than any abbreviation
        }

        var word = text.AsSpan(begin, dot - begin);
        if (word.IsEmpty)
        {
            return false;
        }

        if (word.Length == 1)
        {
            return char.IsUpper(word[0]) || AbbreviationLookup.Contains(word); // "J. Biden", "p. 12"
        }

        if (word.Contains('.'))
        {
            // "U.S", "É.-U", "J.-C"; or a title glued to the previous sentence: "Victoire.MM. Kim".
            var last = word[(word.LastIndexOf('.') + 1)..];
            return IsDottedAcronym(word) || AbbreviationLookup.Contains(last);
        }

        return AbbreviationLookup.Contains(word);
    }

    /// <summary>An uppercase letter then a lowercase one ("Les"), or a title abbreviation and its period ("MM.").</summary>
    private static bool StartsCapitalisedWordOrTitle(string text, int start)
    {
        if (start + 1 < text.Length && char.IsLower(text[start + 1]))
        {
            return true;
        }

        var end = start;
        while (end < text.Length && end - start < MaxAbbreviationLength && char.IsLetter(text[end]))
        {
            end++;
        }

        return end < text.Length && text[end] == '.' && AbbreviationLookup.Contains(text.AsSpan(start, end - start));
    }

    private static bool RestOfLineIsBlank(string text, int start)
    {
        for (var i = start; i < text.Length && !IsLineBreak(text[i]); i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"U.S", "U.N", "É.-U", "Ph.D": segments of one or two letters joined by dots or hyphens.</summary>
    private static bool IsDottedAcronym(ReadOnlySpan<char> word)
    {
        var segment = 0;
        foreach (var c in word)
        {
            if (c is '.' or '-')
            {
                segment = 0;
                continue;
            }

            if (!char.IsLetter(c) || ++segment > 2)
            {
                return false;
            }
        }

        return true;
    }

    private static void Add(string text, int start, int end, ref PooledBuffer<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, new TextSpan(start, end), text));
        }
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '«' or '“' or '"' or '\'' or '‘' or '(' or '[' or '¿' or '¡';

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is '»' or '”' or '"' or '\'' or '’' or ')' or ']';

    private static bool IsWordOrDot(char c) => char.IsLetter(c) || c is '.' or '-';

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    private static bool IsHorizontalSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u202F' or '\u2009' or '\u2007' or '\f' or '\v';
}
