using System.Collections.Frozen;
using System.Collections.Immutable;
using Graph.Core;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Mentions;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Within-article resolution: one entity per referent. Known names resolve to the ontology; roles to the person
/// the article introduced with that role, else to the ontology's holder of the role; lone surnames to the
/// person named in full; capitals acting or speaking to their country; treaty nouns to the article's treaty.
/// </summary>
internal sealed class EntityResolver(DomainLexicon lexicon)
{
    private readonly CapitalUsage capitals = new(lexicon);
    private readonly PhraseMatcher<bool> personTitles = lexicon.Cue(OntologyCues.PersonTitles);
    private readonly PhraseMatcher<bool> aliasMarkers = lexicon.Cue(OntologyCues.AliasMarkers);
    private readonly LanguageCue lonePlacePrepositions = new(lexicon.Ontology.Cues[OntologyCues.LonePlacePrepositions]);
    private readonly ListedNameType listedNames = new(lexicon);
    private readonly LoneObjectType loneObjects = new(lexicon);

    // The known treaties a generic treaty noun may mean, found once rather than per article.
    private readonly KnownEntity[] partyTreaties = [.. lexicon.Ontology.Entities.Where(e => lexicon.Kinds.Is(e.Type, EntityKind.Agreement) && e.Parties.Length > 0)];

    private readonly KnownNameParts knownNameParts = new(lexicon.Ontology);

    private readonly TransliterationKey keys = new(lexicon.Ontology.Transliteration);

    // Known people's and organisations' names by type and key: a new name with one of these keys is that entity.
    // A key two entities share is null: two people the ontology lists apart are never merged.
    private readonly FrozenDictionary<(string Type, string Key), string?> knownByKey = KnownByKey(lexicon.Ontology);

    // Resolved entities are immutable records: one per known entity serves every mention of every article.
    private readonly FrozenDictionary<string, ResolvedEntity> knownEntities = lexicon.Ontology.Entities
        .DistinctBy(e => e.Id, StringComparer.Ordinal)
        .ToFrozenDictionary(e => e.Id, e => new ResolvedEntity(e.Id, e.Name, e.Type, e.Wikidata, true), StringComparer.Ordinal);

    public ResolutionResult Resolve(ArticleDocument document, ImmutableArray<RawMention> raw)
    {
        var state = new ResolutionState(document, knownNameParts, lexicon.Kinds, raw.Length);
        // Only capitals ask for their neighbours, and articles name few: a scan, not two dictionaries per article.
        bool GovernmentLike(RawMention m) => m.Kind == MentionKind.Capital || lexicon.Kinds.Is(m.Type, EntityKind.Country) || m.EntityId is { } id && lexicon.Kinds.Is(lexicon.FindEntity(id)?.Type, EntityKind.Country);
        bool StartsGovernmentLike(int token) => StartingAt(raw, token) is { } m && GovernmentLike(m);
        bool EndsGovernmentLike(int token) => EndingAt(raw, token) is { } m && GovernmentLike(m);

        List<RawMention>? newTreaties = null;

        // Pass 1: everything that names its referent by itself.
        foreach (var mention in raw)
        {
            switch (mention.Kind)
            {
                case MentionKind.KnownName:
                    state.Add(mention, Known(mention.EntityId!));
                    break;
                case MentionKind.Capital:
                    var city = lexicon.FindEntity(mention.EntityId!)!;
                    state.Add(mention, Known(capitals.IsGovernment(document, mention.TokenStart, mention.TokenEnd, StartsGovernmentLike, EndsGovernmentLike) ? city.CapitalOf! : city.Id));
                    break;
                case MentionKind.Institution:
                case MentionKind.Accession:
                    state.Add(mention, lexicon.FindEntity(mention.EntityId!) is not null
                        ? Known(mention.EntityId!)
                        : new ResolvedEntity(mention.EntityId!, mention.Name!, mention.Type!, null, false));
                    break;
                case MentionKind.NewName when lexicon.Kinds.Is(mention.Type, EntityKind.Agreement):
                    // A treaty's own title may still be the known treaty whose parties are named around it.
                    (newTreaties ??= []).Add(mention);
                    break;
                case MentionKind.NewName when lexicon.Kinds.Is(mention.Type, EntityKind.Person) && AliasedPerson(state, mention) is { } aliased:
                    state.Add(mention, aliased);
                    break;
                case MentionKind.NewName:
                    AddNew(state, mention, mention.Type!);
                    break;
            }
        }

        // Pass 2: roles bound by apposition ("le président russe Vladimir Poutine") then lone roles.
        // (Plain loops over the raw mentions, not LINQ filters: each of these passes ran for every article.)
        Dictionary<string, string>? bindings = null;
        foreach (var mention in raw)
        {
            if (mention.Kind == MentionKind.Role && state.PersonStartingAt(mention.TokenEnd) is { } person)
            {
                (bindings ??= new Dictionary<string, string>(StringComparer.Ordinal))[RoleKey(document, mention)] = person;
            }
        }
        foreach (var mention in raw)
        {
            if (mention.Kind != MentionKind.Role)
            {
                continue;
            }
            // Role keys are built only when some role is bound: most articles bind none.
            var id = (bindings is not null ? bindings.GetValueOrDefault(RoleKey(document, mention)) : null) ?? mention.EntityId!;
            state.Add(mention, state.Entity(id) ?? Known(id));
        }

        // Pass 3: lone surnames, then treaty nouns, which need the article's full cast.
        var firstTreatyNoun = int.MaxValue;
        foreach (var mention in raw)
        {
            if (mention.Kind == MentionKind.TreatyNoun)
            {
                firstTreatyNoun = Math.Min(firstTreatyNoun, mention.TokenStart);
            }
            if (mention.Kind != MentionKind.NamePart)
            {
                continue;
            }
            if (state.PersonWithNamePart(FoldedName(document, mention)) is { } person)
            {
                state.Add(mention, person);
            }
            else if (HasHonorific(document, mention.TokenStart) || HasTitleBefore(document, mention.TokenStart) || SpeaksFirst(document, mention))
            {
                AddNew(state, mention, lexicon.Kinds.TypeOf(EntityKind.Person));
            }
            else if (AfterPlacePreposition(document, mention.TokenStart))
            {
                // "sur une base militaire en Alaska", "the talks in Woodside": a lone name where a place goes is a place.
                AddNew(state, mention, lexicon.Kinds.TypeOf(EntityKind.Location));
            }
            else if (!loneObjects.IsEmpty && loneObjects.Of(document, mention) is { } objectType)
            {
                AddNew(state, mention, objectType);
            }
            else if (!listedNames.IsEmpty && listedNames.Of(state, mention) is { } listedType)
            {
                AddNew(state, mention, listedType);
            }
        }
        var hasTreatyNoun = firstTreatyNoun != int.MaxValue;
        if (newTreaties is null && !hasTreatyNoun)
        {
            return state.Result();
        }
        var treaties = new ArticleTreatyFinder(lexicon, partyTreaties);
        foreach (var mention in newTreaties ?? [])
        {
            var near = treaties.FindNear(state, document.SentenceOf(mention.TokenStart));
            state.Add(mention, near ?? new ResolvedEntity(Slug.Of(mention.Name!), mention.Name!, lexicon.Kinds.TypeOf(EntityKind.Agreement), null, false));
        }
        // The article's treaty is decided before any treaty noun is resolved, and only if there is one to resolve.
        var articleTreaty = hasTreatyNoun ? treaties.Find(state, document.SentenceOf(firstTreatyNoun)) : null;
        foreach (var mention in raw)
        {
            if (mention.Kind == MentionKind.TreatyNoun && (treaties.FindNear(state, document.SentenceOf(mention.TokenStart)) ?? articleTreaty) is { } treaty)
            {
                state.Add(mention, treaty);
            }
        }
        return state.Result();
    }

    /// <summary>
    /// "X (…), born Y, is": the person named last before an <c>alias_markers</c> phrase that ends where the mention
    /// starts, in the same sentence; null when there is no such phrase or person.
    /// </summary>
    private ResolvedEntity? AliasedPerson(ResolutionState state, RawMention mention)
    {
        const int LongestMarker = 4;
        var document = state.Document;
        var tokens = document.Tokens;
        var sentence = document.SentenceOf(mention.TokenStart);
        var markerStart = -1;
        for (var k = mention.TokenStart - 1; k >= Math.Max(0, mention.TokenStart - LongestMarker) && document.SentenceOf(k) == sentence; k--)
        {
            if (aliasMarkers.MatchAt(tokens, k, mention.TokenStart) is { End: var end } && end == mention.TokenStart)
            {
                markerStart = k;
            }
        }
        if (markerStart < 0)
        {
            return null;
        }
        ResolvedMention? before = null;
        foreach (var m in state.Mentions)
        {
            if (lexicon.Kinds.Is(m.Type, EntityKind.Person) && m.Sentence == sentence && m.TokenEnd <= markerStart && (before is null || m.TokenStart > before.TokenStart))
            {
                before = m;
            }
        }
        return before is null ? null : state.Entity(before.EntityId);
    }

    private static RawMention? StartingAt(ImmutableArray<RawMention> raw, int token)
    {
        foreach (var mention in raw)
        {
            if (mention.TokenStart == token)
            {
                return mention;
            }
        }
        return null;
    }

    private static RawMention? EndingAt(ImmutableArray<RawMention> raw, int token)
    {
        foreach (var mention in raw)
        {
            if (mention.TokenEnd == token)
            {
                return mention;
            }
        }
        return null;
    }

    private ResolvedEntity Known(string id) => knownEntities[id];

    /// <summary>
    /// A name the cues read as <paramref name="type"/>: see <see cref="NewEntity"/>. When it comes out as a known
    /// entity's own id under another type ("M. X" reading a known organisation as a person), the ontology's entry
    /// wins and the other reading is reported.
    /// </summary>
    private void AddNew(ResolutionState state, RawMention mention, string type)
    {
        var (entity, knownWithItsId) = NewEntity(mention.Name!, type);
        if (knownWithItsId is not null)
        {
            state.Add(mention, knownWithItsId, readAs: type);
            return;
        }

        state.Add(mention, entity);
    }

    /// <summary>
    /// What a name the ontology does not list resolves to (see <see cref="Identify"/>), and the known entity that has
    /// its id under another type, if any.
    /// </summary>
    private NewName NewEntity(string name, string type)
    {
        if (newNames.TryGetValue(name, out var cached) && cached.Entity.Type == type)
        {
            return cached;
        }
        var entity = Identify(name, type);
        var knownWithItsId = !entity.Known && knownEntities.GetValueOrDefault(entity.Id) is { } known ? known : null;
        return newNames.Add(name, new NewName(entity, knownWithItsId));
    }

    private sealed record NewName(ResolvedEntity Entity, ResolvedEntity? KnownWithItsId);

    // A new name recurs in the article and in the next ones: what it resolves to (through its transliteration key, the
    // known names' keys and its canonical form) is kept, by name, up to a bound. A name read as two types keeps its first.
    private const int MaxNewNamesCached = 20_000;
    private readonly BoundedCache<NewName> newNames = new(MaxNewNamesCached);

    /// <summary>
    /// A name the ontology does not list: the known entity whose name has its key ("Zelenskiy"), else a new entity
    /// named and identified by the key's form, the same in every article and language ("Iouri Ouchakov" is Yuri Ushakov).
    /// </summary>
    private ResolvedEntity Identify(string name, string type)
    {
        if (keys.IsEmpty)
        {
            return new ResolvedEntity(Slug.Of(name), name, type, null, false);
        }
        if (knownByKey.GetValueOrDefault((type, keys.MatchKey(name))) is { } known)
        {
            return Known(known);
        }
        var canonical = keys.CanonicalName(name);
        return new ResolvedEntity(Slug.Of(canonical), canonical, type, null, false);
    }

    private static FrozenDictionary<(string Type, string Key), string?> KnownByKey(OntologyDefinition ontology)
    {
        var keys = new TransliterationKey(ontology.Transliteration);
        var byKey = new Dictionary<(string Type, string Key), string?>();
        if (keys.IsEmpty)
        {
            return byKey.ToFrozenDictionary();
        }
        foreach (var entity in ontology.Entities.Where(e => ontology.Kinds.KindOf(e.Type) is EntityKind.Person or EntityKind.Organization))
        {
            foreach (var name in entity.Aliases.All.Append(entity.Name))
            {
                var key = (entity.Type, keys.MatchKey(name));
                byKey[key] = byKey.TryGetValue(key, out var other) && other != entity.Id ? null : entity.Id;
            }
        }
        return byKey.ToFrozenDictionary();
    }

    /// <summary>
    /// The folded form of a lone name part: its word's, already folded by the tokenizer, when the name is the
    /// mention's first word (not so after an honorific, "M. Kim").
    /// </summary>
    private static string FoldedName(ArticleDocument document, RawMention mention)
    {
        var first = document.Tokens[mention.TokenStart];
        return first.IsWord && string.Equals(first.Text, mention.Name, StringComparison.Ordinal) ? first.Folded : TextFolding.Fold(mention.Name!);
    }

    private static string RoleKey(ArticleDocument document, RawMention mention) =>
        PhraseKey.Of(document.Tokens.Skip(mention.TokenStart).Take(mention.Length));

    /// <summary>"le général Burkhard", "Chancellor Merz": a title right before a lone surname makes it a person.</summary>
    private bool HasTitleBefore(ArticleDocument document, int start)
    {
        var titles = personTitles;
        for (var k = Math.Max(0, start - 3); k < start; k++)
        {
            if (titles.MatchAt(document.Tokens, k, start) is { End: var end } && end == start && document.SentenceOf(k) == document.SentenceOf(start))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "Pistorius a annoncé", "Nebenzia said": a lone capitalised word opening a clause as the subject of a speech
    /// verb is someone speaking. (Places and institutions that speak are known names or carry a head word.)
    /// </summary>
    private bool SpeaksFirst(ArticleDocument document, RawMention mention)
    {
        var tokens = document.Tokens;
        var sentence = document.SentenceOf(mention.TokenStart);
        var (start, _) = document.SentenceTokens[sentence];
        var opensClause = mention.TokenStart == start || tokens[mention.TokenStart - 1].Kind == TokenKind.Punctuation;
        if (!opensClause)
        {
            return false;
        }
        var k = mention.TokenEnd;
        if (k < tokens.Length && lexicon.Grammar.SpeechAuxiliaries.Contains(tokens[k].Folded))
        {
            k++;
        }
        while (k < tokens.Length && lexicon.Grammar.SpeechAdverbs.Contains(tokens[k].Folded))
        {
            k++;
        }
        return k < tokens.Length && document.SentenceOf(k) == sentence
            && lexicon.IsSpeech(lexicon.Triggers.MatchAt(tokens, k));
    }

    private readonly FrozenSet<string> honorifics = HonorificWords.Of(lexicon.Ontology);

    /// <summary>A lone_place_prepositions word right before the name (in the article's language).</summary>
    private bool AfterPlacePreposition(ArticleDocument document, int start) =>
        start > 0 && document.SentenceOf(start - 1) == document.SentenceOf(start)
        && lonePlacePrepositions.For(document.Language).MatchWord(document.Tokens[start - 1]) is not null;

    /// <summary>"M. Kim": an honorific right before the name part, or opening its mention ("Mgr Gallagher" read whole).</summary>
    private bool HasHonorific(ArticleDocument document, int start)
    {
        if (honorifics.Contains(document.Tokens[start].Folded))
        {
            return true;
        }
        var k = start - 1;
        if (k >= 0 && document.Tokens[k].Text == ".")
        {
            k--;
        }
        return k >= 0 && honorifics.Contains(document.Tokens[k].Folded);
    }
}
