using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// Finds the object of a trigger among the mentions whose type the relation allows: the first one after the
/// trigger in its clause, else the nearest before it (a passive: "l'accord, qui a été signé"), else, for a
/// sentence that refers back ("il a été ratifié"), the last one in the preceding sentences. A treaty may be
/// quoted: its title often is ("ont signé le document « Accord sur ... »").
/// </summary>
internal static class ObjectFinder
{
    private const int LookBackSentences = 3;

    /// <param name="passive">The subjects are the agents of a passive ("X a été reçu par Y"): the object may precede the verb.</param>
    /// <param name="lexicon">When given, a capital stands for its country where the relation takes a country but no place ("livré des chars à Kiev").</param>
    public static ResolvedMention? Find(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation, IReadOnlyList<ResolvedMention> subjects, ResolutionResult resolution,
        EntityKinds kinds, bool passive = false, DomainLexicon? lexicon = null)
    {
        var found = FindMention(view, trigger, relation, subjects, resolution, kinds, passive, lexicon);
        return found is not null && !relation.AllowsObject(found.Type) && CountryOfCapital(found, lexicon) is { } country
            ? found with { EntityId = country, Type = kinds.TypeOf(EntityKind.Country) }
            : found;
    }

    private static string? CountryOfCapital(ResolvedMention mention, DomainLexicon? lexicon) =>
        lexicon?.FindEntity(mention.EntityId)?.CapitalOf;

    private static ResolvedMention? FindMention(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation, IReadOnlyList<ResolvedMention> subjects,
        ResolutionResult resolution, EntityKinds kinds, bool passive, DomainLexicon? lexicon)
    {
        bool Allowed(ResolvedMention m) =>
            (relation.AllowsObject(m.Type) || relation.AllowsObject(kinds.TypeOf(EntityKind.Country)) && CountryOfCapital(m, lexicon) is { } country && !subjects.HasEntity(country))
            && !subjects.HasEntity(m.EntityId) && (!view.Document.IsQuoted(m.TokenStart) || kinds.Is(m.Type, EntityKind.Agreement)) && !ObjectList.AfterNumber(view, m)
            && !IsCompoundModifier(view, m) && !AfterSourceMarker(view, m);

        var markers = relation.ObjectMarkers.For(view.Document.Language);
        bool Marked(ResolvedMention m) => markers.IsEmpty || IsMarked(view, trigger, m, markers);

        var clauseEnd = ClauseEnd(view, trigger.End);
        ResolvedMention? firstAfter = null, firstPlaceAfter = null;
        for (var i = 0; i < view.Mentions.Length; i++)
        {
            var m = view.Mentions[i];
            // A more specific place must belong to the same clause as the first object ("en Russie, qui ... à Moscou" does not).
            if (firstAfter is not null && AnyBetween(view, firstAfter.TokenEnd, m.TokenStart, WordClass.ClauseOpener))
            {
                break;
            }
            // "la visite du ministre, qui a resserré les liens avec le Japon", "des sanctions contre X, au moment où
            // Y est à Washington": a relative clause says something else.
            if (firstAfter is null && m.TokenStart >= trigger.End && OpensClauseBetween(view, trigger.End, m.TokenStart))
            {
                break;
            }
            if (m.TokenStart >= trigger.End && m.TokenStart < clauseEnd && Allowed(m) && (relation.ObjectAfterOpposition || !IsOpposed(view, m)) && Marked(m)
                && !InParticipleClause(view, trigger.End, m.TokenStart))
            {
                // "State Department spokesman Matthew Miller", "Russia's VEB bank": the name qualified is the object.
                if (firstAfter is null && ObjectList.QualifiesNext(view, i) is { } qualified && Allowed(qualified))
                {
                    continue;
                }
                firstAfter ??= m;
                if (kinds.Is(m.Type, EntityKind.Location))
                {
                    firstPlaceAfter = PlaceItQualifies(view, m, kinds) is { } head && Allowed(head) ? head : m;
                    break;
                }
            }
        }
        if (firstAfter is not null)
        {
            // Most specific first: a place named after a country ("en Russie ... dans la région de Koursk").
            return relation.ObjectTypes.Contains(kinds.TypeOf(EntityKind.Location)) && firstPlaceAfter is not null ? firstPlaceAfter : firstAfter;
        }
        if (passive && !relation.ObjectTypes.Contains(kinds.TypeOf(EntityKind.Agreement)))
        {
            // The passive's grammatical subject is the object: the nearest allowed name before the verb in its clause.
            for (var i = view.Mentions.Length - 1; i >= 0; i--)
            {
                var m = view.Mentions[i];
                if (m.TokenEnd <= trigger.Start && Allowed(m) && !AnyBetween(view, m.TokenEnd, trigger.Start, WordClass.ClauseStart))
                {
                    return m;
                }
            }
            return null;
        }
        if (!relation.ObjectTypes.Contains(kinds.TypeOf(EntityKind.Agreement)))
        {
            return null;
        }
        for (var i = view.Mentions.Length - 1; i >= 0; i--)
        {
            if (view.Mentions[i].TokenEnd <= trigger.Start && Allowed(view.Mentions[i]))
            {
                return view.Mentions[i];
            }
        }
        // Mentions are in text order, hence in sentence order: walk back through the preceding sentences only.
        var mentions = resolution.Mentions;
        for (var i = mentions.Length - 1; i >= 0 && mentions[i].Sentence >= view.Index - LookBackSentences; i--)
        {
            if (mentions[i].Sentence < view.Index && Allowed(mentions[i]))
            {
                return mentions[i];
            }
        }
        return null;
    }

    /// <summary>The object and the objects listed with it (<see cref="ObjectList"/>): one fact each.</summary>
    /// <param name="conjunctions">The ontology's list_conjunctions ("et", "ainsi que", "and", "as well as").</param>
    public static List<ResolvedMention> WithListed(SentenceView view, ResolvedMention first, RelationTypeDefinition relation, IReadOnlyList<ResolvedMention> subjects,
        PhraseMatcher<bool> conjunctions) => ObjectList.Read(view, first, relation, subjects, conjunctions);

    // The guest list of a host's act (GuestFinder) reads its gaps with these.
    private const int MaxListGap = 8;

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

    internal enum Gap
    {
        None,
        Comma,
        Conjunction,
    }

    /// <summary>Only commas, conjunctions ("et", "and", "ainsi que", "as well as") and determiners between two names.</summary>
    internal static Gap ListGap(SentenceView view, int from, int to, PhraseMatcher<bool> conjunctions, PhraseMatcher<bool> titles)
    {
        if (to - from is < 1 or > MaxListGap)
        {
            return Gap.None;
        }
        var gap = Gap.None;
        var titled = false;
        for (var k = from; k < to; k++)
        {
            var token = view.Tokens[k];
            if (view.Is(k, WordClass.ListConjunctionStart) && conjunctions.MatchAt(view.Tokens, k, to) is { } conjunction)
            {
                gap = Gap.Conjunction;
                k = conjunction.End - 1;
            }
            else if (token.Text == ",")
            {
                gap = gap == Gap.None ? Gap.Comma : gap;
            }
            else if (view.Is(k, WordClass.PersonTitleStart) && titles.MatchAt(view.Tokens, k, to) is { } title)
            {
                titled = true;
                k = title.End - 1;
            }
            else if (view.Is(k, WordClass.TitleWord | WordClass.OrganizationHead | WordClass.Preposition) && !view.Is(k, WordClass.OppositionWord))
            {
                // "X, et la présidente du Conseil, Y": the next item's title, only after a conjunction.
                titled = true;
            }
            else if (!view.Is(k, WordClass.Determiner))
            {
                return Gap.None;
            }
        }
        return titled && gap != Gap.Conjunction ? Gap.None : gap;
    }

    /// <summary>
    /// The object is the verb's direct object (only determiners, titles and adverbs between), or a marker of the
    /// relation stands right before it (past determiners and titles), or ends the trigger ("visit to").
    /// </summary>
    private static bool IsMarked(SentenceView view, TriggerHit trigger, ResolvedMention mention, System.Collections.Immutable.ImmutableArray<string> markers)
    {
        var k = mention.TokenStart - 1;
        while (k >= trigger.End && view.Is(k, WordClass.Determiner | WordClass.TitleWord | WordClass.Adverb | WordClass.DateWord))
        {
            k--;
        }
        if (k < trigger.End)
        {
            return true;
        }
        var folded = view.Tokens[k].Folded;
        foreach (var marker in markers)
        {
            if (string.Equals(TextFolding.Fold(marker), folded, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static int ClauseEnd(SentenceView view, int from)
    {
        for (var k = from; k < view.End; k++)
        {
            if (view.Tokens[k].Text is ";" or "." && !view.Document.IsQuoted(k))
            {
                return k;
            }
        }
        return view.End;
    }

    // Common nouns between a place that qualifies them and "of" ("the Black Sea resort of", "the Baltic port city of").
    private const int QualifiedNounWords = 3;

    /// <summary>
    /// "the Black Sea resort of Sochi", "the Alpine village of Davos": a place before a common noun and "of"/"de" only
    /// says where the place after them lies; that one is where the act went. Null when the place is not so used.
    /// </summary>
    private static ResolvedMention? PlaceItQualifies(SentenceView view, ResolvedMention place, EntityKinds kinds)
    {
        var k = place.TokenEnd;
        var nouns = 0;
        while (k < view.End && nouns < QualifiedNounWords && view.Tokens[k].IsWord && !view.Tokens[k].IsCapitalized
            && !view.Is(k, WordClass.Covered | WordClass.Preposition | WordClass.Determiner | WordClass.TriggerStart | WordClass.Auxiliary | WordClass.ClauseOpener))
        {
            k++;
            nouns++;
        }
        if (nouns == 0 || k >= view.End || !view.Grammar.OfWords.Contains(view.Tokens[k].Folded))
        {
            return null;
        }
        k++;
        while (k < view.End && view.Is(k, WordClass.Determiner))
        {
            k++;
        }
        return view.MentionAt(k) is { } head && kinds.Is(head.Type, EntityKind.Location) && head.TokenStart == k ? head : null;
    }

    /// <summary>A relative pronoun ("qui", "which") or a relative adverb ("où", "where") in [from, to).</summary>
    private static bool OpensClauseBetween(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Is(k, WordClass.Relative) || view.Is(k, WordClass.ClauseStart) && view.Grammar.ClauseAdverbs.Contains(view.Tokens[k].Text))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "sanctioned firms supplying the Russian military", "des entités basées en Chine impliquées dans": a present
    /// participle right after a noun opens a reduced relative, and a name inside it (up to the next comma) is that
    /// participle's complement, not the trigger's object. A participle that starts a trigger ("sanctions targeting")
    /// or a look-alike ("including") opens none. A locating participle ("basées en", "based in") with its places does too.
    /// </summary>
    internal static bool InParticipleClause(SentenceView view, int from, int to)
    {
        var inside = false;
        var locating = false;
        for (var k = from; k < to; k++)
        {
            var token = view.Tokens[k];
            // "établies en Iran, en Syrie, et au Liban": a locating participle's places run on past commas,
            // up to the first word that is neither a name, a preposition, a determiner nor a conjunction.
            if (locating && token.IsWord && !token.IsCapitalized && view.MentionAt(k) is null && !view.Is(k, WordClass.Preposition | WordClass.Determiner)
                && !view.Grammar.Coordinators.Contains(token.Folded))
            {
                locating = false;
                inside = false;
            }
            if (token.IsWord && view.Grammar.LocatingParticiples.Contains(token.Folded) && k + 1 < view.End && view.Is(k + 1, WordClass.Preposition))
            {
                locating = true;
                inside = true;
                continue;
            }
            if (token.Text == ",")
            {
                inside = locating;
                continue;
            }
            // After a determiner the -ing word is a noun ("the laying of"); a passive auxiliary ("after being killed")
            // leaves the clause to its participle.
            if (k > from && token.IsWord && view.Tokens[k - 1].IsWord && !view.Is(k - 1, WordClass.Determiner) && !view.Is(k, WordClass.PassiveAuxiliary)
                && view.MentionAt(k) is null && !view.Is(k, WordClass.TriggerStart)
                && view.Grammar.EndsWith(GrammarDefinition.PresentParticipleEndings, view.Document.Language, token.Folded)
                && !view.Grammar.ParticipleLookalikes.Contains(token.Folded))
            {
                inside = true;
            }
        }
        return inside;
    }

    /// <summary>
    /// "…, selon le Trésor", "according to the Treasury": a name after a source marker (one or two words, past
    /// determiners) is who reports the act, not its object.
    /// </summary>
    private static bool AfterSourceMarker(SentenceView view, ResolvedMention mention)
    {
        var k = mention.TokenStart - 1;
        while (k >= view.Start && view.Is(k, WordClass.Determiner))
        {
            k--;
        }
        if (k < view.Start || !view.Grammar.SourceMarkerLastWords.Contains(view.Tokens[k].Folded))
        {
            return false;
        }
        return view.Grammar.SourceMarkerFirstWords.Contains(view.Tokens[k].Folded)
            || k - 1 >= view.Start && view.Grammar.SourceMarkerFirstWords.Contains(view.Tokens[k - 1].Folded);
    }

    /// <summary>
    /// "China-based firms", "Iran-made drones", "Hong Kong- and China-based": a name glued by a hyphen to a lower-case
    /// word only qualifies the noun after it; it is not what the trigger acts on.
    /// </summary>
    internal static bool IsCompoundModifier(SentenceView view, ResolvedMention mention)
    {
        var k = mention.TokenEnd;
        return k + 1 < view.End && (view.Tokens[k].Kind == TokenKind.Joiner || view.Tokens[k].Text == "-") && view.Tokens[k].Start == view.Tokens[k - 1].End
            && view.Tokens[k + 1].IsWord && !view.Tokens[k + 1].IsCapitalized;
    }

    private static bool AnyBetween(SentenceView view, int from, int to, WordClass words)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Is(k, words))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A place named as the enemy ("combattre contre l'Ukraine") is not where troops went (the ontology's opposition words).</summary>
    private static bool IsOpposed(SentenceView view, ResolvedMention mention)
    {
        var k = mention.TokenStart - 1;
        while (k >= view.Start && view.Is(k, WordClass.Determiner))
        {
            k--;
        }
        return k >= view.Start && view.Is(k, WordClass.OppositionWord);
    }
}
