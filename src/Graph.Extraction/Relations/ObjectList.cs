using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// The names listed in an object slot, one fact each: "A, B and C", "A, head of X, and B" (an apposition with its own
/// names), "X spokesman A and B" (a name qualifying the next), "including A and B, as well as C".
/// </summary>
/// <remarks>
/// A comma alone is an apposition ("Beijing, China"), so a list counts only once a conjunction has joined it. A
/// name in an aside is skipped rather than listed: after a preposition (a complement), a possessor, a name right
/// before another name (its qualifier), a name after a number ("227 U.S. citizens": it qualifies the noun).
/// </remarks>
internal static class ObjectList
{
    // Words of an apposition between two items ("president of the state airline"): more ends the list.
    private const int MaxGapWords = 14;

    // Words between a qualifying name and the name it qualifies ("State Department spokesman Matthew Miller").
    private const int MaxQualifierGap = 3;

    public static List<ResolvedMention> Read(SentenceView view, ResolvedMention first, RelationTypeDefinition relation, IReadOnlyList<ResolvedMention> subjects,
        PhraseMatcher<bool> conjunctions)
    {
        var items = new List<ResolvedMention> { first };
        var previousEnd = first.TokenEnd;
        var joined = false;
        var mentions = view.Mentions;
        for (var i = 0; i < mentions.Length; i++)
        {
            var m = mentions[i];
            if (m.TokenStart < previousEnd)
            {
                continue;
            }
            // "le patriarche X de Moscou, Y et Z": a complement right after an item belongs to it; the list goes on after it.
            if (IsComplementOf(view, previousEnd, m))
            {
                previousEnd = m.TokenEnd;
                continue;
            }
            var gap = GapBetween(view, previousEnd, m.TokenStart, conjunctions);
            // "X and several firms supplying Iran": a name inside a participial clause is no item.
            if (gap == Gap.None || ObjectFinder.InParticipleClause(view, previousEnd, m.TokenStart))
            {
                break;
            }
            // "the Estonian prime minister, Y": a demonym inside the next item's title.
            if (IsAside(view, m) || QualifiesNext(view, i) is not null || !relation.AllowsObject(m.Type) && AllTitleWords(view, m))
            {
                continue;
            }
            if (!relation.AllowsObject(m.Type) || subjects.HasEntity(m.EntityId) || view.Document.IsQuoted(m.TokenStart) || ObjectFinder.IsCompoundModifier(view, m) || ActsNext(view, m))
            {
                // A name of another type, or the subject of a new clause, ends the list ("Rosneft and Lukoil, and their chiefs").
                break;
            }
            items.Add(m);
            previousEnd = m.TokenEnd;
            joined |= gap == Gap.Conjunction;
        }
        return joined ? items : [first];
    }

    /// <summary>
    /// The mention after mention <paramref name="index"/> that it only qualifies ("State Department spokesman Miller",
    /// "Columbia University professors Frye", "Russia's VEB bank"), or null.
    /// </summary>
    public static ResolvedMention? QualifiesNext(SentenceView view, int index)
    {
        var mentions = view.Mentions;
        if (index + 1 >= mentions.Length)
        {
            return null;
        }
        var (m, next) = (mentions[index], mentions[index + 1]);
        if (next.TokenStart - m.TokenEnd > MaxQualifierGap || next.TokenStart < m.TokenEnd)
        {
            return null;
        }
        for (var k = m.TokenEnd; k < next.TokenStart; k++)
        {
            var token = view.Tokens[k];
            var possessive = token.Kind == TokenKind.Punctuation && token.Text is "'" or "’" || k > m.TokenEnd && view.Tokens[k - 1].Text is "'" or "’";
            // Only titles sit between ("spokesman", "President", "professors"), never a verb or a clause word.
            if (!possessive && !(token.IsWord && view.Is(k, WordClass.TitleWord | WordClass.PersonTitleStart | WordClass.OrganizationHead)))
            {
                return null;
            }
        }
        return next;
    }

    // Lower-case words between a preposition and the name of its complement ("of the state-owned airline X").
    private const int ComplementNounWords = 3;

    /// <summary>
    /// A name that only qualifies something else: after a number, a preposition (a complement, also past a few
    /// common nouns after a title's preposition: "president of the state-owned airline X"), an opening bracket.
    /// </summary>
    private static bool IsAside(SentenceView view, ResolvedMention m)
    {
        var k = m.TokenStart - 1;
        while (k >= view.Start && view.Is(k, WordClass.Determiner))
        {
            k--;
        }
        var nouns = k;
        for (var words = 0; nouns >= view.Start && words < ComplementNounWords && IsCommonNounWord(view, nouns); words++)
        {
            nouns--;
            while (nouns >= view.Start && (view.Tokens[nouns].Kind == TokenKind.Joiner || view.Tokens[nouns].Text == "-"))
            {
                nouns--;
            }
        }
        if (nouns < k)
        {
            while (nouns >= view.Start && view.Is(nouns, WordClass.Determiner))
            {
                nouns--;
            }
            // Only a title's complement ("head of the airline X"), not a descriptor's own ("la société de presse privée X").
            if (nouns > view.Start && view.Is(nouns, WordClass.Preposition) && !view.Is(nouns, WordClass.OppositionWord | WordClass.TriggerStart)
                && view.Is(nouns - 1, WordClass.TitleWord | WordClass.PersonTitleStart))
            {
                return true;
            }
        }
        return AfterNumber(view, m) || BeforeTitle(view, m)
            || k >= view.Start && (view.Is(k, WordClass.Preposition) && !view.Is(k, WordClass.OppositionWord) || view.Tokens[k].Text == "(");
    }

    private static bool IsCommonNounWord(SentenceView view, int k) =>
        view.Tokens[k].IsWord && !view.Tokens[k].IsCapitalized && view.MentionAt(k) is null
        && !view.Is(k, WordClass.Preposition | WordClass.Determiner | WordClass.TriggerStart | WordClass.ListConjunctionStart | WordClass.Auxiliary | WordClass.ClauseOpener);

    /// <summary>Only prepositions and determiners between the end of an item and the name <paramref name="m"/>: its complement.</summary>
    private static bool IsComplementOf(SentenceView view, int itemEnd, ResolvedMention m)
    {
        if (m.TokenStart == itemEnd)
        {
            return false;
        }
        for (var k = itemEnd; k < m.TokenStart; k++)
        {
            if (!view.Tokens[k].IsWord || !view.Is(k, WordClass.Preposition | WordClass.Determiner) || view.Is(k, WordClass.OppositionWord))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"the former Chilean envoy to France Ana Ruiz" ("Chilean" a name): a name right before a title qualifies the title.</summary>
    private static bool BeforeTitle(SentenceView view, ResolvedMention m) =>
        m.TokenEnd < view.End && view.Tokens[m.TokenEnd].IsWord && view.Is(m.TokenEnd, WordClass.PersonTitleStart);

    /// <summary>"227 U.S. citizens", "15 Russian firms": a name right after a number qualifies the counted noun.</summary>
    public static bool AfterNumber(SentenceView view, ResolvedMention m) =>
        m.TokenStart > view.Start && view.Tokens[m.TokenStart - 1].Kind == TokenKind.Number;

    /// <summary>A name right before a trigger (past auxiliaries and adverbs) is the subject of a new clause, not an item.</summary>
    private static bool ActsNext(SentenceView view, ResolvedMention m)
    {
        var k = m.TokenEnd;
        while (k < view.End && view.Is(k, WordClass.Auxiliary | WordClass.Adverb) && !view.Is(k, WordClass.ListConjunctionStart))
        {
            k++;
        }
        return k < view.End && view.Is(k, WordClass.TriggerStart);
    }

    private enum Gap
    {
        None,
        Comma,
        Conjunction,
    }

    /// <summary>
    /// What joins two items: commas and conjunctions, and in between only asides that a comma, a conjunction or a
    /// bracket opened ("A, president of X, and B"); a clause word, a negation or another trigger ends the list.
    /// </summary>
    private static Gap GapBetween(SentenceView view, int from, int to, PhraseMatcher<bool> conjunctions)
    {
        var gap = Gap.None;
        var words = 0;
        var opened = false;
        for (var k = from; k < to; k++)
        {
            var token = view.Tokens[k];
            if (view.Is(k, WordClass.ListConjunctionStart) && conjunctions.MatchAt(view.Tokens, k, to) is { } conjunction)
            {
                gap = Gap.Conjunction;
                opened = true;
                k = conjunction.End - 1;
                continue;
            }
            if (token.Kind == TokenKind.Punctuation)
            {
                if (token.Text == ",")
                {
                    gap = gap == Gap.None ? Gap.Comma : gap;
                    opened = true;
                    continue;
                }
                if (token.Text is "(" or ")" or "'" or "’" || token.Text == "." && IsAbbreviationDot(view, k) || view.MentionAt(k) is not null)
                {
                    opened |= token.Text == "(";
                    continue;
                }
                return Gap.None;
            }
            if (token.Kind == TokenKind.Joiner || view.Is(k, WordClass.Determiner) || view.MentionAt(k) is not null && opened)
            {
                continue;
            }
            // "S.A.": the letters of an abbreviation are no auxiliary "a".
            if (opened && k + 1 < to && view.Tokens[k + 1].Text == "." && IsAbbreviationDot(view, k + 1))
            {
                continue;
            }
            // A preposition that only starts some longer trigger ("d'" of "d'après") is no trigger here: "et d'autres journalistes, X".
            var trigger = view.Is(k, WordClass.TriggerWord) || view.Is(k, WordClass.TriggerStart) && !view.Is(k, WordClass.Preposition | WordClass.Determiner);
            if (trigger || view.Is(k, WordClass.Negation | WordClass.Relative | WordClass.ClauseOpener | WordClass.ClauseStart)
                || view.Is(k, WordClass.Auxiliary) || !opened || ++words > MaxGapWords)
            {
                return Gap.None;
            }
        }
        return gap;
    }

    /// <summary>The dot of "S.A.", "Jr.": after a short capitalised word.</summary>
    private static bool IsAbbreviationDot(SentenceView view, int k) =>
        k > view.Start && view.Tokens[k - 1].IsWord && view.Tokens[k - 1].IsCapitalized
        && (view.Tokens[k - 1].Text.Length <= 2 || view.Tokens[k - 1].Text.Contains('.', StringComparison.Ordinal));

    private static bool AllTitleWords(SentenceView view, ResolvedMention mention)
    {
        for (var k = mention.TokenStart; k < mention.TokenEnd; k++)
        {
            if (!view.Is(k, WordClass.TitleWord))
            {
                return false;
            }
        }
        return true;
    }
}
