using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// Reads a fact's qualifiers from its sentence: a troop count written "10'000", "11 000", "près de 11 000",
/// "some 11,000"; a date resolved against the article's date ("en juin", "le 11 novembre", "mercredi");
/// and who the claim is attributed to ("selon Kiev", "X accuse").
/// </summary>
internal sealed partial class QualifierReader(DomainLexicon lexicon, WordClassTable wordClasses)
{
    [GeneratedRegex(@"(?<![\d.,])(\d{1,3}(?:[  ' ’,.]\d{3})+|\d+)(?![\d])")]
    private static partial Regex NumberRegex();

    /// <summary>The first word (or phrase) of cue set <paramref name="cue"/> in the sentence, as written, lower-cased.</summary>
    public string? Noun(SentenceView view, string cue)
    {
        var nouns = view.CueMatches(cue, lexicon.Cue(cue), wordClasses.CueStart(cue));
        if (nouns.Count == 0)
        {
            return null;
        }
        var (start, end) = nouns[0];
        return view.Document.Text[view.Tokens[start].Start..view.Tokens[end - 1].End].ToLowerInvariant();
    }

    public long? Troops(SentenceView view, string cue)
    {
        var nouns = view.CueMatches(cue, lexicon.Cue(cue), wordClasses.CueStart(cue));
        var tokens = view.Tokens;
        var text = view.Document.Text;
        Span<char> digits = stackalloc char[64];
        foreach (var match in NumberRegex().EnumerateMatches(text.AsSpan(0, SearchLimit(text, view.Sentence.Span.End)), view.Sentence.Span.Start))
        {
            if (match.Index >= view.Sentence.Span.End)
            {
                break;
            }
            var firstAfter = FirstTokenAtOrAfter(view, match.Index + match.Length);
            for (var k = firstAfter; k < Math.Min(view.End, firstAfter + 3); k++)
            {
                if (StartsAt(nouns, k))
                {
                    if (long.TryParse(AsciiDigits(text.AsSpan(match.Index, match.Length), match.Length <= digits.Length ? digits : new char[match.Length]),
                        NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is > 1 and < 10_000_000)
                    {
                        return value;
                    }
                }
                if (tokens[k].Kind == TokenKind.Punctuation)
                {
                    break;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// Where the number search may stop for a sentence ending at <paramref name="end"/>: past any number that
    /// straddles the end and the character after it (the regex's look-ahead), so every match starting in the
    /// sentence is found as in the whole text, without scanning the rest of the article for the next number.
    /// </summary>
    private static int SearchLimit(string text, int end)
    {
        var limit = end;
        while (limit < text.Length && (char.IsDigit(text[limit]) || text[limit] is ' ' or '\'' or '’' or ',' or '.'))
        {
            limit++;
        }
        return Math.Min(text.Length, limit + 1);
    }

    private static bool StartsAt(IReadOnlyList<(int Start, int End)> matches, int k)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            if (matches[i].Start == k)
            {
                return true;
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> AsciiDigits(ReadOnlySpan<char> number, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                buffer[length++] = c;
            }
        }
        return buffer[..length];
    }

    public string? Date(SentenceView view, string? published)
    {
        var reference = ParsePublished(published);
        var tokens = view.Tokens;
        for (var k = view.Start; k < view.End; k++)
        {
            // Most words are neither a month nor a weekday: their class says so without a look-up.
            if (!view.Is(k, WordClass.DateWord))
            {
                continue;
            }
            var (month, weekday) = dateWords.TryGetValue(tokens[k].Folded, out var dateWord) ? dateWord : (0, -1);
            if (month > 0 && IsDateContext(view, k))
            {
                var day = k > view.Start && tokens[k - 1].Kind == TokenKind.Number && int.TryParse(tokens[k - 1].Text, out var d) && d is >= 1 and <= 31 ? d
                    : k + 1 < view.End && tokens[k + 1].Kind == TokenKind.Number && int.TryParse(tokens[k + 1].Text, out var d2) && d2 is >= 1 and <= 31 ? d2 : 0;
                var year = k + 1 < view.End && tokens[k + 1].Kind == TokenKind.Number && tokens[k + 1].Text.Length == 4 ? int.Parse(tokens[k + 1].Text, CultureInfo.InvariantCulture)
                    : k + 2 < view.End && tokens[k + 2].Kind == TokenKind.Number && tokens[k + 2].Text.Length == 4 ? int.Parse(tokens[k + 2].Text, CultureInfo.InvariantCulture)
                    : reference is { } r ? (month > r.Month ? r.Year - 1 : r.Year) : 0;
                if (year == 0)
                {
                    return null;
                }
                return day > 0 ? $"{year:D4}-{month:D2}-{day:D2}" : $"{year:D4}-{month:D2}";
            }
            if (reference is { } refDate && weekday >= 0)
            {
                var back = ((int)refDate.DayOfWeek - weekday + 7) % 7;
                return refDate.AddDays(-back).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the sentence has a word <see cref="ClaimedBy"/> reads ("selon", "according to", "accus..."); most
    /// have none, and then every fact of the sentence skips the search. Remembered in the view.
    /// </summary>
    public bool MayClaim(SentenceView view)
    {
        if (view.HasClaimMarker is { } known)
        {
            return known;
        }
        var tokens = view.Tokens;
        var found = false;
        for (var k = view.Start; k < view.End && !found; k++)
        {
            if (!view.Is(k, WordClass.ClaimWord))
            {
                continue;
            }
            found = view.Grammar.SourceMarkerEnd(tokens, k, view.End) >= 0 || view.Grammar.IsAccusation(tokens[k].Folded);
        }
        view.HasClaimMarker = found;
        return found;
    }

    /// <summary>Entities the sentence attributes the claim to: after "selon"/"according to", or doing the accusing.</summary>
    /// <remarks>Loops rather than LINQ: sentences with "selon" or "accuse" are common, and each of their facts asks.</remarks>
    public List<string> ClaimedBy(SentenceView view, string subject, string obj)
    {
        bool Skip(string id) => id == subject || id == obj;
        var result = new List<string>();
        var tokens = view.Tokens;
        for (var k = view.Start; k < view.End; k++)
        {
            // Only the claim words below start an attribution.
            if (!view.Is(k, WordClass.ClaimWord))
            {
                continue;
            }
            if (view.Grammar.SourceMarkerEnd(tokens, k, view.End) is var start and >= 0)
            {
                foreach (var m in view.Mentions)
                {
                    if (m.TokenStart >= start && m.TokenStart <= start + 2)
                    {
                        if (!lexicon.Kinds.Is(m.Type, EntityKind.Agreement))
                        {
                            result.Add(m.EntityId);
                        }
                        break;
                    }
                }
            }
            if (view.Grammar.IsAccusation(tokens[k].Folded))
            {
                // The accusers: up to three distinct entities named before the verb, outside quotes.
                var first = result.Count;
                foreach (var m in view.Mentions)
                {
                    if (m.TokenEnd <= k && lexicon.Kinds.KindOf(m.Type) is EntityKind.Country or EntityKind.Organization or EntityKind.Person && !view.Document.IsQuoted(m.TokenStart)
                        && !Skip(m.EntityId) && result.IndexOf(m.EntityId, first) < 0)
                    {
                        result.Add(m.EntityId);
                        if (result.Count - first == 3)
                        {
                            break;
                        }
                    }
                }
            }
        }
        // Each once, in order of first attribution, without the fact's own subject and object.
        var claimers = new List<string>(result.Count);
        foreach (var id in result)
        {
            if (!Skip(id) && !claimers.Contains(id))
            {
                claimers.Add(id);
            }
        }
        return claimers;
    }

    // "may" is a modal and "mars" a planet unless the word reads as a date.
    private static bool IsDateContext(SentenceView view, int k)
    {
        var tokens = view.Tokens;
        return tokens[k].IsCapitalized && !view.Grammar.AmbiguousMonths.Contains(tokens[k].Folded)
            || k > view.Start && (tokens[k - 1].Kind == TokenKind.Number || view.Grammar.DateLeads.Contains(tokens[k - 1].Folded))
            || k + 1 < view.End && tokens[k + 1].Kind == TokenKind.Number;
    }

    private static int FirstTokenAtOrAfter(SentenceView view, int offset)
    {
        for (var k = view.Start; k < view.End; k++)
        {
            if (view.Tokens[k].Start >= offset)
            {
                return k;
            }
        }
        return view.End;
    }

    // Folded month and weekday names, computed once: dates are looked for in every sentence with a fact.
    // Month 1-12 (0: not a month) and weekday as DayOfWeek (-1: not a weekday); lists start on Monday, DayOfWeek on Sunday.
    private readonly FrozenDictionary<string, (int Month, int Weekday)> dateWords = DateWords(
        Positions(lexicon.Ontology.Cues[OntologyCues.Months], i => i + 1),
        Positions(lexicon.Ontology.Cues[OntologyCues.Weekdays], i => (i + 1) % 7));

    private static FrozenDictionary<string, (int Month, int Weekday)> DateWords(Dictionary<string, int> months, Dictionary<string, int> weekdays)
    {
        var words = new Dictionary<string, (int Month, int Weekday)>(StringComparer.Ordinal);
        foreach (var word in months.Keys.Concat(weekdays.Keys))
        {
            words[word] = (months.GetValueOrDefault(word), weekdays.TryGetValue(word, out var day) ? day : -1);
        }
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Dictionary<string, int> Positions(TermSet terms, Func<int, int> value)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, list) in terms.ByLanguage)
        {
            for (var i = 0; i < list.Length; i++)
            {
                result.TryAdd(TextFolding.Fold(list[i]), value(i));
            }
        }
        return result;
    }

    // Parsed by hand: culture-aware date parsing was a fifth of relation extraction's time.
    private static DateOnly? ParsePublished(string? published)
    {
        if (published is not { Length: >= 10 } || published[4] != '-' || published[7] != '-'
            || !int.TryParse(published.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || !int.TryParse(published.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(published.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }
        return new DateOnly(year, month, day);
    }
}
