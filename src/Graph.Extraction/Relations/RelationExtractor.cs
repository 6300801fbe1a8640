using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using Graph.Core;
using Graph.Core.Extraction;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// Reads relations sentence by sentence: each trigger of a relation type gets its subjects and object, is
/// checked against the ontology's domain and range, and becomes a fact with qualifiers and a confidence, or a
/// rejection that says why.
/// </summary>
internal sealed class RelationExtractor
{
    private const int CueWindow = 4;

    // How many sentences a relation's last named subject carries over to a trigger that names none.
    private const int CarrySentences = 2;

    // How many sentences back one of a relation's own triggers, or a topic trigger let through, keeps it the topic.
    private const int TopicSentences = 2;
    private readonly DomainLexicon lexicon;
    private readonly WordClassTable wordClasses;
    private readonly SubjectFinder subjects;
    private readonly QualifierReader qualifiers;
    private readonly ConfidenceScorer confidence;
    private readonly Nationality nationality;
    private readonly Companions companions;
    private readonly TitleRelations titles;
    private readonly GuestFinder guests;
    private readonly string[] guestRelations;
    private readonly PresenceFinder presence;

    // The relation whose object is what was said (the first such): a quotation glued by a colon reports it.
    private readonly RelationTypeDefinition? statement;

    // The relation a dash line under a quotation states (the one whose YAML sets dash_attribution), if any.
    private readonly RelationTypeDefinition? dashAttribution;
    private readonly string[] presenceRelations;
    private readonly PhraseMatcher<bool> hypothetical;
    private readonly RelationBlockers blockers;
    private readonly Dictionary<(string Relation, string Language), PhraseMatcher<bool>> jointTriggers;
    private readonly Dictionary<(string RelationKey, string Language), FrozenSet<string>> invertedOnlyTriggers;
    private readonly PhraseMatcher<bool> factualConditionals;
    private readonly PhraseMatcher<bool> presentAuxiliaries;
    private readonly PhraseMatcher<bool> supportVerbs;
    private readonly PhraseMatcher<bool> future;
    private readonly PhraseMatcher<bool> listConjunctions;

    // Looked up by name for every trigger: a dictionary, not the ontology's linear search. First definition wins, as there.
    private readonly Dictionary<string, RelationTypeDefinition> relationsByName;

    // Relations whose (a, b) and (b, a) are one fact: deduplicated as such.
    private readonly FrozenSet<string> symmetric;

    public RelationExtractor(DomainLexicon lexicon)
    {
        this.lexicon = lexicon;
        wordClasses = new WordClassTable(lexicon);
        subjects = new SubjectFinder(lexicon, wordClasses);
        qualifiers = new QualifierReader(lexicon, wordClasses);
        confidence = new ConfidenceScorer(lexicon);
        nationality = new Nationality(lexicon);
        companions = new Companions(lexicon);
        titles = new TitleRelations(lexicon.Ontology.RelationTypes);
        guests = new GuestFinder(lexicon, nationality);
        guestRelations = guests.Relations.ToArray();
        presence = new PresenceFinder(lexicon);
        statement = lexicon.Ontology.RelationTypes.FirstOrDefault(r => r.ObjectIsStatement);
        dashAttribution = lexicon.Ontology.RelationTypes.FirstOrDefault(r => r.DashAttribution);
        presenceRelations = presence.Relations.ToArray();
        hypothetical = lexicon.Cue(OntologyCues.Hypothetical);
        blockers = new RelationBlockers(lexicon.Ontology);
        jointTriggers = RelationTermMatchers.Of(lexicon.Ontology.RelationTypes, r => r.JointTriggers);
        invertedOnlyTriggers = InvertedOnlyTriggers(lexicon.Ontology);
        factualConditionals = lexicon.Cue(OntologyCues.FactualConditionals);
        presentAuxiliaries = lexicon.Cue(OntologyCues.PresentAuxiliaries);
        supportVerbs = lexicon.Cue(OntologyCues.SupportVerbs);
        future = lexicon.Cue(OntologyCues.Future);
        listConjunctions = lexicon.Cue(OntologyCues.ListConjunctions);
        relationsByName = ByName(lexicon.Ontology.RelationTypes);
        symmetric = lexicon.Ontology.RelationTypes.Where(r => r.Symmetric).Select(r => r.Name).ToFrozenSet(StringComparer.Ordinal);
    }

    // Facts without qualifiers share one empty map (with the ordinal comparer qualifier maps are built with).
    private static readonly ImmutableSortedDictionary<string, object> NoProperties =
        ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal);

    public RelationResult Extract(ArticleDocument document, ResolutionResult resolution, string? published, CancellationToken cancellationToken = default)
    {
        var facts = new List<Fact>();
        var rejected = new List<Rejection>();
        // Per article: the sentence and subjects of each relation's last fact whose subject its sentence named.
        var carried = new Dictionary<string, (int Sentence, IReadOnlyList<ResolvedMention> Subjects)>(StringComparer.Ordinal);
        // Mentions come in text order, so each sentence's mentions are one run of the array.
        var mentions = resolution.Mentions.AsSpan();
        var firstMention = 0;
        var classes = wordClasses.Classify(document.Tokens);
        var triggers = new List<TriggerHit>();
        var guestHits = new List<TriggerHit>();
        foreach (var mention in resolution.Mentions)
        {
            for (var k = mention.TokenStart; k < mention.TokenEnd; k++)
            {
                // A mark inside a name ('Emanuel "Manny" Ruiz') ends no clause.
                classes[k] = (classes[k] | WordClass.Covered) & ~(WordClass.ClauseStart | WordClass.ClauseBoundaryWord);
            }
        }
        // Reported speech goes on over sentences: "..., a-t-elle ajouté" continues the last speaker.
        (string Subject, int Sentence)? lastSpeaker = null;
        // Per relation, the last sentence with one of its own (not topic) triggers.
        var topicAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var gaveFacts = new Dictionary<string, bool>(StringComparer.Ordinal);
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end) = document.SentenceTokens[s];
            var sentenceMentions = MentionsOf(mentions, s, ref firstMention);
            Triggers(document, start, end, classes, triggers);
            titles.Add(document.Sentences[s], sentenceMentions, facts);
            guestHits.Clear();
            foreach (var relationName in guestRelations)
            {
                guests.AddHits(document, start, end, classes, relationName, guestHits);
            }
            // Most sentences state no fact: only those with a trigger or a quote attribution get a view.
            if (triggers.Count == 0 && guestHits.Count == 0 && !(end - start >= 2 && document.Tokens[start].Text is "–" or "—")
                && ColonBeforeQuote(document, start, end) < 0)
            {
                continue;
            }
            var view = new SentenceView(document, s, sentenceMentions, classes, lexicon.Grammar);
            var sentenceFacts = facts.Count;
            foreach (var trigger in triggers)
            {
                if (!IsTopicTrigger(document, trigger))
                {
                    topicAt[trigger.Relation] = s;
                }
            }
            // Per relation, whether its last trigger in this sentence gave a fact (a trigger continuing it then adds nothing).
            gaveFacts.Clear();
            foreach (var trigger in triggers)
            {
                var relation = relationsByName.GetValueOrDefault(trigger.Relation)!;
                if (trigger.Continues && gaveFacts.GetValueOrDefault(trigger.Relation))
                {
                    continue;
                }
                if (IsTopicTrigger(document, trigger) && !(topicAt.TryGetValue(relation.Name, out var at) && s - at <= TopicSentences))
                {
                    rejected.Add(new Rejection($"{relation.Name}: '{Word(view, trigger)}' states it only where it is the topic, and none of its triggers is near", view.Sentence.Text, relation.Name));
                    continue;
                }
                var before = facts.Count;
                var previous = lastSpeaker is { } last && s - last.Sentence <= 2 ? last.Subject : null;
                // A topic word read in the passage keeps it going: "X sanctioned ... Y figure on the list. ... Also targeted are Z".
                if (IsTopicTrigger(document, trigger))
                {
                    topicAt[relation.Name] = s;
                }
                ExtractOne(view, trigger, relation, triggers, resolution, published, previous, carried, facts, rejected);
                gaveFacts[trigger.Relation] = facts.Count > before;
                for (var f = before; f < facts.Count; f++)
                {
                    if (facts[f].Statement is not null)
                    {
                        lastSpeaker = (facts[f].Subject, s);
                    }
                }
            }
            foreach (var hit in guestHits)
            {
                GuestFacts(view, hit, relationsByName[hit.Relation], triggers, resolution, published, facts, rejected);
            }
            foreach (var relationName in presenceRelations)
            {
                PresenceFacts(view, relationsByName[relationName], facts, sentenceFacts, published);
            }
            if (DashAttribution(view) is { } attributed)
            {
                facts.Add(attributed);
            }
            if (ColonAttribution(view, facts, sentenceFacts) is { } colon)
            {
                facts.Add(colon);
                lastSpeaker = (colon.Subject, s);
            }
        }
        return new RelationResult(Deduplicate(facts), rejected);
    }

    private static bool BeforeTrigger(IReadOnlyList<ResolvedMention> subjects, TriggerHit trigger)
    {
        for (var i = 0; i < subjects.Count; i++)
        {
            if (subjects[i].TokenEnd > trigger.Start)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether the trigger's words are one of its relation's topic triggers (the loader keeps them apart from its triggers).</summary>
    private bool IsTopicTrigger(ArticleDocument document, TriggerHit trigger) =>
        lexicon.TopicTriggers(trigger.Relation).MatchAt(document.Tokens, trigger.Start, trigger.End) is { } topic && topic.End == trigger.End;

    /// <summary>The run of mentions in sentence <paramref name="sentence"/>; <paramref name="first"/> moves past it.</summary>
    private static ReadOnlySpan<ResolvedMention> MentionsOf(ReadOnlySpan<ResolvedMention> mentions, int sentence, ref int first)
    {
        while (first < mentions.Length && mentions[first].Sentence < sentence)
        {
            first++;
        }
        var end = first;
        while (end < mentions.Length && mentions[end].Sentence == sentence)
        {
            end++;
        }
        var run = mentions[first..end];
        first = end;
        return run;
    }

    private void ExtractOne(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation, IReadOnlyList<TriggerHit> triggers,
        ResolutionResult resolution, string? published, string? previousSpeaker,
        Dictionary<string, (int Sentence, IReadOnlyList<ResolvedMention> Subjects)> carried, List<Fact> facts, List<Rejection> rejected)
    {
        var sentence = view.Sentence;
        if (relation.RequiresCue is { } cue && !HasCue(view, cue))
        {
            return;
        }
        if (Blocking(view, trigger, relation) is { } blocker)
        {
            rejected.Add(new Rejection($"{relation.Name}: '{Word(view, trigger)}' is {blocker.Reason} ('{blocker.Word}')", sentence.Text, relation.Name));
            return;
        }
        if (IsInvertedOnly(view, trigger, relation) && !SubjectFinder.IsInvertedPosition(view, trigger))
        {
            rejected.Add(new Rejection($"{relation.Name}: '{Word(view, trigger)}' reports speech only after a quote or a comma", view.Sentence.Text, relation.Name));
            return;
        }
        var choice = subjects.Find(view, trigger, relation, triggers, resolution, previousSpeaker);
        var fromCarried = false;
        if (choice.Subjects.Count == 0 && !relation.ObjectIsStatement && carried.TryGetValue(relation.Key, out var last)
            && view.Index - last.Sentence <= CarrySentences && view.Index > last.Sentence)
        {
            // "The EU imposed sanctions on X. Also sanctioned were Y and Z.": who acted goes on into the next sentences.
            choice = new SubjectChoice(last.Subjects, SubjectSource.Pronoun);
            fromCarried = true;
        }
        if (choice.Subjects.Count == 0)
        {
            return;
        }
        if (!relation.ObjectIsStatement)
        {
            choice = companions.Partners(view, trigger, relation, companions.With(view, relation, choice));
        }
        var factsBefore = facts.Count;
        ExtractFacts(view, trigger, relation, choice, resolution, published, facts, rejected, fromCarried);
        // "OFAC imposed sanctions on eight officials. The sanctioned officials include X and Y.": a named actor goes on
        // even when its own sentence named no object; a carried actor that gave facts goes on from here.
        // A subject read off a demonym ("contre les forces ukrainiennes") is too weak to go on without a fact of its own.
        // Without a fact, only a clause subject before its verb goes on ("OFAC imposed sanctions on eight officials"),
        // not the complement of a noun trigger ("une visite du président X" may be planned).
        var named = (choice.Source is SubjectSource.Agent or SubjectSource.Clause or SubjectSource.Inverted
            || choice.Source == SubjectSource.Demonym && !relation.SubjectFromDemonym) // "le gouvernement canadien"; not "soldats ukrainiens"
            && BeforeTrigger(choice.Subjects, trigger);
        // A possessive's owner named before it in the sentence goes on after a fact ("L'UE a prolongé ses sanctions
        // contre X"), not a pronoun's referent in an earlier sentence.
        var ownerBefore = choice.Source == SubjectSource.Pronoun && !fromCarried && trigger.Start > view.Start
            && view.Grammar.PossessiveDeterminers.Contains(view.Tokens[trigger.Start - 1].Folded)
            && BeforeTrigger(choice.Subjects, trigger) && choice.Subjects.AllInSentence(view.Index);
        // A carried actor goes on through a sentence of the passage that names no other, with or without a fact.
        if (!relation.ObjectIsStatement && (facts.Count > factsBefore ? choice.Source != SubjectSource.Pronoun || fromCarried || ownerBefore : named || fromCarried))
        {
            carried[relation.Key] = (view.Index, choice.Subjects);
        }
    }

    private void ExtractFacts(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation, SubjectChoice choice,
        ResolutionResult resolution, string? published, List<Fact> facts, List<Rejection> rejected, bool carriedActor = false)
    {
        var sentence = view.Sentence;
        // "L'UE a prolongé ses sanctions. X a été interdit de séjour": the carried actor did the passive's act, whose
        // grammatical subject is the object.
        var passiveObject = choice.Source == SubjectSource.Agent && IsPassiveAgent(view, trigger)
            || carriedActor && subjects.IsPassive(view, trigger) && NoPauseAfterLastName(view, trigger);
        // "X et Y se sont rencontrés", "X and Y held talks": the coordinated parties did it with each other.
        if (relation.Symmetric && choice.Subjects.Count >= 2 && ObjectFinder.Find(view, trigger, relation, choice.Subjects, resolution, lexicon.Kinds) is null)
        {
            AddPairs(view, trigger, relation, choice, published, facts);
            return;
        }
        // "a joint press conference with X and Y": the partners of one event met each other too.
        var jointPartners = relation.Symmetric && IsJointTrigger(view, trigger, relation) ? new List<ResolvedMention>() : null;
        // Indexed: a foreach over the interface would allocate an enumerator per trigger.
        for (var i = 0; i < choice.Subjects.Count; i++)
        {
            var subject = ActingState(choice.Subjects[i], relation, view, resolution);
            if (!relation.AllowsSubject(subject.Type))
            {
                rejected.Add(new Rejection(
                    $"{relation.Name}: subject '{subject.Text}' is a {subject.Type}; the ontology allows {string.Join(", ", relation.SubjectTypes)}",
                    sentence.Text, relation.Name, subject.EntityId));
                continue;
            }
            var distance = Math.Abs(subject.TokenStart - trigger.Start);
            if (relation.ObjectIsStatement)
            {
                facts.Add(new Fact(subject.EntityId, relation.Name, null, sentence.Text, sentence.Span, NoProperties,
                    confidence.Score(view, trigger, choice.Source, distance, relation.FutureCounts && IsFuture(view, trigger)), StatementOf(view, subject.EntityId)));
                continue;
            }
            var target = ObjectFinder.Find(view, trigger, relation, choice.Subjects, resolution, lexicon.Kinds, passiveObject, lexicon);
            // "Kiev a reçu des chars allemands": the weapons' demonym names who supplied them.
            if (target is null && relation.ObjectFromDemonym && relation.RequiresCue is { } cue && subjects.Demonym(view, cue) is { } named
                && relation.AllowsObject(named.Type) && named.EntityId != subject.EntityId)
            {
                target = named;
            }
            if (target is null)
            {
                rejected.Add(new Rejection($"{relation.Name}: no {string.Join(" or ", relation.ObjectTypes)} for '{Word(view, trigger)}' in reach", sentence.Text, relation.Name, subject.EntityId));
                continue;
            }
            foreach (var listed in target.Sentence == view.Index ? ObjectFinder.WithListed(view, target, relation, choice.Subjects, listConjunctions) : [target])
            {
                if (jointPartners is not null && !jointPartners.Exists(p => p.EntityId == listed.EntityId))
                {
                    jointPartners.Add(listed);
                }
                var objectDistance = Math.Max(distance, Math.Abs(listed.TokenStart - trigger.Start));
                // A converse reading ("Y received X from Z") states the fact the right way round: Z SUPPLIED Y.
                var (from, to) = relation.IsConverse ? (listed.EntityId, subject.EntityId) : (subject.EntityId, listed.EntityId);
                var score = confidence.Score(view, trigger, choice.Source, objectDistance, relation.FutureCounts && IsFuture(view, trigger));
                facts.Add(new Fact(from, relation.Name, to, sentence.Text, sentence.Span, Qualifiers(view, relation, from, to, published), score));
                // "The Treasury sanctioned X": the state it acts for did too.
                if (relation.BodyStateToo && !relation.IsConverse && BodyState(from, relation) is { } state && state != to)
                {
                    facts.Add(new Fact(state, relation.Name, to, sentence.Text, sentence.Span, Qualifiers(view, relation, state, to, published), score));
                }
            }
        }
        if (jointPartners is { Count: >= 2 })
        {
            AddPairs(view, trigger, relation, new SubjectChoice(jointPartners, choice.Source), published, facts);
        }
    }

    /// <summary>Whether the trigger's words are one of the relation's joint_triggers.</summary>
    private bool IsJointTrigger(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation) =>
        jointTriggers.TryGetValue((relation.Name, view.Document.Language), out var joint)
        && joint.MatchAt(view.Tokens, trigger.Start, trigger.End)?.End == trigger.End;

    /// <summary>"X and Y, in the presence of Z, signed": the sentence's actors and the people present met.</summary>
    private void PresenceFacts(SentenceView view, RelationTypeDefinition relation, List<Fact> facts, int sentenceFacts, string? published)
    {
        var actors = new List<ResolvedMention>();
        for (var f = sentenceFacts; f < facts.Count; f++)
        {
            foreach (var mention in view.Mentions)
            {
                if (mention.EntityId == facts[f].Subject && relation.AllowsSubject(mention.Type) && !actors.HasEntity(mention.EntityId))
                {
                    actors.Add(mention);
                    break;
                }
            }
        }
        foreach (var (left, right, marker) in presence.Pairs(view, relation, actors))
        {
            var hit = new TriggerHit(marker, marker + 1, relation.Name);
            var distance = Math.Max(Math.Abs(left.TokenStart - marker), Math.Abs(right.TokenStart - marker));
            facts.Add(new Fact(left.EntityId, relation.Name, right.EntityId, view.Sentence.Text, view.Sentence.Span,
                Qualifiers(view, relation, left.EntityId, right.EntityId, published), confidence.Score(view, hit, SubjectSource.Clause, distance)));
        }
    }

    /// <summary>"X hosted Y in Z", "Y a été reçu par X": the guest did the relation (a visit) to the place, or to the host's state.</summary>
    private void GuestFacts(SentenceView view, TriggerHit hit, RelationTypeDefinition relation, IReadOnlyList<TriggerHit> triggers,
        ResolutionResult resolution, string? published, List<Fact> facts, List<Rejection> rejected)
    {
        if (Blocking(view, hit, relation) is { } blocker)
        {
            rejected.Add(new Rejection($"{relation.Name}: guest word '{Word(view, hit)}' is {blocker.Reason} ('{blocker.Word}')", view.Sentence.Text, relation.Name));
            return;
        }
        var passive = subjects.IsPassive(view, hit);
        var hosts = passive ? subjects.Agents(view, hit) : subjects.Find(view, hit, relation, triggers, resolution).Subjects;
        // A passive's guest is its grammatical subject: the nearest name before the verb in the clause.
        var guestBefore = passive && subjects.LeftCandidates(view, hit).LastOrDefault(m => relation.AllowsSubject(m.Type)) is { } guest ? [guest] : Array.Empty<ResolvedMention>();
        foreach (var visit in guests.Visits(view, hit, relation, hosts, passive, guestBefore, resolution))
        {
            var distance = Math.Max(Math.Abs(visit.Guest.TokenStart - hit.Start), Math.Abs(visit.PlaceToken - hit.Start));
            facts.Add(new Fact(visit.Guest.EntityId, relation.Name, visit.Place, view.Sentence.Text, view.Sentence.Span,
                Qualifiers(view, relation, visit.Guest.EntityId, visit.Place, published),
                confidence.Score(view, hit, passive ? SubjectSource.Clause : SubjectSource.Agent, distance)));
        }
    }

    /// <summary>Whether the trigger's words are one of the relation's inverted_triggers (and none of its plain triggers).</summary>
    private bool IsInvertedOnly(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation) =>
        invertedOnlyTriggers.TryGetValue((relation.Key, view.Document.Language), out var words) && words.Contains(TextFolding.Fold(Word(view, trigger)));

    /// <summary>
    /// By relation and language, the folded inverted_triggers that are not also plain triggers: folded once, not for
    /// every trigger met.
    /// </summary>
    private static Dictionary<(string RelationKey, string Language), FrozenSet<string>> InvertedOnlyTriggers(OntologyDefinition ontology)
    {
        var byRelation = new Dictionary<(string RelationKey, string Language), FrozenSet<string>>();
        foreach (var relation in ontology.RelationTypes)
        {
            foreach (var (language, inverted) in relation.InvertedTriggers.ByLanguage)
            {
                var plain = relation.Triggers.For(language).Select(TextFolding.Fold).ToHashSet(StringComparer.Ordinal);
                byRelation[(relation.Key, language)] = inverted.Select(TextFolding.Fold).Where(word => !plain.Contains(word)).ToFrozenSet(StringComparer.Ordinal);
            }
        }
        return byRelation;
    }

    /// <summary>
    /// Whether the last name before the trigger runs into it with no punctuation: "X et Y ont été interdits de séjour",
    /// not "... since X returned to the White House, and were targeted" (the passive's subject is further back).
    /// </summary>
    private static bool NoPauseAfterLastName(SentenceView view, TriggerHit trigger)
    {
        for (var k = trigger.Start - 1; k >= view.Start; k--)
        {
            if (view.MentionAt(k) is not null)
            {
                return true;
            }
            if (view.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>An agent word ("par", "by") soon after the trigger: a passive whose grammatical subject is the object.</summary>
    private static bool IsPassiveAgent(SentenceView view, TriggerHit trigger)
    {
        for (var k = trigger.End; k < Math.Min(view.End, trigger.End + 4); k++)
        {
            if (view.Is(k, WordClass.AgentWord))
            {
                return true;
            }
            // "was named chair by": a complement may come first, but not a name or a new clause.
            if (view.Tokens[k].Kind == TokenKind.Punctuation || view.MentionAt(k) is not null)
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>One fact per pair of coordinated subjects of a symmetric relation, each pair once.</summary>
    private void AddPairs(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation, SubjectChoice choice, string? published, List<Fact> facts)
    {
        var sentence = view.Sentence;
        for (var a = 0; a < choice.Subjects.Count; a++)
        {
            for (var b = a + 1; b < choice.Subjects.Count; b++)
            {
                var (left, right) = (choice.Subjects[a], choice.Subjects[b]);
                if (left.EntityId == right.EntityId || !relation.AllowsSubject(left.Type) || !relation.AllowsObject(right.Type))
                {
                    continue;
                }
                var distance = Math.Max(Math.Abs(left.TokenStart - trigger.Start), Math.Abs(right.TokenStart - trigger.Start));
                facts.Add(new Fact(left.EntityId, relation.Name, right.EntityId, sentence.Text, sentence.Span,
                    Qualifiers(view, relation, left.EntityId, right.EntityId, published),
                    confidence.Score(view, trigger, choice.Source, distance, false)));
            }
        }
    }

    /// <summary>
    /// A person as the subject of a relation only states hold ("Kim a décidé d'envoyer"): the state they act for; a
    /// capital there ("Kiev, qui a reçu des chars") is its state.
    /// </summary>
    /// <summary>The state a subject body acts for, when the relation allows a state of that type as its subject.</summary>
    private string? BodyState(string subject, RelationTypeDefinition relation) =>
        lexicon.StateOf(subject) is { } state && lexicon.FindEntity(state) is { } known && relation.AllowsSubject(known.Type) ? state : null;

    private ResolvedMention ActingState(ResolvedMention subject, RelationTypeDefinition relation, SentenceView view, ResolutionResult resolution) =>
        lexicon.Kinds.Is(subject.Type, EntityKind.Person) && !relation.AllowsSubject(subject.Type) && relation.AllowsSubject(lexicon.Kinds.TypeOf(EntityKind.Country))
        && nationality.CountryOf(subject.EntityId, resolution, view.Document) is { } country
            ? subject with { EntityId = country, Type = lexicon.Kinds.TypeOf(EntityKind.Country) }
            : !relation.AllowsSubject(subject.Type) && relation.AllowsSubject(lexicon.Kinds.TypeOf(EntityKind.Country)) && lexicon.FindEntity(subject.EntityId)?.CapitalOf is { } state
                ? subject with { EntityId = state, Type = lexicon.Kinds.TypeOf(EntityKind.Country) }
                : subject;

    private ImmutableSortedDictionary<string, object> Qualifiers(SentenceView view, RelationTypeDefinition relation, string subject, string obj,
        string? published)
    {
        // Most facts have no qualifier: the builder is made only for one that does.
        ImmutableSortedDictionary<string, object>.Builder? properties = null;
        foreach (var qualifier in relation.Qualifiers)
        {
            object? value = qualifier.Kind == QualifierKind.Count ? Troops(view, qualifier.Cue) : qualifiers.Noun(view, qualifier.Cue);
            if (value is not null)
            {
                (properties ??= NewProperties())[qualifier.Name] = value;
            }
        }
        if (Date(view, published) is { } date)
        {
            (properties ??= NewProperties())["date"] = date;
        }
        if (qualifiers.MayClaim(view))
        {
            var claimers = qualifiers.ClaimedBy(view, subject, obj);
            if (claimers.Count == 1)
            {
                (properties ??= NewProperties())["claimedBy"] = claimers[0];
            }
            else if (claimers.Count > 1)
            {
                (properties ??= NewProperties())["claimedBy"] = claimers.ToArray();
            }
        }
        return properties?.ToImmutable() ?? NoProperties;
    }

    private static ImmutableSortedDictionary<string, object>.Builder NewProperties() =>
        ImmutableSortedDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);

    private static Dictionary<string, RelationTypeDefinition> ByName(ImmutableArray<RelationTypeDefinition> relations)
    {
        var byName = new Dictionary<string, RelationTypeDefinition>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            byName.TryAdd(relation.Name, relation);
            if (relation.Converse is { } converse)
            {
                byName.TryAdd(converse.Key, converse);
            }
        }
        return byName;
    }

    /// <summary>Fills <paramref name="hits"/> (one list reused for every sentence) with the sentence's triggers.</summary>
    private void Triggers(ArticleDocument document, int start, int end, WordClass[] classes, List<TriggerHit> hits)
    {
        hits.Clear();
        // An article's triggers come from its own language: English "met" is not French "met en garde".
        var languageTriggers = lexicon.TriggersFor(document.Language);
        for (var k = start; k < end; k++)
        {
            // A trigger inside a partial quote still reports the narrator's fact (L'accord "a été ratifié"); subjects are never taken from quotes.
            // No trigger starts inside a mention, nor at a word no trigger starts with.
            if ((classes[k] & (WordClass.Covered | WordClass.TriggerStart)) != WordClass.TriggerStart)
            {
                continue;
            }
            if (languageTriggers.MatchAt(document.Tokens, k, end) is { } match)
            {
                var firstHit = hits.Count;
                for (var i = 0; i < match.Values.Count; i++)
                {
                    var relation = match.Values[i];
                    if (!ContainsRelation(hits, firstHit, relation))
                    {
                        hits.Add(new TriggerHit(k, match.End, relation, ContinuesHit(document, hits, k, relation)));
                    }
                }
                k = match.End - 1;
            }
        }
    }

    // Words between two triggers of one relation that name one act ("sent 500 troops to", "a déployé des soldats en").
    private const int SameActGap = 3;

    /// <summary>
    /// "sent troops to X", "deployed soldiers in X": a trigger of the relation just after another of it, with only a
    /// few words and no punctuation between, names the same act; the first one reads it.
    /// </summary>
    private static bool ContinuesHit(ArticleDocument document, List<TriggerHit> hits, int start, string relation)
    {
        for (var i = hits.Count - 1; i >= 0 && hits[i].End >= start - SameActGap; i--)
        {
            if (hits[i].Relation != relation)
            {
                continue;
            }
            for (var k = hits[i].End; k < start; k++)
            {
                if (document.Tokens[k].Kind == TokenKind.Punctuation)
                {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static bool ContainsRelation(List<TriggerHit> hits, int from, string relation)
    {
        for (var i = from; i < hits.Count; i++)
        {
            if (hits[i].Relation == relation)
            {
                return true;
            }
        }
        return false;
    }

    // The sentence-wide qualifiers, remembered in the view: a sentence may hold several facts.
    private long? Troops(SentenceView view, string cue)
    {
        if (view.Troops is not { } memo || memo.Cue != cue)
        {
            view.Troops = memo = (cue, qualifiers.Troops(view, cue));
        }
        return memo.Count;
    }

    private string? Date(SentenceView view, string? published)
    {
        if (view.Date is not { } memo || memo.Published != published)
        {
            view.Date = memo = (published, qualifiers.Date(view, published));
        }
        return memo.Date;
    }

    private bool HasCue(SentenceView view, string cue) => view.CueMatches(cue, lexicon.Cue(cue), wordClasses.CueStart(cue)).Count > 0;

    /// <summary>A negation or a hypothetical/future cue just before the trigger, or the trigger itself being one.</summary>
    private (string Reason, string Word)? Blocking(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation)
    {
        if (hypothetical.MatchWord(view.Tokens[trigger.Start]) is not null)
        {
            return ("hypothetical", view.Tokens[trigger.Start].Text);
        }
        if (!relation.FutureCounts && future.MatchWord(view.Tokens[trigger.Start]) is not null)
        {
            return ("future", view.Tokens[trigger.Start].Text);
        }
        if (IsNounUse(view, trigger))
        {
            return ("a noun here, not a verb", view.Tokens[trigger.Start].Text);
        }
        if (blockers.Find(view, trigger, relation) is { } blocker)
        {
            return ("blocked by the relation's blockers", blocker);
        }
        var windowStart = Math.Max(view.Start, WindowStart(view, trigger));
        for (var k = trigger.Start - 1; k >= windowStart; k--)
        {
            var token = view.Tokens[k];
            if (token.Kind == TokenKind.Punctuation && token.Text is "," or ";" or ":" or "«" or "»")
            {
                break;
            }
            if (view.Is(k, WordClass.Negation))
            {
                return ("negated", token.Text);
            }
            if (view.Is(k, WordClass.HypotheticalStart) && hypothetical.MatchAt(view.Tokens, k, trigger.Start) is not null && !relation.ObjectIsStatement
                && !IsFactualConditional(view, k, trigger) && !(relation.FutureCounts && IsFutureOfPast(view, k)))
            {
                return ("hypothetical", token.Text);
            }
            if (view.Is(k, WordClass.FutureStart) && future.MatchAt(view.Tokens, k, trigger.Start) is not null && !relation.ObjectIsStatement && !relation.FutureCounts)
            {
                return ("future", token.Text);
            }
        }
        return null;
    }

    /// <summary>"X announced that troops would move": a future-of-the-past modal inside a reported clause.</summary>
    private static bool IsFutureOfPast(SentenceView view, int k)
    {
        var language = view.Document.Language;
        if (!view.Grammar.Is(GrammarDefinition.FutureOfPast, language, view.Tokens[k].Folded))
        {
            return false;
        }
        for (var j = k - 1; j >= view.Start; j--)
        {
            if (view.Grammar.Is(GrammarDefinition.ReportComplementizers, language, view.Tokens[j].Folded))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where the words that may block a trigger begin: <see cref="CueWindow"/> words back, or as far back from the
    /// trigger's light verb ("l'intention d'imposer de nouvelles sanctions contre", "threatened to impose new sanctions on").
    /// </summary>
    private int WindowStart(SentenceView view, TriggerHit trigger)
    {
        for (var k = trigger.Start - 1; k >= Math.Max(view.Start, trigger.Start - CueWindow); k--)
        {
            if (view.Tokens[k].Kind == TokenKind.Punctuation)
            {
                break;
            }
            if (supportVerbs.MatchWord(view.Tokens[k]) is not null)
            {
                return k - CueWindow;
            }
        }
        return trigger.Start - CueWindow;
    }

    /// <summary>
    /// "Si X est venu à Rome ..., c'est ...": a conditional word of factual_conditionals before a compound past whose
    /// auxiliary is in the present (present_auxiliaries) states what happened, not a hypothesis.
    /// </summary>
    private bool IsFactualConditional(SentenceView view, int conditional, TriggerHit trigger)
    {
        if (factualConditionals.MatchWord(view.Tokens[conditional]) is null)
        {
            return false;
        }
        if (presentAuxiliaries.MatchWord(view.Tokens[trigger.Start]) is not null && trigger.End - trigger.Start > 1)
        {
            return true; // the trigger carries its auxiliary ("est venu à")
        }
        var k = trigger.Start - 1;
        while (k > conditional && view.Is(k, WordClass.Adverb))
        {
            k--;
        }
        return k > conditional && presentAuxiliaries.MatchWord(view.Tokens[k]) is not null;
    }

    /// <summary>
    /// "earlier Western reports of troops", "the claims": an English -s form after a determiner or an adjective
    /// is a plural noun, which states nothing by itself.
    /// </summary>
    private static bool IsNounUse(SentenceView view, TriggerHit trigger)
    {
        var word = view.Tokens[trigger.Start].Folded;
        var language = view.Document.Language;
        if (trigger.End - trigger.Start != 1 || !view.Grammar.EndsWith(GrammarDefinition.PluralEndings, language, word) || trigger.Start == view.Start)
        {
            return false;
        }
        var before = view.Tokens[trigger.Start - 1];
        if (view.MentionAt(trigger.Start - 1) is not null || !before.IsWord)
        {
            return false;
        }
        return view.Grammar.Is(GrammarDefinition.NounDeterminers, language, before.Folded)
            || before.IsCapitalized && trigger.Start - 1 > view.Start && view.Grammar.EndsWith(GrammarDefinition.PlaceAdjectiveEndings, language, before.Folded);
    }

    private bool IsFuture(SentenceView view, TriggerHit trigger)
    {
        for (var k = trigger.Start; k >= Math.Max(view.Start, trigger.Start - CueWindow); k--)
        {
            if (view.Is(k, WordClass.FutureStart) && future.MatchAt(view.Tokens, k, trigger.End) is not null)
            {
                return true;
            }
        }
        return false;
    }

    // Words between the subject that opens the sentence and the colon: a short clause ("X supported him:").
    private const int ColonClauseWords = 6;

    /// <summary>The first colon of tokens [start, end) that a quotation follows right away, or -1.</summary>
    private static int ColonBeforeQuote(ArticleDocument document, int start, int end)
    {
        for (var k = start + 1; k + 1 < end; k++)
        {
            if (document.Tokens[k].Text == ":" && !document.IsQuoted(k) && (document.IsQuoted(k + 1) || k + 2 < end && document.IsQuoted(k + 2)))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>
    /// "X backed him: « ... »", "Y was blunt: “...”": a quotation glued by a colon to a short clause whose subject
    /// opens the sentence is that subject's statement, when the sentence has not already attributed one to it.
    /// </summary>
    private Fact? ColonAttribution(SentenceView view, List<Fact> facts, int sentenceFacts)
    {
        var colon = ColonBeforeQuote(view.Document, view.Start, view.End);
        if (colon < 0 || statement is null || view.Mentions.Length == 0)
        {
            return null;
        }
        var subject = view.Mentions[0];
        var k = subject.TokenStart - 1;
        while (k >= view.Start && view.Is(k, WordClass.Determiner | WordClass.TitleWord | WordClass.PersonTitleStart | WordClass.DemonymStart))
        {
            k--;
        }
        if (k >= view.Start || view.Document.IsQuoted(subject.TokenStart) || SubjectFinder.IsPossessor(view, subject) || !statement.AllowsSubject(subject.Type)
            || colon - subject.TokenEnd > ColonClauseWords || colon <= subject.TokenEnd)
        {
            return null;
        }
        for (var f = sentenceFacts; f < facts.Count; f++)
        {
            if (facts[f].Type == statement.Name)
            {
                return null; // the sentence's own speech verb said who spoke
            }
        }
        for (var j = subject.TokenEnd; j < colon; j++)
        {
            if (view.Tokens[j].Kind == TokenKind.Punctuation || view.MentionAt(j) is not null)
            {
                return null;
            }
        }
        var hit = new TriggerHit(colon, colon + 1, statement.Name);
        return new Fact(subject.EntityId, statement.Name, null, view.Sentence.Text, view.Sentence.Span, NoProperties,
            confidence.Score(view, hit, SubjectSource.Clause, colon - subject.TokenStart), StatementOf(view, subject.EntityId));
    }

    /// <summary>
    /// "– Hong Min, Institut ..." under a quotation: the person said the preceding sentence, as the relation that
    /// declares <c>dash_attribution</c> (STATED) reads it.
    /// </summary>
    private Fact? DashAttribution(SentenceView view)
    {
        if (view.End - view.Start < 2 || view.Tokens[view.Start].Text is not ("–" or "—") || view.Index == 0)
        {
            return null;
        }
        ResolvedMention? speaker = null;
        foreach (var mention in view.Mentions)
        {
            if (mention.TokenStart == view.Start + 1)
            {
                speaker = mention;
                break;
            }
        }
        var stated = dashAttribution;
        if (speaker is null || stated is null || !stated.AllowsSubject(speaker.Type))
        {
            return null;
        }
        var quote = view.Document.Sentences[view.Index - 1];
        var statement = new Statement(quote.Text, quote.Span, []);
        return new Fact(speaker.EntityId, stated.Name, null, view.Sentence.Text, view.Sentence.Span,
            ImmutableSortedDictionary<string, object>.Empty, 0.85, statement);
    }

    private static Statement StatementOf(SentenceView view, string speaker)
    {
        var about = About(view, speaker);
        return QuotedStatement(view, about)
            ?? new Statement(view.Document.Text[view.Sentence.Span.Start..view.Sentence.Span.End], view.Sentence.Span, about);
    }

    /// <summary>The sentence's entities other than the speaker, each once, in order of first mention.</summary>
    private static ImmutableArray<string> About(SentenceView view, string speaker)
    {
        var mentions = view.Mentions;
        var count = 0;
        for (var i = 0; i < mentions.Length; i++)
        {
            if (IsNewOther(mentions, i, speaker))
            {
                count++;
            }
        }
        // Counted first so the array is made at its final size and handed over without a copy.
        var about = new string[count];
        count = 0;
        for (var i = 0; i < mentions.Length; i++)
        {
            if (IsNewOther(mentions, i, speaker))
            {
                about[count++] = mentions[i].EntityId;
            }
        }
        return ImmutableCollectionsMarshal.AsImmutableArray(about);
    }

    /// <summary>Whether mention <paramref name="i"/> names an entity other than the speaker that no earlier mention named.</summary>
    private static bool IsNewOther(ImmutableArray<ResolvedMention> mentions, int i, string speaker)
    {
        var id = mentions[i].EntityId;
        if (id == speaker)
        {
            return false;
        }
        for (var j = 0; j < i; j++)
        {
            if (mentions[j].EntityId == id)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The sentence's quoted words: one run, or several runs joined by an elision mark, so that the narration
    /// between two quotes (« A », a-t-il dit, « B ») is not put in the speaker's mouth. The span covers them all.
    /// </summary>
    private static Statement? QuotedStatement(SentenceView view, ImmutableArray<string> about)
    {
        var text = view.Document.Text;
        StringBuilder? joined = null;
        int first = -1, runStart = -1, runEnd = -1;
        for (var k = view.Start; k <= view.End; k++)
        {
            var inQuote = k < view.End && view.Document.IsQuoted(k) && view.Tokens[k].Kind != TokenKind.Punctuation;
            if (inQuote && runStart < 0)
            {
                runStart = k;
                first = first < 0 ? k : first;
            }
            if (inQuote)
            {
                runEnd = k;
                continue;
            }
            // A quoted run goes on across its own punctuation ("A, B") and ends at the first unquoted word.
            if (runStart >= 0 && (k == view.End || !view.Document.IsQuoted(k)))
            {
                (joined ??= new StringBuilder()).Append(joined.Length > 0 ? " […] " : "")
                    .Append(text, view.Tokens[runStart].Start, view.Tokens[runEnd].End - view.Tokens[runStart].Start);
                runStart = -1;
            }
        }
        if (joined is null)
        {
            return null;
        }
        var span = new TextSpan(view.Tokens[first].Start, view.Tokens[runEnd].End);
        return new Statement(joined.ToString(), span, about);
    }

    private static string Word(SentenceView view, TriggerHit trigger) =>
        view.Document.Text[view.Tokens[trigger.Start].Start..view.Tokens[trigger.End - 1].End];

    /// <summary>
    /// One fact per (subject, relation, object, sentence): two triggers in a sentence say it once. Keeps the
    /// first fact of highest confidence, in order of each key's first fact.
    /// </summary>
    /// <remarks>
    /// Facts come sentence by sentence, so a duplicate can only be among the kept facts of the same sentence, which
    /// are the last ones kept: a short backward scan instead of a dictionary keyed by four fields.
    /// </remarks>
    private List<Fact> Deduplicate(List<Fact> facts)
    {
        var result = new List<Fact>(facts.Count);
        foreach (var fact in facts)
        {
            var slot = SameFact(result, fact);
            if (slot < 0)
            {
                result.Add(fact);
            }
            else if (fact.Confidence > result[slot].Confidence)
            {
                result[slot] = fact;
            }
        }
        return result;
    }

    private int SameFact(List<Fact> kept, Fact fact)
    {
        for (var i = kept.Count - 1; i >= 0 && kept[i].SentenceSpan == fact.SentenceSpan; i--)
        {
            if (kept[i].Type == fact.Type && (kept[i].Subject == fact.Subject && kept[i].Object == fact.Object
                || kept[i].Subject == fact.Object && kept[i].Object == fact.Subject && symmetric.Contains(fact.Type)))
            {
                return i;
            }
        }
        return -1;
    }
}
