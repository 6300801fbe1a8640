using System.Collections.Frozen;
using System.Collections.Immutable;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// Finds who did what a trigger says: the agent of a passive ("signé par X et Y"), an inverted speaker
/// ("a déclaré KCNA"), the subject of the clause ("La Corée du Nord a ratifié"), the antecedent of "qui",
/// or the last person named before a pronoun ("elle a affirmé").
/// </summary>
internal sealed class SubjectFinder(DomainLexicon lexicon, WordClassTable wordClasses)
{
    private const int AgentWindow = 6;

    // Cue matchers resolved once, for phrases; what a single word is, the view's word classes say.
    private readonly PhraseMatcher<bool> personTitles = lexicon.Cue(OntologyCues.PersonTitles);
    private readonly PhraseMatcher<bool> claimMarkers = lexicon.Cue(OntologyCues.ClaimMarkers);
    private readonly PhraseMatcher<bool> addresseeVerbs = lexicon.Cue(OntologyCues.AddresseeVerbs);
    private readonly PhraseMatcher<bool> partyMarkers = lexicon.Cue(OntologyCues.PartyMarkers);
    private readonly PhraseMatcher<bool> reflexives = lexicon.Cue(OntologyCues.ReflexivePronouns);
    private readonly PhraseMatcher<bool> pluralPronouns = lexicon.Cue(OntologyCues.PluralPronouns);
    private readonly PhraseMatcher<bool> infinitiveMarkers = lexicon.Cue(OntologyCues.InfinitiveMarkers);
    private readonly PhraseMatcher<bool> supportVerbs = lexicon.Cue(OntologyCues.SupportVerbs);
    private readonly PhraseMatcher<bool> continuationVerbs = lexicon.Cue(OntologyCues.ContinuationVerbs);
    private readonly PhraseMatcher<bool> clausePrepositions = lexicon.Cue(OntologyCues.ClausePrepositions);
    private readonly PhraseMatcher<bool> pairWords = lexicon.Cue(OntologyCues.PairWords);
    private readonly PhraseMatcher<bool> collectiveNouns = lexicon.Cue(OntologyCues.CollectivePersonNouns);
    private readonly Nationality nationality = new(lexicon);
    private readonly PhraseMatcher<bool> descriptionLinks = lexicon.Cue(OntologyCues.DescriptionLinks);

    /// <param name="previousSpeaker">Who the last statement of the two previous sentences was attributed to, if anyone.</param>
    public SubjectChoice Find(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation, IReadOnlyList<TriggerHit> all, ResolutionResult resolution,
        string? previousSpeaker = null)
    {
        // "A member of the X, Jane Roe became ...": the description opening the sentence is about the name after its comma.
        if (!relation.ObjectIsStatement && FrontedApposition(view, trigger, relation) is { } fronted)
        {
            return new SubjectChoice([fronted], SubjectSource.Clause);
        }
        if (FrontedGerund(view, trigger, relation) is { } mainSubject)
        {
            return new SubjectChoice([mainSubject], SubjectSource.Clause);
        }
        if (trigger.End - trigger.Start <= 2 && NounSubject(view, trigger, relation) is { } noun)
        {
            return noun;
        }
        if (OwnerOfInfinitive(view, trigger) is { } owner)
        {
            return new SubjectChoice([owner], SubjectSource.Clause);
        }
        var passive = IsPassive(view, trigger);
        // The candidates left of the trigger depend only on the sentence and the trigger: computed at most once.
        List<ResolvedMention>? leftCandidates = null;
        List<ResolvedMention> Left() => leftCandidates ??= LeftCandidates(view, trigger);
        // "Japan described the vote by Seoul as ...": an active verb with its subject in place has no agent.
        // "as reported by TASS", "the treaty, signed by X": a participle of a reduced clause takes its agent.
        if ((passive || IsReducedClause(view, trigger) || !AnyAllowedSubject(Left(), relation)) && Agents(view, trigger) is { Count: > 0 } agents)
        {
            return new SubjectChoice(agents, SubjectSource.Agent);
        }
        if (CoordinatedVerb(view, trigger, all) is { } first)
        {
            // "He declared that ..., and added that ...": the second verb shares the first one's subject (and relation).
            return Find(view, first, relation, all, resolution, previousSpeaker);
        }
        if (passive && NextOtherTrigger(all, trigger) is { } next
            && Agents(view, next) is { Count: > 0 } inherited)
        {
            // "a été ratifié sous la forme d'un décret signé par X": the decree's signer ratified.
            return new SubjectChoice(inherited, SubjectSource.Agent);
        }
        // "the ministry, which said Russia had ...": the relative's antecedent speaks, not the name after the verb.
        if (FollowsRelative(view, trigger) && Antecedent(view, trigger) is { } relativeSubject)
        {
            // "X is a party in Iran that advocates": a place the relative follows cannot be its subject; the described name can.
            var described = relation.AllowsSubject(relativeSubject.Type) ? null : CopulaAntecedent(view, trigger, relation);
            return new SubjectChoice([described ?? relativeSubject], SubjectSource.Clause);
        }
        if (relation.SubjectFromDemonym && relation.RequiresCue is { } cue && DemonymSubject(view, cue) is { } country)
        {
            return new SubjectChoice([country], SubjectSource.Demonym);
        }
        // ", analyse ainsi Yang": a present-tense speech verb after a comma looks like a participle; its speaker follows it.
        if (relation.ObjectIsStatement && !passive && IsInvertedPosition(view, trigger) && Right(view, trigger) is { } inverted)
        {
            return new SubjectChoice(WithCoordinated(view, inverted), SubjectSource.Inverted);
        }
        if (passive || IsAttributive(view, trigger))
        {
            // "l'accord signé entre Moscou et Pyongyang": the parties between which it was done did it.
            return Between(view, trigger) is { Count: > 0 } parties ? new SubjectChoice(parties, SubjectSource.Agent) : SubjectChoice.None;
        }
        if ((GovernmentSubject(view, trigger) ?? LeadersGovernment(view, trigger, resolution)) is { } government)
        {
            return new SubjectChoice([government], SubjectSource.Demonym);
        }
        if (relation.ObjectIsStatement)
        {
            if (IsClaimMarker(view, trigger))
            {
                return Right(view, trigger) is { } source ? new SubjectChoice(WithCoordinated(view, source), SubjectSource.Inverted) : SubjectChoice.None;
            }
            var right = Right(view, trigger);
            if (right is not null && (IsInvertedPosition(view, trigger) || Left().Count == 0))
            {
                return new SubjectChoice(WithCoordinated(view, right), SubjectSource.Inverted);
            }
            if (view.Grammar.IsPresentParticiple(view.Tokens[trigger.Start].Folded) && FirstCandidate(view, trigger) is { } main)
            {
                return new SubjectChoice([main], SubjectSource.Clause);
            }
        }
        if ((Antecedent(view, trigger) ?? CopulaAntecedent(view, trigger, relation)) is { } antecedent)
        {
            return new SubjectChoice([antecedent], SubjectSource.Clause);
        }
        if (PluralReferents(view, trigger, resolution) is { Count: > 0 } pair)
        {
            return new SubjectChoice(pair, SubjectSource.Pronoun);
        }
        if (HasCommonNounSubject(view, trigger))
        {
            return SubjectChoice.None;
        }
        // "Niinistö, addressing Sweden's bid, said": the name that opens the sentence before an aside is the subject.
        if (SubjectBeforeAside(view, trigger) is { } opening && relation.AllowsSubject(opening.Type))
        {
            return new SubjectChoice([opening], SubjectSource.Clause);
        }
        var left = Left();
        // ", il a rencontré": a subject pronoun between the names on the left and the verb is the subject.
        if (left.Count > 0 && PronounSubjectAt(view, trigger) is { } pronoun && pronoun > left[^1].TokenEnd
            && PronounReferent(view, trigger, resolution, relation.ObjectIsStatement ? previousSpeaker : null) is { } nearer)
        {
            return new SubjectChoice([nearer], SubjectSource.Pronoun);
        }
        // "Germany and France said they had delivered": a plural pronoun right before the verb stands for the group.
        if (left.Count > 0 && !relation.ObjectIsStatement && PluralReferent(view, trigger, relation, resolution) is { } plural)
        {
            return new SubjectChoice(plural, SubjectSource.Pronoun);
        }
        if (left.Count > 0)
        {
            var chosen = relation.RequiresCue is not null ? [left[^1]] : Coordinated(view, left);
            return new SubjectChoice(chosen, SubjectSource.Clause);
        }
        if (PronounReferent(view, trigger, resolution, relation.ObjectIsStatement ? previousSpeaker : null) is { } referent)
        {
            return new SubjectChoice([referent], SubjectSource.Pronoun);
        }
        // "Her remarks came during a meeting with X": a possessive opening the sentence stands for the last person named.
        if (!relation.ObjectIsStatement && OpeningPossessor(view, trigger, resolution) is { } possessor && relation.AllowsSubject(possessor.Type))
        {
            return new SubjectChoice([possessor], SubjectSource.Pronoun);
        }
        // Speech keeps to its own speaker rules: "they said" after a list of countries is usually someone else's words.
        return !relation.ObjectIsStatement && PluralReferent(view, trigger, relation, resolution) is { } group
            ? new SubjectChoice(group, SubjectSource.Pronoun)
            : SubjectChoice.None;
    }

    // Words between a plural subject pronoun and its verb: auxiliaries and semi-auxiliaries ("ils allaient fournir").
    private const int PluralPronounWindow = 3;

    /// <summary>
    /// "Les États-Unis ont annoncé qu'ils allaient fournir ...", "they delivered": a plural pronoun before the verb
    /// stands for the last names of a type the relation allows as subject, in this sentence or the one before
    /// (with the names coordinated with it).
    /// </summary>
    private List<ResolvedMention>? PluralReferent(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation, ResolutionResult resolution)
    {
        int? pronoun = null;
        for (var k = trigger.Start - 1; k >= Math.Max(view.Start, trigger.Start - 1 - PluralPronounWindow); k--)
        {
            if (pluralPronouns.MatchWord(view.Tokens[k]) is not null)
            {
                pronoun = k;
                break;
            }
            if (!view.Tokens[k].IsWord || view.MentionAt(k) is not null || view.Is(k, WordClass.ClauseStart))
            {
                return null;
            }
        }
        if (pronoun is not { } at)
        {
            return null;
        }
        var mentions = resolution.Mentions;
        for (var i = mentions.Length - 1; i >= 0 && mentions[i].Sentence >= view.Index - 1; i--)
        {
            var m = mentions[i];
            if (m.TokenEnd <= at && relation.AllowsSubject(m.Type) && !view.Document.IsQuoted(m.TokenStart))
            {
                // "X et Y ... ils": the names coordinated before the last one belong to the group.
                var group = new List<ResolvedMention> { m };
                for (var j = i - 1; j >= 0 && mentions[j].Sentence == m.Sentence; j--)
                {
                    var gap = group[0].TokenStart - mentions[j].TokenEnd;
                    if (gap is < 1 or > 4 || !relation.AllowsSubject(mentions[j].Type) || !IsCoordinationGap(view, mentions[j].TokenEnd, group[0].TokenStart))
                    {
                        break;
                    }
                    group.Insert(0, mentions[j]);
                }
                return group;
            }
        }
        return null;
    }

    /// <summary>"signé entre Moscou et Pyongyang", "signed between Tokyo and Manila": both named parties, right after the verb.</summary>
    private List<ResolvedMention> Between(SentenceView view, TriggerHit trigger)
    {
        var k = trigger.End;
        while (k < view.End && view.Is(k, WordClass.Adverb))
        {
            k++;
        }
        if (k >= view.End || partyMarkers.MatchWord(view.Tokens[k]) is null)
        {
            return [];
        }
        return PartiesFrom(view, k + 1);
    }

    /// <summary>"entre Moscou et Pyongyang" from the token after the marker: two or more coordinated parties, or none.</summary>
    private List<ResolvedMention> PartiesFrom(SentenceView view, int k)
    {
        while (k < view.End && view.Is(k, WordClass.Determiner))
        {
            k++;
        }
        if (view.MentionAt(k) is { } first && first.TokenStart == k)
        {
            if (lexicon.Kinds.KindOf(first.Type) is not (EntityKind.Country or EntityKind.Organization or EntityKind.Person))
            {
                return [];
            }
            var parties = WithCoordinated(view, first);
            return parties.Count >= 2 ? parties : TitledParties(view, k);
        }
        return TitledParties(view, k);
    }

    private const int MaxPartyGap = 8;

    /// <summary>
    /// "between President X and Ukrainian President Y", "entre le président X et son homologue Y": parties named
    /// after their titles, the gaps holding only conjunctions, commas, determiners and titles.
    /// </summary>
    private List<ResolvedMention> TitledParties(SentenceView view, int k)
    {
        var parties = new List<ResolvedMention>();
        var previousEnd = k;
        foreach (var mention in view.Mentions)
        {
            // A demonym inside the next party's title ("and Ukrainian President Y") is part of the gap.
            if (mention.TokenStart < previousEnd || !lexicon.Kinds.Is(mention.Type, EntityKind.Person) && AllTitleWords(view, mention))
            {
                continue;
            }
            var gap = mention.TokenStart - previousEnd;
            if (gap > MaxPartyGap || parties.Count > 0 && gap < 1 || view.Document.IsQuoted(mention.TokenStart)
                || !lexicon.Kinds.Is(mention.Type, EntityKind.Person) || !IsCoordinatedTitleGap(view, previousEnd, mention.TokenStart)
                || parties.Count > 0 && !Joins(view, previousEnd, mention.TokenStart))
            {
                break;
            }
            parties.Add(mention);
            previousEnd = mention.TokenEnd;
        }
        return parties.Count >= 2 ? parties : [];
    }

    /// <summary>"selon Washington et Séoul", "said Tokyo and Seoul": the speakers coordinated with the first one.</summary>
    private List<ResolvedMention> WithCoordinated(SentenceView view, ResolvedMention first)
    {
        var result = new List<ResolvedMention> { first };
        var previousEnd = first.TokenEnd;
        foreach (var mention in view.Mentions)
        {
            if (mention.TokenStart < previousEnd)
            {
                continue;
            }
            var gap = mention.TokenStart - previousEnd;
            if (gap is < 1 or > 4 || view.Document.IsQuoted(mention.TokenStart) || !IsCoordinationGap(view, previousEnd, mention.TokenStart))
            {
                break;
            }
            result.Add(mention);
            previousEnd = mention.TokenEnd;
        }
        return result;
    }

    /// <summary>"et", "and", "et de", "and the": nothing but a conjunction and determiners between two speakers.</summary>
    private static bool IsCoordinationGap(SentenceView view, int from, int to)
    {
        var conjunction = false;
        for (var k = from; k < to; k++)
        {
            var folded = view.Tokens[k].Folded;
            if (view.Grammar.Coordinators.Contains(folded))
            {
                conjunction = true;
            }
            else if (!view.Is(k, WordClass.Determiner) && !view.Grammar.OfWords.Contains(folded))
            {
                return false;
            }
        }
        return conjunction;
    }

    private static bool IsReducedClause(SentenceView view, TriggerHit trigger)
    {
        var k = trigger.Start - 1;
        while (k >= view.Start && view.Is(k, WordClass.Adverb))
        {
            k--;
        }
        return k >= view.Start && (view.Grammar.AsWords.Contains(view.Tokens[k].Folded) || view.Tokens[k].Text == ",");
    }

    /// <summary>"which said", "qui a déclaré": a relative pronoun right before the verb, past auxiliaries and adverbs.</summary>
    private static bool FollowsRelative(SentenceView view, TriggerHit trigger)
    {
        var k = trigger.Start - 1;
        while (k >= view.Start && (view.Is(k, WordClass.Adverb) || IsAuxiliaryOrContinuing(view, k)))
        {
            k--;
        }
        return k >= view.Start && view.Is(k, WordClass.Relative);
    }

    /// <summary>
    /// "Kremlin spokesman Dmitry Peskov", "State Department spokesman Matthew Miller": a body or country right before
    /// a person's title only qualifies the title; the person is the one acting.
    /// </summary>
    private bool IsTitleQualifier(SentenceView view, ResolvedMention first, ResolvedMention second)
    {
        if (lexicon.Kinds.KindOf(first.Type) is not (EntityKind.Organization or EntityKind.Country) || !lexicon.Kinds.Is(second.Type, EntityKind.Person) || second.TokenStart <= first.TokenEnd)
        {
            return false;
        }
        for (var k = first.TokenEnd; k < second.TokenStart; k++)
        {
            var token = view.Tokens[k];
            if (token.Kind != TokenKind.Joiner && (token.Kind == TokenKind.Punctuation || !view.Is(k, WordClass.TitleWord)))
            {
                return false;
            }
        }
        return true;
    }

    internal static bool IsPossessor(SentenceView view, ResolvedMention mention) =>
        mention.TokenEnd + 1 < view.End && view.Tokens[mention.TokenEnd].Text is "'" or "’" && view.Grammar.PossessiveEndings.Contains(view.Tokens[mention.TokenEnd + 1].Folded);

    // Loops rather than LINQ here and below: a lambda capturing the trigger would allocate on every call.
    private static TriggerHit? NextOtherTrigger(IReadOnlyList<TriggerHit> all, TriggerHit trigger)
    {
        for (var i = 0; i < all.Count; i++)
        {
            if (all[i].Start > trigger.Start && all[i].Relation != trigger.Relation)
            {
                return all[i];
            }
        }
        return null;
    }

    private static bool AnyAllowedSubject(List<ResolvedMention> candidates, RelationTypeDefinition relation)
    {
        foreach (var candidate in candidates)
        {
            if (relation.AllowsSubject(candidate.Type))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>An auxiliary of a compound past or an adverb that goes on with the same act ("a aussi", "has also").</summary>
    private static bool IsAuxiliaryOrContinuing(SentenceView view, int k) =>
        view.Grammar.PastAuxiliaries.Contains(view.Tokens[k].Folded) || view.Grammar.ContinuingAdverbs.Contains(view.Tokens[k].Folded);

    /// <summary>A relative link, a subject pronoun or a conjunction: a word that starts the verb's own clause.</summary>
    private static bool IsClauseLinkOrPronoun(GrammarWords grammar, string folded) =>
        grammar.RelativeLinks.Contains(folded) || grammar.SubjectPronouns.Contains(folded) || grammar.Coordinators.Contains(folded);

    /// <summary>The earlier speech verb of the same sentence that this one is coordinated with ("a déclaré ... et a ajouté").</summary>
    private static TriggerHit? CoordinatedVerb(SentenceView view, TriggerHit trigger, IReadOnlyList<TriggerHit> all)
    {
        var k = trigger.Start - 1;
        while (k >= view.Start && (IsAuxiliaryOrContinuing(view, k) || view.Is(k, WordClass.Adverb)))
        {
            k--;
        }
        if (k < view.Start || !view.Grammar.Coordinators.Contains(view.Tokens[k].Folded))
        {
            return null;
        }
        for (var i = all.Count - 1; i >= 0; i--)
        {
            var t = all[i];
            if (t.End <= k && t.Relation == trigger.Relation && !view.Document.IsQuoted(t.Start))
            {
                return t;
            }
        }
        return null;
    }

    /// <summary>
    /// "the body said", "le document stipule": a determiner and a common noun right before the verb are its subject,
    /// so no named entity further left is.
    /// </summary>
    private bool HasCommonNounSubject(SentenceView view, TriggerHit trigger)
    {
        var k = trigger.Start - 1;
        while (k >= view.Start && view.Is(k, WordClass.Auxiliary) && !IsClauseLinkOrPronoun(view.Grammar, view.Tokens[k].Folded))
        {
            k--;
        }
        // Up to two lowercase words ("the body", "Pyongyang's state media") after a determiner or a possessive.
        for (var words = 0; words < 2; words++, k--)
        {
            if (k - 1 < view.Start || view.MentionAt(k) is not null)
            {
                return false;
            }
            var noun = view.Tokens[k];
            if (!noun.IsWord || noun.IsCapitalized || view.Is(k, WordClass.PersonTitleWord | WordClass.DemonymWord))
            {
                return false;
            }
            // "X made the remark while visiting", "X a fait la remarque en visitant": a conjunction or preposition that
            // opens the verb's clause is no noun; the noun before it belongs to the main clause (a relative's
            // antecedent, "the body that said", still counts).
            if (view.Is(k, WordClass.ClauseOpener) && !view.Is(k, WordClass.Relative) || view.Grammar.Prepositions.Contains(noun.Folded))
            {
                return false;
            }
            var before = view.Tokens[k - 1];
            if (view.Grammar.DefiniteDeterminers.Contains(before.Folded)
                || view.Grammar.PossessiveEndings.Contains(before.Folded) && k - 2 >= view.Start && view.Tokens[k - 2].Text is "'" or "’")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"les autorités chinoises ont accusé", "the Chinese government said": the country acts through its government.</summary>
    private ResolvedMention? GovernmentSubject(SentenceView view, TriggerHit trigger)
    {
        var tokens = view.Tokens;
        var k = SupportVerbBefore(view, trigger) is { } verb ? BeforeAuxiliaries(view, verb) : BeforeAuxiliaries(view, trigger.Start);
        // Demonym after the noun (French) or before it (English); the demonym may be a compound ("sud-coréennes").
        for (var start = Math.Max(view.Start, k - 3); start <= k; start++)
        {
            if (!view.Is(start, WordClass.DemonymStart) || view.MentionAt(start) is not null || lexicon.Demonyms.MatchAt(tokens, start, k + 1) is not { } demonym
                || demonym.End != k + 1 && !(demonym.End == k && view.Is(k, WordClass.GovernmentNoun)))
            {
                continue;
            }
            var nounBefore = start > view.Start && view.Is(start - 1, WordClass.GovernmentNoun);
            var nounAfter = demonym.End == k && view.Is(k, WordClass.GovernmentNoun);
            if ((nounBefore || nounAfter) && lexicon.Ontology.FindEntity(demonym.Values[0]) is { } country && lexicon.Kinds.Is(country.Type, EntityKind.Country))
            {
                var span = new Graph.Core.TextSpan(tokens[start].Start, tokens[demonym.End - 1].End);
                return new ResolvedMention(start, demonym.End, span, view.Document.Text[span.Start..span.End], country.Id, country.Type, Mentions.MentionKind.Role, view.Index);
            }
        }
        return null;
    }

    /// <summary>The last token before the trigger's auxiliaries and subject pronouns; a relative pronoun is not skipped.</summary>
    private static int BeforeAuxiliaries(SentenceView view, TriggerHit trigger) => BeforeAuxiliaries(view, trigger.Start);

    private static int BeforeAuxiliaries(SentenceView view, int start)
    {
        var k = start - 1;
        while (k >= view.Start && view.Is(k, WordClass.Auxiliary) && !view.Grammar.RelativeLinks.Contains(view.Tokens[k].Folded))
        {
            k--;
        }
        return k;
    }

    // Words a noun trigger may stand from its light verb: "a imposé vendredi de nouvelles sanctions contre".
    private const int SupportVerbReach = 4;

    /// <summary>
    /// "le gouvernement suédois a annoncé mardi des sanctions contre X": the light verb (support_verbs) of a noun
    /// trigger, within <see cref="SupportVerbReach"/> words and no punctuation or name between; null when none.
    /// </summary>
    private int? SupportVerbBefore(SentenceView view, TriggerHit trigger)
    {
        for (var k = trigger.Start - 1; k >= Math.Max(view.Start, trigger.Start - SupportVerbReach); k--)
        {
            if (!view.Tokens[k].IsWord || view.MentionAt(k) is not null)
            {
                return null;
            }
            if (supportVerbs.MatchWord(view.Tokens[k]) is not null)
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>
    /// "le gouvernement de Viktor Orban a répondu", "Putin's government said": a leader's government is their state;
    /// "the government of Mali", "Mali's government": a state's is the state.
    /// </summary>
    private ResolvedMention? LeadersGovernment(SentenceView view, TriggerHit trigger, ResolutionResult resolution)
    {
        var tokens = view.Tokens;
        var k = BeforeAuxiliaries(view, trigger);
        if (k < view.Start)
        {
            return null;
        }
        ResolvedMention? leader = null;
        if (view.MentionAt(k) is { } after && lexicon.Kinds.KindOf(after.Type) is EntityKind.Person or EntityKind.Country && after.TokenStart - 2 >= view.Start
            && view.Grammar.OfWords.Contains(tokens[after.TokenStart - 1].Folded) && view.Is(after.TokenStart - 2, WordClass.GovernmentNoun))
        {
            leader = after;
        }
        else if (view.Is(k, WordClass.GovernmentNoun) && k - 3 >= view.Start && view.Grammar.PossessiveEndings.Contains(tokens[k - 1].Folded)
            && tokens[k - 2].Text is "'" or "’" && view.MentionAt(k - 3) is { } owner && lexicon.Kinds.KindOf(owner.Type) is EntityKind.Person or EntityKind.Country)
        {
            leader = owner;
        }
        // "le gouvernement du Mali", "Mali's government": a state's government is the state itself.
        if (leader is not null && lexicon.Kinds.Is(leader.Type, EntityKind.Country))
        {
            return leader;
        }
        if (leader is null || nationality.CountryOf(leader.EntityId, resolution, view.Document) is not { } country)
        {
            return null;
        }
        return leader with { EntityId = country, Type = lexicon.Kinds.TypeOf(EntityKind.Country) };
    }

    /// <summary>
    /// "les deux dirigeants ont signé", "the two leaders signed", "both men met": the last two people named before
    /// (pair_words before a person title or a collective_person_nouns word).
    /// </summary>
    private List<ResolvedMention>? PluralReferents(SentenceView view, TriggerHit trigger, ResolutionResult resolution)
    {
        for (var k = trigger.Start - 1; k >= Math.Max(view.Start + 1, trigger.Start - 4); k--)
        {
            // "les deux dirigeants", "both leaders", "les deux hommes": a pair word before a title or a collective noun.
            if (pairWords.MatchWord(view.Tokens[k - 1]) is null
                || !view.Is(k, WordClass.PersonTitleWord) && collectiveNouns.MatchWord(view.Tokens[k]) is null)
            {
                continue;
            }
            var result = new List<ResolvedMention>(2);
            // Mentions are in text order, hence in sentence order: walk back until the sentences are too far.
            var mentions = resolution.Mentions;
            for (var i = mentions.Length - 1; i >= 0 && mentions[i].Sentence >= view.Index - 2; i--)
            {
                var mention = mentions[i];
                if (mention.TokenEnd > k || !lexicon.Kinds.Is(mention.Type, EntityKind.Person))
                {
                    continue;
                }
                if (result.Count == 0 || result[0].EntityId != mention.EntityId)
                {
                    result.Add(mention);
                }
                if (result.Count == 2)
                {
                    return result;
                }
            }
            return null;
        }
        return null;
    }

    /// <summary>Entities after "par"/"by" that follows the trigger closely, coordinated with "et"/"and"/",".</summary>
    public IReadOnlyList<ResolvedMention> Agents(SentenceView view, TriggerHit trigger)
    {
        var tokens = view.Tokens;
        var agentStart = -1;
        for (var k = trigger.End; k < Math.Min(view.End, trigger.End + AgentWindow); k++)
        {
            if (view.Is(k, WordClass.AgentWord))
            {
                agentStart = k + 1;
                break;
            }
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is "," or ";" or "." or ":" || view.Is(k, WordClass.TriggerWord))
            {
                break;
            }
        }
        if (agentStart < 0)
        {
            return [];
        }
        var result = new List<ResolvedMention>();
        var previousEnd = agentStart;
        foreach (var mention in view.Mentions)
        {
            if (mention.TokenStart < agentStart || view.Document.IsQuoted(mention.TokenStart))
            {
                continue;
            }
            var gap = mention.TokenStart - previousEnd;
            var limit = result.Count == 0 ? AgentWindow : 5;
            if (gap > limit || GapBreaks(view, previousEnd, mention.TokenStart, result.Count == 0))
            {
                break;
            }
            if (result.Count > 0 && IsTitleQualifier(view, result[^1], mention))
            {
                result.RemoveAt(result.Count - 1);
            }
            else if (result.Count == 0 && ModifiesUnnamedPerson(view, mention))
            {
                // "a visit by a US official": the agent is a person the sentence does not name, not the country.
                return [];
            }
            result.Add(mention);
            previousEnd = mention.TokenEnd;
        }
        return result;
    }

    /// <summary>
    /// A name right before a person title that no name follows ("a US official", "an EU envoy to Kyiv"): it only
    /// qualifies an unnamed person.
    /// </summary>
    private static bool ModifiesUnnamedPerson(SentenceView view, ResolvedMention mention)
    {
        var k = mention.TokenEnd;
        if (k >= view.End || !view.Is(k, WordClass.PersonTitleWord) || view.Tokens[k].IsCapitalized)
        {
            return false;
        }
        while (k < view.End && view.Is(k, WordClass.PersonTitleWord))
        {
            k++;
        }
        // "a US official, Jane Roe": a name right after the title (or its comma) is the person.
        if (k < view.End && view.Tokens[k].Text == ",")
        {
            k++;
        }
        return k >= view.End || view.MentionAt(k) is null;
    }

    private bool GapBreaks(SentenceView view, int from, int to, bool first)
    {
        for (var k = from; k < to; k++)
        {
            var token = view.Tokens[k];
            if (token.Kind == TokenKind.Punctuation && token.Text != "," && token.Text != "-")
            {
                return true;
            }
            if (!first && token.IsWord && !view.Is(k, WordClass.Determiner) && !view.Grammar.Coordinators.Contains(token.Folded) && !view.Is(k, WordClass.TitleWord))
            {
                return true;
            }
        }
        return false;
    }

    internal bool IsPassive(SentenceView view, TriggerHit trigger)
    {
        // "X was designed by Y" for a relation triggered by "designed by": the trigger itself is passive, so X is its subject.
        if (view.Is(trigger.End - 1, WordClass.AgentWord))
        {
            return false;
        }
        for (var k = trigger.Start - 1; k >= Math.Max(view.Start, trigger.Start - 3); k--)
        {
            if (view.Is(k, WordClass.PassiveAuxiliary))
            {
                // "ils se sont rencontrés": a reflexive verb's compound tense, active; "was meeting with": progressive.
                return (k == view.Start || reflexives.MatchWord(view.Tokens[k - 1]) is null) && !view.Grammar.IsPresentParticiple(view.Tokens[trigger.Start].Folded);
            }
            if (view.Tokens[k].Kind == TokenKind.Punctuation || view.MentionAt(k) is not null)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// A participle describing a noun ("le traité nouvellement ratifié", "les documents ratifiés, signés ...",
    /// "the treaty, signed in June") has no subject of its own: only a "par"/"by" agent names who did it.
    /// </summary>
    private bool IsAttributive(SentenceView view, TriggerHit trigger)
    {
        if (!view.Grammar.IsPastParticiple(view.Tokens[trigger.Start].Folded) || trigger.End - trigger.Start > 1)
        {
            return false;
        }
        // "a pour sa part assuré", "has, for its part, confirmed": an auxiliary a few words back makes a compound tense.
        for (var j = trigger.Start - 1; j >= Math.Max(view.Start, trigger.Start - 5); j--)
        {
            if (view.Grammar.PastAuxiliaries.Contains(view.Tokens[j].Folded))
            {
                return false;
            }
            if (view.Tokens[j].Kind == TokenKind.Punctuation && view.Tokens[j].Text != "," || view.MentionAt(j) is not null)
            {
                break;
            }
        }
        var k = trigger.Start - 1;
        while (k >= view.Start && view.Is(k, WordClass.Adverb))
        {
            k--;
        }
        if (k < view.Start)
        {
            return false;
        }
        var before = view.Tokens[k];
        if (before.Text == ",")
        {
            // "Lavrov, speaking in Moscow, denied": the comma closes an aside after the subject;
            // "The envoy, Jane Roe, toured Oslo": it closes the name a fronted title opens, which is the subject.
            return !ClosesAsideAfterSubject(view, k) && !ClosesNamedApposition(view, k);
        }
        if (view.MentionAt(k) is { } mention)
        {
            return lexicon.Kinds.Is(mention.Type, EntityKind.Agreement);
        }
        return before.IsWord && !before.IsCapitalized && !view.Is(k, WordClass.Auxiliary | WordClass.Relative);
    }

    /// <summary>
    /// The comma at <paramref name="comma"/> closes a name set off after a title that opens the sentence
    /// ("The foreign minister, Jane Roe,"): the name is that title's holder and the subject of the verb after it.
    /// </summary>
    private bool ClosesNamedApposition(SentenceView view, int comma)
    {
        if (view.MentionAt(comma - 1) is not { } name || !lexicon.Kinds.Is(name.Type, EntityKind.Person) || name.TokenEnd != comma
            || name.TokenStart - 1 <= view.Start || view.Tokens[name.TokenStart - 1].Text != ",")
        {
            return false;
        }
        var titled = false;
        for (var k = view.Start; k < name.TokenStart - 1; k++)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation || view.MentionAt(k) is { } other && lexicon.Kinds.Is(other.Type, EntityKind.Person))
            {
                return false;
            }
            titled |= view.Is(k, WordClass.PersonTitleWord);
        }
        return titled;
    }

    /// <summary>The comma at <paramref name="comma"/> closes an aside that opened right after a named subject.</summary>
    /// <summary>
    /// The name before an aside that ends with a comma right before the verb (past auxiliaries and adverbs): "X,
    /// speaking in Y with Z, also confirmed", "Xi, who holds great sway, held a meeting". The name opens the
    /// sentence or follows a comma, and is the earliest such name before the verb's comma (asides nest commas).
    /// </summary>
    private static ResolvedMention? SubjectBeforeAside(SentenceView view, TriggerHit trigger) => SubjectBeforeAside(view, trigger.Start);

    // Words of a light verb before a noun trigger: "held a meeting with", "engaged in talks with".
    private const int LightVerbWords = 2;

    /// <summary>"Xi, who holds great sway, held a meeting with Y": the aside's subject, for a noun trigger after its light verb.</summary>
    private static ResolvedMention? SubjectBeforeAsideOfNoun(SentenceView view, TriggerHit trigger)
    {
        var k = trigger.Start - 1;
        while (k > view.Start && view.Is(k, WordClass.Determiner))
        {
            k--;
        }
        for (var words = 0; words < LightVerbWords && k > view.Start; words++)
        {
            var token = view.Tokens[k];
            if (!token.IsWord || token.IsCapitalized || view.MentionAt(k) is not null)
            {
                break;
            }
            if (view.Tokens[k - 1].Text == ",")
            {
                return SubjectBeforeAside(view, k);
            }
            k--;
        }
        return null;
    }

    private static ResolvedMention? SubjectBeforeAside(SentenceView view, int verbStart)
    {
        var k = verbStart - 1;
        while (k > view.Start && view.Is(k, WordClass.Auxiliary | WordClass.Adverb) && !view.Is(k, WordClass.Relative))
        {
            k--;
        }
        if (k <= view.Start || view.Tokens[k].Text != ",")
        {
            return null;
        }
        foreach (var mention in view.Mentions)
        {
            if (mention.TokenEnd >= k)
            {
                return null;
            }
            if (view.Tokens[mention.TokenEnd].Text == "," && !view.Document.IsQuoted(mention.TokenStart) && OpensClause(view, mention.TokenStart)
                && !AnyQuoted(view, mention.TokenEnd, k))
            {
                // "X, and the head of Y, Z, announced": a list of subjects, not an aside.
                return ListsAfterComma(view, mention.TokenEnd, k) ? null : mention;
            }
        }
        return null;
    }

    /// <summary>Only determiners and titles between the start of the sentence, or a comma, and <paramref name="start"/>.</summary>
    private static bool OpensClause(SentenceView view, int start)
    {
        var j = start - 1;
        while (j >= view.Start && view.Is(j, WordClass.Determiner | WordClass.TitleWord | WordClass.PersonTitleStart))
        {
            j--;
        }
        return j < view.Start || view.Tokens[j].Text == "," || view.Is(j, WordClass.ClauseOpener);
    }

    private static bool ListsAfterComma(SentenceView view, int from, int to)
    {
        for (var j = from; j + 1 < to; j++)
        {
            if (view.Tokens[j].Text == "," && view.Is(j + 1, WordClass.ListConjunctionStart))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyQuoted(SentenceView view, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (view.Document.IsQuoted(j))
            {
                return true;
            }
        }
        return false;
    }

    private bool ClosesAsideAfterSubject(SentenceView view, int comma)
    {
        for (var k = comma - 1; k > view.Start; k--)
        {
            var token = view.Tokens[k];
            if (token.Kind == TokenKind.Punctuation && token.Text != "," || view.Is(k, WordClass.Relative) && k == comma - 1)
            {
                return false;
            }
            if (token.Text == ",")
            {
                return view.MentionAt(k - 1) is { } subject && lexicon.Kinds.KindOf(subject.Type) is EntityKind.Person or EntityKind.Organization or EntityKind.Country && subject.TokenEnd == k
                    && (subject.TokenStart == view.Start || view.Tokens[subject.TokenStart - 1].Kind == TokenKind.Punctuation
                        || !view.Is(subject.TokenStart - 1, WordClass.Preposition));
            }
        }
        return false;
    }


    /// <summary>The country named by a demonym next to a word of <paramref name="cue"/> ("chars allemands", "Russian troops").</summary>
    public ResolvedMention? Demonym(SentenceView view, string cue) => DemonymSubject(view, cue);

    // The same for every trigger of the sentence, and a scan of all its tokens: remembered in the view.
    private ResolvedMention? DemonymSubject(SentenceView view, string cue)
    {
        if (view.DemonymSubject is not { } memo || memo.Cue != cue)
        {
            view.DemonymSubject = memo = (cue, FindDemonymSubject(view, cue));
        }
        return memo.Subject;
    }

    private ResolvedMention? FindDemonymSubject(SentenceView view, string cue)
    {
        var tokens = view.Tokens;
        var nouns = view.CueMatches(cue, lexicon.Cue(cue), wordClasses.CueStart(cue));
        for (var i = 0; i < nouns.Count; i++)
        {
            var (k, nounEnd) = nouns[i];
            foreach (var at in new[] { nounEnd, k - 1, k - 2 })
            {
                if (at >= view.Start && at < view.End && view.Is(at, WordClass.DemonymStart) && lexicon.Demonyms.MatchAt(tokens, at, view.End) is { } demonym
                    && lexicon.Ontology.FindEntity(demonym.Values[0]) is { } country)
                {
                    var span = new Graph.Core.TextSpan(tokens[at].Start, tokens[demonym.End - 1].End);
                    return new ResolvedMention(at, demonym.End, span, view.Document.Text[span.Start..span.End], country.Id, country.Type, Mentions.MentionKind.Role, view.Index);
                }
            }
            if (HyphenCompoundMaker(view, k) is { } maker)
            {
                return maker;
            }
        }
        return null;
    }

    // Words between a "British-supplied" compound and its noun: "British-supplied Storm Shadow cruise missiles".
    private const int CompoundWindow = 6;

    /// <summary>
    /// "British-made missiles", "U.S.-supplied Storm Shadow cruise missiles": a demonym or a name joined by a hyphen to the
    /// participle of a compound adjective before the noun at <paramref name="noun"/> names who made or sent it.
    /// </summary>
    private ResolvedMention? HyphenCompoundMaker(SentenceView view, int noun)
    {
        var tokens = view.Tokens;
        for (var joiner = noun - 2; joiner > view.Start && joiner >= noun - CompoundWindow; joiner--)
        {
            // "U.S.-supplied": after an abbreviation's dot the hyphen is read as punctuation, but it is written tight.
            var hyphen = tokens[joiner].Kind == TokenKind.Joiner
                || tokens[joiner].Text == "-" && tokens[joiner].Start == tokens[joiner - 1].End && tokens[joiner + 1].Start == tokens[joiner].End;
            if (!hyphen || !tokens[joiner + 1].IsWord || tokens[joiner + 1].IsCapitalized
                || !view.Grammar.IsPastParticiple(tokens[joiner + 1].Folded))
            {
                continue;
            }
            if (view.MentionAt(joiner - 1) is { } named && named.TokenEnd == joiner)
            {
                return named;
            }
            for (var at = joiner - 1; at >= Math.Max(view.Start, joiner - 3); at--)
            {
                if (view.Is(at, WordClass.DemonymStart) && lexicon.Demonyms.MatchAt(tokens, at, joiner) is { End: var end } demonym && end == joiner
                    && lexicon.Ontology.FindEntity(demonym.Values[0]) is { } country)
                {
                    var span = new Graph.Core.TextSpan(tokens[at].Start, tokens[end - 1].End);
                    return new ResolvedMention(at, end, span, view.Document.Text[span.Start..span.End], country.Id, country.Type, Mentions.MentionKind.Role, view.Index);
                }
            }
        }
        return null;
    }

    private bool IsClaimMarker(SentenceView view, TriggerHit trigger) =>
        claimMarkers.MatchAt(view.Tokens, trigger.Start, trigger.End) is { } m && m.End == trigger.End
        && view.Grammar.SourceMarkerFirstWords.Contains(view.Tokens[trigger.Start].Folded);

    private const int SpeakerWindow = 14;

    /// <summary>
    /// The speaker after the verb, past dates, fillers and the speaker's own title ("a indiqué mercredi l'agence
    /// KCNA", "selon la ministre japonaise des Finances Sato", "a précisé à Reuters le porte-parole du
    /// gouvernement, Jan Novak"). Whoever is spoken to ("à l'AFP", "told Reuters") is skipped.
    /// </summary>
    private ResolvedMention? Right(SentenceView view, TriggerHit trigger)
    {
        var tokens = view.Tokens;
        var addressee = addresseeVerbs.MatchAt(tokens, trigger.Start, trigger.End) is not null;
        var inTitle = false;
        ResolvedMention? possessor = null;
        var limit = Math.Min(view.End, trigger.End + SpeakerWindow);
        for (var k = trigger.End; k < limit; k++)
        {
            if (view.MentionAt(k) is { } mention && !view.Document.IsQuoted(k))
            {
                if (IsRecipient(view, mention, trigger) || addressee && k == FirstWordAfter(view, trigger.End))
                {
                    k = mention.TokenEnd - 1;
                    continue;
                }
                if (IsPossessor(view, mention))
                {
                    // "selon Russia's state-run TASS": the possessor only qualifies the speaker that follows.
                    possessor ??= mention;
                    inTitle = true;
                    k = mention.TokenEnd + 1;
                    continue;
                }
                return mention.TokenStart == k || inTitle ? mention : null;
            }
            var token = tokens[k];
            // "a affirmé de son côté X", "said for his part X": an aside before the speaker.
            if (!inTitle && view.Grammar.VerbAsideEnd(tokens, k, limit) is > 0 and var asideEnd)
            {
                k = asideEnd - 1;
                continue;
            }
            // "ajoute sèchement - et en anglais - la ministre X": an aside between dashes before the speaker.
            if (!inTitle && token.Text is "-" or "–" or "—" && ClosingDash(tokens, k, limit) is { } closing)
            {
                k = closing;
                continue;
            }
            if (token.Kind == TokenKind.Punctuation)
            {
                // A comma may close the title of an apposition ("le secrétaire à la communication, Cheloy Garafil").
                if (token.Text == "," && inTitle || token.Text is "'" or "’")
                {
                    continue;
                }
                return possessor;
            }
            if (view.Is(k, WordClass.DemonymStart) && lexicon.Demonyms.MatchAt(tokens, k, view.End) is { } demonym)
            {
                k = demonym.End - 1;
                continue;
            }
            // Titles may span several words and joiners ("porte-parole", "secrétaire d'État").
            if (view.Is(k, WordClass.PersonTitleStart) && personTitles.MatchAt(tokens, k, view.End) is { } titleMatch)
            {
                inTitle = true;
                k = titleMatch.End - 1;
                continue;
            }
            var title = view.Is(k, WordClass.OrganizationHead);
            inTitle |= title;
            // "a dit sobrement le ministre": a manner adverb before the speaker.
            var filler = title || view.Is(k, WordClass.Filler | WordClass.Preposition | WordClass.Determiner) || token.Kind is TokenKind.Joiner or TokenKind.Number
                || !inTitle && view.Is(k, WordClass.Adverb)
                || inTitle && token.IsWord && !view.Is(k, WordClass.ClauseBoundaryWord | WordClass.TriggerWord);
            if (!filler)
            {
                return possessor;
            }
        }
        return possessor;
    }

    /// <summary>The index of the dash that closes an aside opened by the dash at <paramref name="open"/>, or null.</summary>
    private static int? ClosingDash(ImmutableArray<Token> tokens, int open, int limit)
    {
        for (var k = open + 1; k < limit; k++)
        {
            if (tokens[k].Text == tokens[open].Text)
            {
                return k;
            }
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is not ("," or "'" or "’"))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>"à l'AFP", "to reporters": the entity the words are addressed to.</summary>
    private static bool IsRecipient(SentenceView view, ResolvedMention mention, TriggerHit trigger)
    {
        var k = mention.TokenStart - 1;
        while (k >= trigger.End && view.Is(k, WordClass.Determiner))
        {
            k--;
        }
        return k >= trigger.End && view.Grammar.RecipientPrepositions.Contains(view.Tokens[k].Folded);
    }

    private static int FirstWordAfter(SentenceView view, int from)
    {
        var k = from;
        while (k < view.End && view.Is(k, WordClass.Determiner))
        {
            k++;
        }
        return k;
    }

    internal static bool IsInvertedPosition(SentenceView view, TriggerHit trigger)
    {
        var k = trigger.Start - 1;
        // Skip the auxiliary of a compound tense: ", a déclaré", "» a indiqué"; and an aside after it: ", a de son côté affirmé".
        while (k >= view.Start)
        {
            if (view.Grammar.PastAuxiliaries.Contains(view.Tokens[k].Folded) || view.Grammar.InversionJoiners.Contains(view.Tokens[k].Folded))
            {
                k--;
            }
            else if (view.Grammar.VerbAsideStart(view.Tokens, k + 1, view.Start) is >= 0 and var aside)
            {
                k = aside - 1;
            }
            else
            {
                break;
            }
        }
        return k < view.Start || view.Tokens[k].Kind == TokenKind.Punctuation && view.Tokens[k].Text is "," or "»" or "”" or "\"" or "'" or ":"
            || view.Grammar.InversionLeads.Contains(view.Tokens[k].Folded);
    }

    private ResolvedMention? FirstCandidate(SentenceView view, TriggerHit trigger)
    {
        foreach (var m in view.Mentions)
        {
            if (m.TokenEnd <= trigger.Start && IsSubjectPosition(view, m))
            {
                return m;
            }
        }
        return null;
    }

    private static ResolvedMention? Antecedent(SentenceView view, TriggerHit trigger)
    {
        for (var k = trigger.Start - 1; k >= Math.Max(view.Start, trigger.Start - 4); k--)
        {
            if (view.Is(k, WordClass.Relative))
            {
                var before = k - 1 >= view.Start && view.Tokens[k - 1].Text == "," ? k - 2 : k - 1;
                // "le ministre de Vladimir Poutine, qui ...": a name in a complement is not what "qui" stands for.
                return before >= view.Start && view.MentionAt(before) is { } m && !view.Document.IsQuoted(before) && !IsComplement(view, m) ? m : null;
            }
        }
        return null;
    }

    /// <summary>
    /// "A member of the Green Party, Jane Roe became mayor": a description that opens the sentence with the trigger is
    /// about the name right after its comma, when that name may be the subject.
    /// </summary>
    // Words from the trigger to the comma that ends a fronted description: "A member of the Green Party of England and Wales,".
    private const int FrontedWords = 12;

    private ResolvedMention? FrontedApposition(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation)
    {
        if (trigger.End < view.End && view.Is(trigger.End, WordClass.AgentWord))
        {
            return null;
        }
        // Only a determiner or a description's link word ("A", "An": the ontology's description_links) before the trigger.
        for (var k = view.Start; k < trigger.Start; k++)
        {
            if (!view.Is(k, WordClass.Determiner) && descriptionLinks.MatchAt(view.Tokens, k, trigger.Start)?.End != trigger.Start)
            {
                return null;
            }
        }
        for (var k = trigger.End; k < Math.Min(view.End, trigger.End + FrontedWords); k++)
        {
            if (view.Tokens[k].Text is ";" or ":" or "(")
            {
                return null;
            }
            if (view.Tokens[k].Text != "," || view.MentionAt(k) is not null)
            {
                continue;
            }
            var next = k + 1;
            while (next < view.End && view.Is(next, WordClass.Determiner | WordClass.TitleWord))
            {
                next++;
            }
            return next < view.End && view.MentionAt(next) is { } named && named.TokenStart == next && relation.AllowsSubject(named.Type) ? named : null;
        }
        return null;
    }

    /// <summary>
    /// "En se rendant à X, le ministre a ...", "While visiting X, the minister said": a participle clause that opens the
    /// sentence after a gerund marker has the main clause's subject, the name right after the clause's comma.
    /// </summary>
    private ResolvedMention? FrontedGerund(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation)
    {
        var tokens = view.Tokens;
        if (!view.Grammar.Is(GrammarDefinition.GerundMarkers, view.Document.Language, tokens[view.Start].Folded))
        {
            return null;
        }
        // The marker, then the participle: a reflexive pronoun may sit between ("en se rendant").
        var first = view.Start + 1;
        if (first < trigger.Start && reflexives.MatchWord(tokens[first]) is not null)
        {
            first++;
        }
        if (first != trigger.Start && !(first == trigger.Start + 1 && reflexives.MatchWord(tokens[trigger.Start]) is not null))
        {
            return null;
        }
        var participle = false;
        for (var k = trigger.Start; k < trigger.End; k++)
        {
            participle |= view.Grammar.IsPresentParticiple(tokens[k].Folded);
        }
        if (!participle)
        {
            return null;
        }
        for (var k = trigger.End; k < Math.Min(view.End, trigger.End + FrontedWords); k++)
        {
            if (tokens[k].Text is ";" or ":" or "(" or "." || view.Is(k, WordClass.TriggerStart))
            {
                return null;
            }
            if (tokens[k].Text != ",")
            {
                continue;
            }
            // "the Polish prime minister Donald Tusk": determiners, demonyms and titles may come before the name.
            for (var next = k + 1; next < Math.Min(view.End, k + 1 + FrontedWords); next++)
            {
                if (view.MentionAt(next) is { } named && relation.AllowsSubject(named.Type))
                {
                    return named;
                }
                if (!view.Is(next, WordClass.Determiner | WordClass.TitleWord | WordClass.PersonTitleStart | WordClass.DemonymStart) && view.MentionAt(next) is null)
                {
                    return null;
                }
            }
            return null;
        }
        return null;
    }

    // Words a description may take between its link word and the relative: "a United States Air Force major general and fighter pilot".
    private const int DescriptionWords = 14;

    /// <summary>
    /// "X (1919-1968) was a fighter pilot who was killed": the relative stands for the description, and the description
    /// for the name before its link word (the ontology's <c>description_links</c>), when that name may be the subject.
    /// </summary>
    private ResolvedMention? CopulaAntecedent(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation)
    {
        var relative = -1;
        for (var k = trigger.Start - 1; k >= Math.Max(view.Start, trigger.Start - 4) && relative < 0; k--)
        {
            relative = view.Is(k, WordClass.Relative) ? k : -1;
        }
        for (var j = relative - 1; j > Math.Max(view.Start, relative - DescriptionWords); j--)
        {
            if (view.Tokens[j].Text is ";" or ":" or ")" or "(" || view.Is(j, WordClass.Relative))
            {
                return null;
            }
            if (descriptionLinks.MatchAt(view.Tokens, j, relative) is not null && view.MentionAt(j) is null)
            {
                // Walking backwards meets "a" before "was a": the link starts where the longest one does.
                var link = j;
                while (link - 1 > view.Start && descriptionLinks.MatchAt(view.Tokens, link - 1, relative) is { End: var linkEnd } && linkEnd > j)
                {
                    link--;
                }
                var before = view.Tokens[link - 1].Text == ")" && OpeningBracket(view, link - 1) is { } opening ? opening - 1 : link - 1;
                return before >= view.Start && view.MentionAt(before) is { } named && relation.AllowsSubject(named.Type) ? named : null;
            }
        }
        return null;
    }

    private static bool IsComplement(SentenceView view, ResolvedMention mention)
    {
        var k = mention.TokenStart - 1;
        while (k >= view.Start && view.Is(k, WordClass.Determiner))
        {
            k--;
        }
        return k >= view.Start && view.Grammar.OfWords.Contains(view.Tokens[k].Folded);
    }

    /// <summary>
    /// A trigger used as a noun ("sa visite à Pyongyang", "la visite de Poutine", "Putin's visit"): its subject is the
    /// possessor, the "de"/"of"/"by" complement, or, for a possessive determiner, the sentence's main subject.
    /// Null when the trigger is not preceded by a determiner (a verb).
    /// </summary>
    private SubjectChoice? NounSubject(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation)
    {
        if (trigger.Start == view.Start)
        {
            return null;
        }
        var at = trigger.Start - 1;
        // "a rare visit by X": one adjective may sit between the article and a noun trigger whose agent follows.
        if (at > view.Start && trigger.End < view.End && view.Is(trigger.End, WordClass.AgentWord) && IsPlainWord(view, at))
        {
            at--;
        }
        var before = view.Tokens[at].Folded;
        if (view.Grammar.PossessiveDeterminers.Contains(before))
        {
            // "un décret signé par X, juste avant sa rencontre avec Y": with no subject in place, the nearest person owns it.
            if ((FirstCandidate(view, trigger) ?? NearestPersonBefore(view, trigger)) is not { } owner)
            {
                return SubjectChoice.None;
            }
            // "X et Y ... lors de leur visite": a plural possessive stands for the coordinated owners.
            return view.Grammar.PluralPossessives.Contains(before) ? new SubjectChoice(WithCoordinated(view, owner), SubjectSource.Pronoun) : new SubjectChoice([owner], SubjectSource.Pronoun);
        }
        if (view.Grammar.PossessiveEndings.Contains(before) && trigger.Start - 2 >= view.Start && view.Tokens[trigger.Start - 2].Text is "'" or "’"
            && view.MentionAt(trigger.Start - 3) is { } possessor)
        {
            return new SubjectChoice([possessor], SubjectSource.Clause);
        }
        if (!relation.ObjectIsStatement && PartiesAfterNoun(view, trigger) is { } joint)
        {
            return joint;
        }
        // Articles per language: French "a" is the auxiliary of "a déclaré", not an article.
        if (!view.Grammar.Is(GrammarDefinition.NounArticles, view.Document.Language, before))
        {
            return null;
        }
        var k = trigger.End;
        if (k < view.End && (view.Grammar.OfWords.Contains(view.Tokens[k].Folded) || view.Grammar.Agents.Contains(view.Tokens[k].Folded)))
        {
            k++;
            while (k < view.End && view.Is(k, WordClass.Determiner | WordClass.TitleWord))
            {
                k++;
            }
            if (view.MentionAt(k) is { } complement)
            {
                // "a visit by a US official": the visitor is a person the sentence does not name.
                return ModifiesUnnamedPerson(view, complement) ? SubjectChoice.None : new SubjectChoice([complement], SubjectSource.Clause);
            }
            // "la livraison de chars par la Pologne", "the transfer of drones by Norway": the agent after the theme acts.
            if (Agents(view, trigger) is { Count: > 0 } agents)
            {
                return new SubjectChoice(agents, SubjectSource.Agent);
            }
            // "the signing of the two states' treaty": an unnamed complement is the act's theme; its actor is unknown.
            return SubjectChoice.None;
        }
        if (relation.ObjectIsStatement)
        {
            return SubjectChoice.None;
        }
        // "X a insisté lors d'une rencontre avec Y", "X held a meeting with Y": the act named by the noun is the
        // clause subject's, as is a possessive determiner's; only when a preposition soon introduces its object.
        return IntroducesComplement(view, trigger) && (SubjectBeforeAsideOfNoun(view, trigger) ?? FirstCandidate(view, trigger)) is { } actor
            ? new SubjectChoice([actor], SubjectSource.Pronoun)
            : SubjectChoice.None;
    }

    /// <summary>
    /// "Putin's decision to send troops", "la décision de Poutine d'envoyer des troupes": the owner of the noun that
    /// governs the infinitive (the ontology's infinitive_markers) is who acts.
    /// </summary>
    private ResolvedMention? OwnerOfInfinitive(SentenceView view, TriggerHit trigger)
    {
        var marker = trigger.Start - 1;
        if (marker - 2 < view.Start || infinitiveMarkers.MatchWord(view.Tokens[marker]) is null)
        {
            return null;
        }
        // English: [owner]'s [noun] to TRIGGER.
        if (IsPlainWord(view, marker - 1) && marker - 4 >= view.Start && view.MentionAt(marker - 4) is { } possessor
            && possessor.TokenEnd == marker - 3 && IsPossessor(view, possessor))
        {
            return possessor;
        }
        // French: [noun] de [owner] d' TRIGGER.
        if (view.MentionAt(marker - 1) is { } complement && complement.TokenStart - 2 >= view.Start
            && view.Is(complement.TokenStart - 1, WordClass.Preposition) && IsPlainWord(view, complement.TokenStart - 2)
            && !view.Document.IsQuoted(complement.TokenStart))
        {
            return complement;
        }
        return null;
    }

    /// <summary>A lowercase word of no grammatical class and outside any name: an adjective before a noun.</summary>
    private static bool IsPlainWord(SentenceView view, int k) =>
        view.Tokens[k].IsWord && !view.Tokens[k].IsCapitalized && view.MentionAt(k) is null
        && !view.Is(k, WordClass.Determiner | WordClass.Auxiliary | WordClass.Preposition | WordClass.Relative | WordClass.Adverb | WordClass.TriggerStart
            | WordClass.Pronoun | WordClass.ClauseOpener | WordClass.TitleWord);

    private ResolvedMention? NearestPersonBefore(SentenceView view, TriggerHit trigger)
    {
        for (var i = view.Mentions.Length - 1; i >= 0; i--)
        {
            var m = view.Mentions[i];
            if (m.TokenEnd <= trigger.Start && lexicon.Kinds.Is(m.Type, EntityKind.Person) && !view.Document.IsQuoted(m.TokenStart))
            {
                return m;
            }
        }
        return null;
    }

    private static bool IntroducesComplement(SentenceView view, TriggerHit trigger)
    {
        if (view.Is(trigger.End - 1, WordClass.Preposition))
        {
            return true; // "meeting with", "rencontre avec"
        }
        for (var j = trigger.End; j < Math.Min(view.End, trigger.End + 3); j++)
        {
            if (view.Is(j, WordClass.Preposition))
            {
                return true;
            }
            if (view.Tokens[j].Kind == TokenKind.Punctuation || view.MentionAt(j) is not null)
            {
                return false;
            }
        }
        return false;
    }

    private const int NounPartyWindow = 6;

    /// <summary>"a meeting in the Oval Office between X and Y", "une rencontre bilatérale entre X et Y": the parties.</summary>
    private SubjectChoice? PartiesAfterNoun(SentenceView view, TriggerHit trigger)
    {
        for (var j = trigger.End; j < Math.Min(view.End, trigger.End + NounPartyWindow); j++)
        {
            if (view.Tokens[j].Kind == TokenKind.Punctuation || view.Is(j, WordClass.TriggerWord) || view.Is(j, WordClass.AgentWord))
            {
                return null;
            }
            if (partyMarkers.MatchWord(view.Tokens[j]) is not null)
            {
                return PartiesFrom(view, j + 1) is { Count: > 0 } parties ? new SubjectChoice(parties, SubjectSource.Agent) : null;
            }
        }
        return null;
    }

    public List<ResolvedMention> LeftCandidates(SentenceView view, TriggerHit trigger)
    {
        var clauseStart = view.Start;
        for (var k = trigger.Start - 1; k >= view.Start; k--)
        {
            // "X (Chinese: ...; born 1955) is": a boundary inside a bracketed aside does not end the clause.
            if (view.Tokens[k].Text == ")" && OpeningBracket(view, k) is { } opening)
            {
                k = opening;
                continue;
            }
            if (view.Is(k, WordClass.ClauseStart) && !view.Document.IsQuoted(k))
            {
                clauseStart = k + 1;
                break;
            }
        }
        var candidates = new List<ResolvedMention>();
        var bracketed = 0;
        foreach (var mention in view.Mentions)
        {
            if (mention.TokenStart >= clauseStart && mention.TokenEnd <= trigger.Start && (IsSubjectPosition(view, mention) || OpensSubordinateClause(view, mention, trigger)))
            {
                candidates.Add(mention);
                bracketed += InsideBrackets(view, clauseStart, mention.TokenStart) ? 1 : 0;
            }
        }
        // "The Northern Party (also translated as Northern Union) is": a name in an aside only restates the one before it.
        if (bracketed > 0 && bracketed < candidates.Count)
        {
            // A loop, not RemoveAll with a lambda: capturing the view would cost a closure at every call.
            var kept = 0;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (!InsideBrackets(view, clauseStart, candidates[i].TokenStart))
                {
                    candidates[kept++] = candidates[i];
                }
            }
            candidates.RemoveRange(kept, candidates.Count - kept);
        }
        return candidates;
    }

    private static bool InsideBrackets(SentenceView view, int from, int position)
    {
        var depth = 0;
        for (var k = from; k < position; k++)
        {
            depth += view.Tokens[k].Text switch { "(" => 1, ")" => depth > 0 ? -1 : 0, _ => 0 };
        }
        return depth > 0;
    }

    private static int? OpeningBracket(SentenceView view, int closing)
    {
        for (var k = closing - 1; k >= view.Start; k--)
        {
            if (view.Tokens[k].Text == "(")
            {
                return k;
            }
        }
        return null;
    }

    /// <summary>A word of clause_prepositions before the mention, past determiners and titles ("after Russian President X").</summary>
    private bool AfterClausePreposition(SentenceView view, ResolvedMention mention)
    {
        var j = mention.TokenStart - 1;
        while (j >= view.Start && view.Is(j, WordClass.Determiner | WordClass.TitleWord))
        {
            j--;
        }
        return j >= view.Start && clausePrepositions.MatchWord(view.Tokens[j]) is not null;
    }

    /// <summary>
    /// "days after Turkish lawmakers ratified", "a week after the Czech senate ratified": after a word of
    /// the ontology's clause_prepositions (a conjunction that is also a preposition) and determiners, a name right
    /// before the verb (past auxiliaries and adverbs) is its subject.
    /// </summary>
    private bool OpensSubordinateClause(SentenceView view, ResolvedMention mention, TriggerHit trigger)
    {
        if (!AfterClausePreposition(view, mention))
        {
            return false;
        }
        for (var k = mention.TokenEnd; k < trigger.Start; k++)
        {
            if (!view.Is(k, WordClass.Adverb | WordClass.Auxiliary))
            {
                return false;
            }
        }
        return true;
    }

    private bool IsSubjectPosition(SentenceView view, ResolvedMention mention)
    {
        // "Pyongyang's state media said": the possessor only qualifies the subject.
        if (view.Document.IsQuoted(mention.TokenStart) || IsPossessor(view, mention))
        {
            return false;
        }
        var k = mention.TokenStart - 1;
        while (k >= view.Start && view.Is(k, WordClass.Determiner | WordClass.TitleWord))
        {
            k--;
        }
        if (k < view.Start)
        {
            return true;
        }
        var before = view.Tokens[k];
        if (view.Is(k, WordClass.Preposition) || before.Folded == "'" || before.Text == "’")
        {
            return false;
        }
        // "entre le président X et Y": a name coordinated with a preposition's complement is in the same phrase.
        // "after X and Y signed": unless the preposition is also a conjunction that opens a clause.
        if (view.Is(k, WordClass.ListConjunctionStart) && CoordinatedBefore(view, k) is { } first)
        {
            return IsSubjectPosition(view, first) || AfterClausePreposition(view, first);
        }
        return !view.Is(k, WordClass.ClaimMarkerWord) || !view.Grammar.SourceMarkerLastWords.Contains(before.Folded);
    }

    /// <summary>The name that ends right before the conjunction at <paramref name="conjunction"/> (past a comma), if any.</summary>
    private static ResolvedMention? CoordinatedBefore(SentenceView view, int conjunction)
    {
        var k = conjunction - 1;
        if (k >= view.Start && view.Tokens[k].Text == ",")
        {
            k--;
        }
        return k >= view.Start && view.MentionAt(k) is { } mention && mention.TokenEnd == k + 1 ? mention : null;
    }

    private List<ResolvedMention> Coordinated(SentenceView view, List<ResolvedMention> left)
    {
        var result = new List<ResolvedMention> { left[^1] };
        // Every mention before the subject, not only those in subject position: in "after X and Y signed" the
        // conjunction "after" looks like a preposition before X.
        // Walked backwards in place (no filtered copy): this runs for every subject found.
        var subjectStart = left[^1].TokenStart;
        var mentions = view.Mentions;
        for (var i = mentions.Length - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.TokenEnd > subjectStart || view.Document.IsQuoted(mention.TokenStart))
            {
                continue;
            }
            // "U.S. Senate", "Kremlin spokesman Peskov": a mention right against the next one, or before its title, qualifies it.
            // "X (RDC) et Y": a bracketed restatement is X again, read with the gap.
            if (IsTitleQualifier(view, mention, result[0]) || mention.TokenEnd == result[0].TokenStart
                || mention.TokenStart > view.Start && view.Tokens[mention.TokenStart - 1].Text == "(" && BracketedAcronymEnd(view, mention.TokenStart - 1, result[0].TokenStart) is not null)
            {
                continue;
            }
            // "Italian President Sergio Mattarella and German Chancellor Olaf Scholz": titles may sit in the gap.
            // A mention out of subject position ("l'ambassadeur des États-Unis, Robert Wood") joins only through "and".
            if (IsCoordinatedTitleGap(view, mention.TokenEnd, result[0].TokenStart)
                && (left.Contains(mention) || HasConjunction(view, mention.TokenEnd, result[0].TokenStart)))
            {
                result.Insert(0, mention);
            }
            else
            {
                break;
            }
        }
        return result;
    }

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

    /// <summary>A comma or a list conjunction of the ontology between two listed names.</summary>
    private static bool Joins(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Tokens[k].Text == "," || view.Is(k, WordClass.ListConjunctionStart))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasConjunction(SentenceView view, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Tokens[k].Text == ",")
            {
                return false;
            }
        }
        for (var k = from; k < to; k++)
        {
            if (view.Grammar.Coordinators.Contains(view.Tokens[k].Folded))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Only conjunctions, determiners and titles, which may be several words ("and North Korean leader").</summary>
    private bool IsCoordinatedTitleGap(SentenceView view, int from, int to)
    {
        var tokens = view.Tokens;
        var k = from;
        while (k < to)
        {
            var token = tokens[k];
            if (view.Grammar.Coordinators.Contains(token.Folded) || token.Text == "," || view.Is(k, WordClass.Determiner | WordClass.TitleWord) || token.Kind == TokenKind.Joiner)
            {
                k++;
            }
            else if (BracketedAcronymEnd(view, k, to) is { } closed)
            {
                k = closed; // "la République du Congo (RDC) et le Rwanda": the bracket restates the name before it
            }
            else if (((view.Is(k, WordClass.DemonymStart) ? lexicon.Demonyms.MatchAt(tokens, k, to) : null)
                ?? (view.Is(k, WordClass.RoleStart) ? lexicon.Roles.MatchAt(tokens, k, to) : null)) is { } phrase)
            {
                k = phrase.End;
            }
            else if (view.Is(k, WordClass.PersonTitleStart) && personTitles.MatchAt(tokens, k, to) is { } title)
            {
                k = title.End;
            }
            else
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The token after a bracket of one capitalised word that opens at <paramref name="k"/> ("(RDC)"), or null.</summary>
    private static int? BracketedAcronymEnd(SentenceView view, int k, int to) =>
        k + 2 < to && view.Tokens[k].Text == "(" && view.Tokens[k + 1].IsCapitalized && view.Tokens[k + 2].Text == ")" ? k + 3 : null;

    /// <summary>
    /// The owner of a singular possessive that opens the sentence ("His remarks were made at talks with X"), when no
    /// name comes between it and the trigger: the last person named in the two sentences before.
    /// </summary>
    private ResolvedMention? OpeningPossessor(SentenceView view, TriggerHit trigger, ResolutionResult resolution)
    {
        if (!view.Grammar.Is(GrammarDefinition.OpeningPossessives, view.Document.Language, view.Tokens[view.Start].Folded))
        {
            return null;
        }
        foreach (var m in view.Mentions)
        {
            if (m.TokenStart < trigger.Start)
            {
                return null;
            }
        }
        return LastMention(view.Document, resolution, view.Start, view.Index - 2, null);
    }

    /// <summary>The subject pronoun right before the verb, past auxiliaries and adverbs ("il a déjà rencontré"), or null.</summary>
    private static int? PronounSubjectAt(SentenceView view, TriggerHit trigger)
    {
        for (var k = trigger.Start - 1; k >= Math.Max(view.Start, trigger.Start - 4); k--)
        {
            if (view.Is(k, WordClass.Pronoun))
            {
                return k;
            }
            if (!view.Is(k, WordClass.Auxiliary | WordClass.Adverb))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>
    /// "il a ajouté", "a-t-elle précisé": in reported speech the pronoun goes on with the previous speaker, whatever
    /// kind of entity it is ("la présidence russe ... a-t-elle ajouté"); otherwise it is the last person named.
    /// </summary>
    private ResolvedMention? PronounReferent(SentenceView view, TriggerHit trigger, ResolutionResult resolution, string? previousSpeaker)
    {
        ResolvedMention? Referent(int before)
        {
            var carried = previousSpeaker is not null ? LastMention(view.Document, resolution, before, view.Index - 3, previousSpeaker) : null;
            var person = LastMention(view.Document, resolution, before, view.Index - 3, null);
            // "X said ... Y did not rule it out. « ... », he stressed": a person who opens a sentence after the last
            // speaker's mention is the new topic, and the pronoun's referent.
            // "a-t-elle ajouté", "he added": a continuation verb keeps the speaker whoever came between.
            return carried is not null && person is not null && person.TokenStart > carried.TokenEnd && OpensSentence(view, person)
                && continuationVerbs.MatchAt(view.Tokens, trigger.Start, trigger.End) is null
                ? person
                : carried ?? person;
        }

        for (var k = trigger.Start - 1; k >= Math.Max(view.Start, trigger.Start - 4); k--)
        {
            if (view.Is(k, WordClass.Pronoun))
            {
                return Referent(k);
            }
        }
        // "a-t-il ajouté": the pronoun follows the auxiliary.
        for (var k = trigger.End; k < Math.Min(view.End, trigger.End + 3); k++)
        {
            if (view.Tokens[k].Kind != TokenKind.Joiner && view.Is(k, WordClass.Pronoun) && view.Tokens[k - 1].Kind == TokenKind.Joiner)
            {
                return Referent(trigger.Start);
            }
        }
        return null;
    }

    /// <summary>Only determiners, titles and demonyms between the start of the mention's sentence, or a comma, and the mention.</summary>
    private static bool OpensSentence(SentenceView view, ResolvedMention mention)
    {
        var start = view.Document.SentenceTokens[mention.Sentence].Start;
        for (var k = mention.TokenStart - 1; k >= start; k--)
        {
            if (view.Tokens[k].Text == ",")
            {
                break;
            }
            if (!view.Is(k, WordClass.Determiner | WordClass.TitleWord | WordClass.PersonTitleStart | WordClass.DemonymStart) && view.Tokens[k].Kind != TokenKind.Joiner)
            {
                return false;
            }
        }
        return !view.Document.IsQuoted(mention.TokenStart);
    }

    /// <summary>
    /// The last mention ending by <paramref name="end"/>, in a sentence from <paramref name="firstSentence"/> on, of
    /// <paramref name="entityId"/>, or of any person when it is null.
    /// </summary>
    private ResolvedMention? LastMention(ArticleDocument document, ResolutionResult resolution, int end, int firstSentence, string? entityId)
    {
        // Mentions are in text order, hence in sentence order: walk back until the sentences are too far.
        var mentions = resolution.Mentions;
        for (var i = mentions.Length - 1; i >= 0 && mentions[i].Sentence >= firstSentence; i--)
        {
            // A pronoun outside a quote does not stand for a name inside one.
            if (mentions[i].TokenEnd <= end && !document.IsQuoted(mentions[i].TokenStart) && (entityId is null ? lexicon.Kinds.Is(mentions[i].Type, EntityKind.Person) : mentions[i].EntityId == entityId))
            {
                return mentions[i];
            }
        }
        return null;
    }
}
