using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>One guest of a host's act and where the act says they came: a place named after them, else the host's state.</summary>
internal sealed record GuestVisit(ResolvedMention Guest, string Place, int PlaceToken);

/// <summary>
/// "X hosted Y in Z", "Y a été reçu par X à Z", "X's reception of Y": the host acts, the guest is the one who came.
/// For a relation that declares <c>guest_triggers</c> (VISITED), the guest is its subject and its object is the place
/// named after the guest in the clause, or, when none is, the state of the host (a state itself, or a person's).
/// </summary>
internal sealed class GuestFinder
{
    // Words between the verb and its guest: titles, determiners, demonyms ("received the Ukrainian president X").
    private const int MaxGuestGap = 6;

    private readonly DomainLexicon lexicon;
    private readonly Nationality nationality;
    private readonly PhraseMatcher<bool> personTitles;
    private readonly PhraseMatcher<bool> listConjunctions;
    private readonly Dictionary<(string Relation, string Language), PhraseMatcher<bool>> triggers;

    public GuestFinder(DomainLexicon lexicon, Nationality nationality)
    {
        this.lexicon = lexicon;
        this.nationality = nationality;
        personTitles = lexicon.Cue(OntologyCues.PersonTitles);
        listConjunctions = lexicon.Cue(OntologyCues.ListConjunctions);
        triggers = RelationTermMatchers.Of(lexicon.Ontology.RelationTypes, r => r.GuestTriggers);
    }

    /// <summary>The relations that declare guest triggers.</summary>
    public IEnumerable<string> Relations => triggers.Keys.Select(k => k.Relation).Distinct(StringComparer.Ordinal);

    /// <summary>Adds to <paramref name="hits"/> the guest triggers of <paramref name="relation"/> in tokens [start, end), in the article's own language.</summary>
    public void AddHits(ArticleDocument document, int start, int end, WordClass[] classes, string relation, List<TriggerHit> hits)
    {
        if (!triggers.TryGetValue((relation, document.Language), out var matcher))
        {
            return;
        }
        for (var k = start; k < end; k++)
        {
            if ((classes[k] & WordClass.Covered) == 0 && !document.IsQuoted(k) && matcher.MatchAt(document.Tokens, k, end) is { } match)
            {
                hits.Add(new TriggerHit(k, match.End, relation));
                k = match.End - 1;
            }
        }
    }

    /// <param name="hosts">Who acted: the clause's subject, or the agent of a passive.</param>
    /// <param name="passive">"Y was welcomed by X": the guest is the clause's subject, before the verb.</param>
    /// <param name="guestBefore">For a passive, the subject of the clause (the guest), found by the subject finder.</param>
    public List<GuestVisit> Visits(SentenceView view, TriggerHit hit, RelationTypeDefinition relation, IReadOnlyList<ResolvedMention> hosts,
        bool passive, IReadOnlyList<ResolvedMention> guestBefore, ResolutionResult resolution)
    {
        var guests = passive ? Allowed(guestBefore, relation) : GuestsAfter(view, hit, relation);
        var visits = new List<GuestVisit>();
        if (guests.Count == 0)
        {
            return visits;
        }
        var placeFrom = passive ? hit.End : guests[^1].TokenEnd;
        var place = PlaceAfter(view, placeFrom, relation, guests);
        foreach (var guest in guests)
        {
            if (hosts.HasEntity(guest.EntityId))
            {
                continue;
            }
            if (place is not null)
            {
                visits.Add(new GuestVisit(guest, place.EntityId, place.TokenStart));
            }
            else if (HostState(hosts, relation, resolution, view) is { } state && state != nationality.CountryOf(guest.EntityId, resolution, view.Document))
            {
                visits.Add(new GuestVisit(guest, state, hit.Start));
            }
        }
        return visits;
    }

    private static List<ResolvedMention> Allowed(IReadOnlyList<ResolvedMention> mentions, RelationTypeDefinition relation) =>
        mentions.Where(m => relation.AllowsSubject(m.Type)).ToList();

    /// <summary>
    /// The verb's direct object and those listed with it: only determiners, titles and demonyms before it; a name that
    /// only qualifies the next one's title ("US Secretary of State X") is passed over; a possessor ("X's letter") is no guest.
    /// </summary>
    private List<ResolvedMention> GuestsAfter(SentenceView view, TriggerHit hit, RelationTypeDefinition relation)
    {
        var guests = new List<ResolvedMention>();
        var previousEnd = hit.End;
        foreach (var mention in view.Mentions)
        {
            if (mention.TokenStart < previousEnd)
            {
                continue;
            }
            var gap = guests.Count == 0 ? (IsTitleGap(view, previousEnd, mention.TokenStart) ? ObjectFinder.Gap.Comma : ObjectFinder.Gap.None)
                : ObjectFinder.ListGap(view, previousEnd, mention.TokenStart, listConjunctions, personTitles);
            if (gap == ObjectFinder.Gap.None || view.Document.IsQuoted(mention.TokenStart) || SubjectFinder.IsPossessor(view, mention))
            {
                break;
            }
            if (QualifiesNext(view, mention))
            {
                previousEnd = mention.TokenEnd;
                continue;
            }
            if (!relation.AllowsSubject(mention.Type))
            {
                break;
            }
            guests.Add(mention);
            previousEnd = mention.TokenEnd;
        }
        return guests;
    }

    /// <summary>A name right before a title or another name ("US Secretary of State", "ukrainien Volodymyr"): a qualifier.</summary>
    private static bool QualifiesNext(SentenceView view, ResolvedMention mention) =>
        mention.TokenEnd < view.End && (view.Is(mention.TokenEnd, WordClass.PersonTitleStart | WordClass.TitleWord)
            || view.MentionAt(mention.TokenEnd) is not null);

    private bool IsTitleGap(SentenceView view, int from, int to)
    {
        if (to - from > MaxGuestGap)
        {
            return false;
        }
        for (var k = from; k < to; k++)
        {
            if (view.Is(k, WordClass.PersonTitleStart) && personTitles.MatchAt(view.Tokens, k, to) is { } title)
            {
                k = title.End - 1;
            }
            else if (view.Is(k, WordClass.DemonymStart) && lexicon.Demonyms.MatchAt(view.Tokens, k, to) is { } demonym)
            {
                k = demonym.End - 1;
            }
            else if (!view.Is(k, WordClass.Determiner | WordClass.TitleWord | WordClass.DateWord | WordClass.Adverb) && view.Tokens[k].Kind != TokenKind.Joiner)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The first place after <paramref name="from"/> in the clause that one of the relation's object markers introduces.</summary>
    private static ResolvedMention? PlaceAfter(SentenceView view, int from, RelationTypeDefinition relation, IReadOnlyList<ResolvedMention> guests)
    {
        var markers = relation.ObjectMarkers.For(view.Document.Language);
        foreach (var mention in view.Mentions)
        {
            if (mention.TokenStart < from || guests.HasEntity(mention.EntityId))
            {
                continue;
            }
            if (AnyBoundary(view, from, mention.TokenStart))
            {
                return null;
            }
            if (relation.AllowsObject(mention.Type) && !view.Document.IsQuoted(mention.TokenStart) && !QualifiesNext(view, mention)
                && !SubjectFinder.IsPossessor(view, mention) && IsMarked(view, mention, markers))
            {
                return mention;
            }
        }
        return null;
    }

    private static bool AnyBoundary(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Is(k, WordClass.ClauseStart | WordClass.Relative) || view.Tokens[k].Text is ";" or ":" or ",")
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsMarked(SentenceView view, ResolvedMention mention, System.Collections.Immutable.ImmutableArray<string> markers)
    {
        var k = mention.TokenStart - 1;
        while (k > view.Start && view.Is(k, WordClass.Determiner))
        {
            k--;
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

    /// <summary>The host's state: a host the relation takes as a place, or the state a host person acts for.</summary>
    private string? HostState(IReadOnlyList<ResolvedMention> hosts, RelationTypeDefinition relation, ResolutionResult resolution, SentenceView view)
    {
        if (hosts.Count != 1)
        {
            return null;
        }
        var host = hosts[0];
        if (relation.AllowsObject(host.Type))
        {
            return host.EntityId;
        }
        return nationality.CountryOf(host.EntityId, resolution, view.Document) is { } country
            && lexicon.FindEntity(country) is { } state && relation.AllowsObject(state.Type) ? country : null;
    }
}
