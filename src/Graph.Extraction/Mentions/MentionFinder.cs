using System.Collections.Immutable;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Finds candidate mentions sentence by sentence: ontology names, roles and treaty nouns from the lexicon, and
/// new names from capitalisation typed by the ontology's cues. At each token the longest candidate wins.
/// </summary>
internal sealed class MentionFinder(DomainLexicon lexicon)
{
    private readonly NewNameRecognizer newNames = new(lexicon);
    private readonly InstitutionFinder institutions = new(lexicon);
    private readonly AccessionFinder accessions = new(lexicon);
    private readonly CountryReader countries = new(lexicon);
    private readonly PhraseMatcher<bool> treatyNouns = lexicon.Cue(OntologyCues.TreatyNouns);
    private readonly PhraseMatcher<bool> portfolios = lexicon.Cue(OntologyCues.Portfolios);
    private readonly PhraseMatcher<bool> personTitles = lexicon.Cue(OntologyCues.PersonTitles);
    private readonly PhraseMatcher<bool> nameConnectors = lexicon.Cue(OntologyCues.NameConnectors);
    // Per language: French "à" folds to "a", which is English's article ("according to a White House official").
    private readonly LanguageCue placePrepositions = new(lexicon.Ontology.Cues[OntologyCues.PlacePrepositions]);
    private readonly PhraseStarts phraseStarts = PhraseStartsOf(lexicon);

    // Reused by each thread's articles: growing a fresh builder per article threw away several arrays each time.
    [ThreadStatic]
    private static ImmutableArray<RawMention>.Builder? reusedMentions;

    [ThreadStatic]
    private static PhraseStart[]? reusedWords;

    // The document (and lexicon) the thread's words flags were last computed for: resolution, which runs next on
    // the same thread, reads them rather than looking words up again.
    [ThreadStatic]
    private static (ArticleDocument Document, DomainLexicon Lexicon)? wordsOf;

    /// <summary>
    /// The <see cref="PhraseStarts"/> of each token of <paramref name="document"/> if this thread's last
    /// <see cref="Find"/> read it with <paramref name="lexicon"/>; else null. Valid until the thread's next Find.
    /// </summary>
    public static PhraseStart[]? WordsOf(ArticleDocument document, DomainLexicon lexicon) =>
        wordsOf is var (last, lastLexicon) && ReferenceEquals(last, document) && ReferenceEquals(lastLexicon, lexicon) ? reusedWords : null;

    public ImmutableArray<RawMention> Find(ArticleDocument document, CancellationToken cancellationToken = default)
    {
        var mentions = reusedMentions ??= ImmutableArray.CreateBuilder<RawMention>();
        mentions.Clear();
        wordsOf = null;
        var words = phraseStarts.Of(document.Tokens, ref reusedWords);
        wordsOf = (document, lexicon);
        for (var s = 0; s < document.Sentences.Length; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end) = document.SentenceTokens[s];
            if (IsFurniture(document, start, end))
            {
                continue;
            }
            var i = Datelines.SkipDateline(document.Tokens, start, end);
            while (i < end)
            {
                var best = Best(document, words, i, start, end);
                if (best is null)
                {
                    i++;
                    continue;
                }
                if (best.Kind == MentionKind.Thing)
                {
                    i = best.TokenEnd;
                    continue;
                }
                if (best.Kind == MentionKind.TreatyNoun)
                {
                    best = WithModifiers(document, mentions, best, start, end);
                }
                if (!IsSeatOfPrecedingOrganization(document, mentions, best) && !IsPhotoCredit(document, best))
                {
                    mentions.Add(WithOrdinal(document, best, mentions.Count > 0 ? mentions[^1].TokenEnd : start));
                }
                i = best.TokenEnd;
            }
        }
        BracketedRestatement.DropRestated(mentions, document.Tokens, lexicon);
        var found = mentions.ToImmutable();
        mentions.Clear();
        return found;
    }

    // Most words a treaty noun's modifiers span ("a 100-year partnership agreement").
    private const int MaxTreatyModifiers = 5;

    /// <summary>
    /// A treaty noun with the modifiers that say which treaty it is: the lowercase words and numbers between it and
    /// a function word before it ("a 100-year partnership agreement", "the landmark century-long pact"), and one
    /// lowercase noun after a name connector ("un accord de paix", "a pact of friendship"). A treaty noun right
    /// before it joins it ("partnership agreement"). Words before it that no function word opens stay out:
    /// "Ukraine signed agreements" keeps "agreements".
    /// </summary>
    private RawMention WithModifiers(ArticleDocument document, ImmutableArray<RawMention>.Builder mentions, RawMention treaty, int sentenceStart, int sentenceEnd)
    {
        var tokens = document.Tokens;
        var start = treaty.TokenStart;
        var floor = sentenceStart;
        if (mentions.Count > 0 && mentions[^1].TokenEnd > floor)
        {
            floor = mentions[^1].TokenEnd;
        }
        var k = start;
        while (k > floor && start - k < MaxTreatyModifiers && IsModifier(tokens[k - 1]))
        {
            k--;
        }
        // An adjacent treaty noun before the modifiers ("partnership" of "partnership agreement") is merged into this one.
        var merged = false;
        if (mentions.Count > 0 && mentions[^1] is { Kind: MentionKind.TreatyNoun } previous && previous.TokenEnd == k && k > sentenceStart)
        {
            k = previous.TokenStart;
            merged = true;
        }
        if (k < start && k > sentenceStart && tokens[k - 1].IsWord && lexicon.FunctionWords.Contains(tokens[k - 1].Folded))
        {
            if (merged)
            {
                mentions.RemoveAt(mentions.Count - 1);
            }
            start = k;
        }
        var end = treaty.TokenEnd;
        if (nameConnectors.MatchAt(tokens, end, sentenceEnd) is { } connector && connector.End < sentenceEnd && IsModifier(tokens[connector.End])
            && tokens[connector.End].IsWord)
        {
            end = connector.End + 1;
        }
        return start == treaty.TokenStart && end == treaty.TokenEnd ? treaty : treaty with { TokenStart = start, TokenEnd = end };
    }

    /// <summary>A word that may modify a treaty noun: lowercase and no function word, a number, or a hyphen inside a compound.</summary>
    private bool IsModifier(Token token) =>
        token.Kind is TokenKind.Number or TokenKind.Joiner
        || token.IsWord && !token.IsCapitalized && !lexicon.FunctionWords.Contains(token.Folded);

    /// <param name="words">The <see cref="PhraseStarts"/> of each token of the document.</param>
    private RawMention? Best(ArticleDocument document, PhraseStart[] words, int i, int sentenceStart, int sentenceEnd)
    {
        var tokens = document.Tokens;
        // Most tokens are lowercase words that start no phrase: only a capital or a phrase start can begin a mention.
        // A capitalised word that starts no phrase ("Tusk", "Mais") can only begin a new name.
        var starts = words[i] & PhraseStart.Lists;
        if (starts == PhraseStart.None && !tokens[i].IsCapitalized && !newNames.HasLowerCaseHeads)
        {
            return null;
        }
        var known = (starts & PhraseStart.Name) != 0 ? KnownName(tokens, i, sentenceEnd, document.Language) : null;
        if (known is not null && (words[i] & PhraseStart.PortfolioStart) != 0 && IsPortfolioOfTitle(tokens, words, known, sentenceStart, sentenceEnd))
        {
            known = null;
        }
        var best = known;
        var fresh = newNames.Recognize(document, words, i, sentenceStart, sentenceEnd);
        // "Ambassador to Russia John Sullivan": a known place then a first name is the place, and the person after it.
        if (known is not null && fresh is { Kind: MentionKind.NewName } && fresh.TokenEnd > known.TokenEnd && IsPlace(known)
            && FirstNames.Contains(tokens[known.TokenEnd].Text))
        {
            fresh = null;
        }
        // "President Volodymr Zelensky": a word that spells a known person's first name differently is part of their name.
        if (fresh is { Kind: MentionKind.NamePart } && VariantFirstNameOf(tokens, words, i, sentenceEnd) is { } person)
        {
            return person;
        }
        // "TASS News Agency": a known body followed only by generic head words is still that body.
        best = Longer(best, known is not null && fresh is not null && OnlyHeadWordsAfter(words, known, fresh.TokenEnd) ? known with { TokenEnd = fresh.TokenEnd }
            : fresh is not null && KnownBodyAtEnd(tokens, words, fresh, document.Language) is { } described ? described
            : known is not null && fresh is not null && OnlyLowercaseAfter(tokens, words, known, fresh.TokenEnd) ? null
            : fresh);
        if ((starts & ~PhraseStart.Honorific) != 0 && LongestPhrase(document, words, i, sentenceStart, sentenceEnd, starts) is { } phrase)
        {
            // "a Chinese Foreign Ministry spokesperson": a state's body read as an institution beats a new name as long.
            best = phrase.Kind == MentionKind.Institution && best is { Kind: MentionKind.NewName } && phrase.TokenEnd >= best.TokenEnd
                ? phrase
                : Longer(best, phrase);
        }
        if (best is not null && CutsLongerPhrase(tokens, words, best, sentenceEnd))
        {
            // "European Commission Vice-President Kaja" + "Kallas": the known body stays, the person is read next.
            return known is not null && known != best && !CutsLongerPhrase(tokens, words, known, sentenceEnd) ? known : null;
        }
        return best;
    }

    /// <summary>
    /// "Treasury Secretary Jane Roe", "la secrétaire au Trésor", "Secretaries of Commerce, Treasury and Energy": a
    /// known body named by a portfolio word inside a person's title is the title's portfolio, not the body.
    /// </summary>
    private bool IsPortfolioOfTitle(ImmutableArray<Token> tokens, PhraseStart[] words, RawMention known, int sentenceStart, int sentenceEnd)
    {
        const int ListReach = 6;
        if (portfolios.MatchAt(tokens, known.TokenStart, known.TokenEnd) is not { End: var end } || end != known.TokenEnd)
        {
            return false;
        }
        if (end < sentenceEnd && (words[end] & PhraseStart.PersonTitleStart) != 0 && personTitles.MatchAt(tokens, end, sentenceEnd) is not null)
        {
            return true;
        }
        // Back over the other portfolios of a list to the preposition after the title.
        for (var k = known.TokenStart - 1; k > sentenceStart && k >= known.TokenStart - ListReach; k--)
        {
            var word = tokens[k].Folded;
            if (lexicon.Grammar.PortfolioPrepositions.Contains(word))
            {
                return (words[k - 1] & PhraseStart.PersonTitleWord) != 0;
            }
            if (!(tokens[k].IsCapitalized || word == "," || lexicon.Grammar.Coordinators.Contains(word)))
            {
                return false;
            }
        }
        return false;
    }

    private bool IsPlace(RawMention known) => lexicon.FindEntity(known.EntityId!) is { } entity && lexicon.Kinds.KindOf(entity.Type) is EntityKind.Country or EntityKind.Location;

    /// <summary>
    /// The known person whose name starts at <paramref name="i"/> + 1 with a surname, when the word at
    /// <paramref name="i"/> shares the first four letters of that person's first name without being it.
    /// </summary>
    private RawMention? VariantFirstNameOf(ImmutableArray<Token> tokens, PhraseStart[] words, int i, int sentenceEnd)
    {
        const int SharedLetters = 4;
        var next = i + 1;
        if (next >= sentenceEnd || (words[next] & PhraseStart.Name) == 0 || tokens[i].Folded.Length < SharedLetters
            || lexicon.Names.MatchAt(tokens, next, sentenceEnd) is not { } match)
        {
            return null;
        }
        var entity = match.Values[0].Entity;
        var space = entity.Name.IndexOf(' ', StringComparison.Ordinal);
        if (!lexicon.Kinds.Is(entity.Type, EntityKind.Person) || space < SharedLetters)
        {
            return null;
        }
        var firstName = Text.TextFolding.Fold(entity.Name[..space]);
        var word = tokens[i].Folded;
        return firstName != word && string.CompareOrdinal(firstName, 0, word, 0, SharedLetters) == 0
            ? new RawMention(i, match.End, MentionKind.KnownName, entity.Id, entity.Type, entity.Name)
            : null;
    }

    /// <summary>"the 82nd Airborne Division", "la 7e Brigade": an ordinal right before a new body's name is part of it.</summary>
    private RawMention WithOrdinal(ArticleDocument document, RawMention mention, int previousEnd)
    {
        const int SuffixLetters = 3;
        var k = mention.TokenStart - 1;
        if (mention is not { Kind: MentionKind.NewName } || !lexicon.Kinds.Is(mention.Type, EntityKind.Organization) || k < previousEnd)
        {
            return mention;
        }
        var text = document.Tokens[k].Text;
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }
        var suffix = text.Length - digits;
        if (document.Tokens[k].Kind != TokenKind.Word || digits == 0 || suffix is 0 or > SuffixLetters || !text.AsSpan(digits).ContainsAnyExceptInRange('0', '9'))
        {
            return mention;
        }
        var name = document.Text[document.Tokens[k].Start..document.Tokens[mention.TokenEnd - 1].End];
        return mention with { TokenStart = k, Name = name };
    }

    /// <summary>The candidate that ends furthest; of equals, the one considered first.</summary>
    private static RawMention? Longer(RawMention? best, RawMention? candidate) =>
        candidate is not null && (best is null || candidate.TokenEnd > best.TokenEnd) ? candidate : best;

    /// <summary>The longest role, institution, accession or treaty noun starting at <paramref name="i"/>, in that order of preference.</summary>
    /// <param name="starts">The lists the word at <paramref name="i"/> starts phrases of: the others are not walked.</param>
    private RawMention? LongestPhrase(ArticleDocument document, PhraseStart[] words, int i, int sentenceStart, int sentenceEnd, PhraseStart starts)
    {
        var tokens = document.Tokens;
        RawMention? best = null;
        if ((starts & PhraseStart.Role) != 0 && lexicon.Roles.MatchAt(tokens, i, sentenceEnd) is { } role)
        {
            best = new RawMention(i, role.End, MentionKind.Role, role.Values[0], null, null);
        }
        // Both finders start from a country read here ("South Korea's", "Russian"): it is read once for the two.
        // A country is read by demonym or by name ("Japan's"); without one, each finder needs one of its own terms here.
        var countryHere = (starts & (PhraseStart.Demonym | PhraseStart.Name)) == 0 || institutions.IsEmpty && accessions.IsEmpty
            ? null
            : countries.Adjective(tokens, i, sentenceEnd, words: words);
        if (!institutions.IsEmpty && (countryHere is not null || (starts & PhraseStart.InstitutionTerm) != 0))
        {
            best = Longer(best, institutions.Find(document, words, i, sentenceEnd, countryHere));
        }
        if (countryHere is not null || (starts & PhraseStart.AccessionTerm) != 0)
        {
            best = Longer(best, accessions.Find(document, i, sentenceEnd, countryHere));
        }
        if ((starts & PhraseStart.TreatyNoun) != 0 && treatyNouns.MatchAt(tokens, i, sentenceEnd) is { } treaty && !tokens[i].IsCapitalized | i == sentenceStart)
        {
            best = Longer(best, new RawMention(i, treaty.End, MentionKind.TreatyNoun, null, lexicon.Kinds.TypeOf(EntityKind.Agreement), null));
        }
        return best;
    }

    /// <summary>
    /// First words of everything <see cref="Best"/> looks up in the lexicon: names ("the North"), roles,
    /// demonyms (institutions, accessions), institution and accession terms, treaty nouns, "the country's" and
    /// honorifics ("m. Kim"). At any other word only a new name can start, and only at a capital.
    /// </summary>
    /// <remarks>The lists are those <see cref="DomainLexicon"/> and the finders build their matchers from.</remarks>
    private static PhraseStarts PhraseStartsOf(DomainLexicon lexicon)
    {
        var ontology = lexicon.Ontology;
        return new PhraseStarts.Builder()
            .Add(PhraseStart.Name, ontology.Entities.SelectMany(entity => entity.Aliases.All.Append(entity.Name)))
            .Add(PhraseStart.Role, ontology.Entities.SelectMany(entity => entity.Roles.All))
            .Add(PhraseStart.Demonym, ontology.Entities.SelectMany(entity => entity.Demonyms.All))
            .Add(PhraseStart.TreatyNoun, ontology.Cues[OntologyCues.TreatyNouns].All)
            .Add(PhraseStart.InstitutionTerm, ontology.Institutions.SelectMany(institution => institution.Terms.All))
            .Add(PhraseStart.AccessionTerm, ontology.Accessions?.Terms.All ?? [])
            .AddWords(PhraseStart.AccessionTerm, lexicon.Grammar.CountryNouns)
            .AddWords(PhraseStart.Honorific, HonorificWords.Of(ontology))
            .AddWords(PhraseStart.FunctionWord, lexicon.FunctionWords)
            .AddMatcher(PhraseStart.TriggerStart, PhraseStart.TriggerWord, lexicon.Triggers)
            .AddMatcher(PhraseStart.PersonTitleStart, PhraseStart.PersonTitleWord, lexicon.Cue(OntologyCues.PersonTitles))
            .AddMatcher(PhraseStart.PortfolioStart, PhraseStart.None, lexicon.Cue(OntologyCues.Portfolios))
            .AddMatcher(PhraseStart.LocationHeadStart, PhraseStart.LocationHeadWord, lexicon.Cue(OntologyCues.LocationHeads))
            .AddMatcher(PhraseStart.None, PhraseStart.OrganizationHeadWord, lexicon.Cue(OntologyCues.OrganizationHeads))
            .AddMatcher(PhraseStart.None, PhraseStart.TreatyNounWord, lexicon.Cue(OntologyCues.TreatyNouns))
            .AddMatcher(PhraseStart.ClaimMarkerStart, PhraseStart.None, lexicon.Cue(OntologyCues.ClaimMarkers))
            .Build();
    }

    /// <summary>"l'Agence de presse russe Tass": a new organisation name that ends in a known body's name is that body described.</summary>
    private RawMention? KnownBodyAtEnd(ImmutableArray<Token> tokens, PhraseStart[] words, RawMention fresh, string language)
    {
        if (!lexicon.Kinds.Is(fresh.Type, EntityKind.Organization))
        {
            return null;
        }
        for (var k = fresh.TokenStart + 1; k < fresh.TokenEnd; k++)
        {
            // "le Conseil suprême de l'État de l'Union" is a body of the Union State, not the Union State itself.
            if ((words[k] & PhraseStart.Name) != 0 && KnownName(tokens, k, fresh.TokenEnd, language) is { } known && known.TokenEnd == fresh.TokenEnd
                && lexicon.Kinds.Is(lexicon.FindEntity(known.EntityId!)?.Type, EntityKind.Organization) && !IsComplement(tokens, fresh.TokenStart, k))
            {
                return known with { TokenStart = fresh.TokenStart };
            }
        }
        return null;
    }

    private bool IsComplement(ImmutableArray<Token> tokens, int nameStart, int k)
    {
        var grammar = lexicon.Grammar;
        for (var j = Math.Max(nameStart, k - 2); j < k; j++)
        {
            if (grammar.OfWords.Contains(tokens[j].Folded) || grammar.RemitPrepositions.Contains(tokens[j].Folded))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "l'Armée populaire coréenne tombés pour ...": a known name is not extended by lowercase words into a new one,
    /// unless a demonym makes it another body ("le Conseil de sécurité russe").
    /// </summary>
    private bool OnlyLowercaseAfter(ImmutableArray<Token> tokens, PhraseStart[] words, RawMention known, int end)
    {
        if (end <= known.TokenEnd)
        {
            return false;
        }
        for (var k = known.TokenEnd; k < end; k++)
        {
            if (tokens[k].IsCapitalized || (words[k] & PhraseStart.Demonym) != 0 && lexicon.Demonyms.MatchAt(tokens, k, end) is not null)
            {
                return false;
            }
        }
        return true;
    }

    private bool OnlyHeadWordsAfter(PhraseStart[] words, RawMention known, int end)
    {
        if (end <= known.TokenEnd || !lexicon.Kinds.Is(lexicon.FindEntity(known.EntityId!)?.Type, EntityKind.Organization))
        {
            return false;
        }
        for (var k = known.TokenEnd; k < end; k++)
        {
            if ((words[k] & PhraseStart.OrganizationHeadWord) == 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "The North Korean leader": the alias "the North" would cut the role "North Korean leader" (or a demonym) in
    /// two; the longer phrase starting inside it is the better reading, so this position yields nothing.
    /// </summary>
    /// <remarks>A new name that runs into or ends with a known person's name ("Vice-President Kaja" + "Kallas") is cut too: a title is never part of a name.</remarks>
    private bool CutsLongerPhrase(ImmutableArray<Token> tokens, PhraseStart[] words, RawMention candidate, int sentenceEnd)
    {
        for (var j = candidate.TokenStart + 1; j < candidate.TokenEnd; j++)
        {
            if ((words[j] & PhraseStart.Role) != 0 && lexicon.Roles.MatchAt(tokens, j, sentenceEnd) is { End: var roleEnd } && roleEnd > candidate.TokenEnd
                || (words[j] & PhraseStart.Demonym) != 0 && lexicon.Demonyms.MatchAt(tokens, j, sentenceEnd) is { End: var demonymEnd } && demonymEnd > candidate.TokenEnd
                || (words[j] & PhraseStart.Name) != 0 && candidate.Kind == MentionKind.NewName && tokens[j].IsCapitalized
                   && lexicon.Names.MatchAt(tokens, j, sentenceEnd) is { End: var nameEnd } known && nameEnd >= candidate.TokenEnd && lexicon.Kinds.Is(known.Values[0].Entity.Type, EntityKind.Person))
            {
                return true;
            }
        }
        return false;
    }

    private RawMention? KnownName(ImmutableArray<Token> tokens, int i, int sentenceEnd, string language)
    {
        if (lexicon.Names.MatchAt(tokens, i, sentenceEnd) is not { } match)
        {
            return null;
        }
        var entries = match.Values;
        bool? afterPlacePreposition = null;
        // Indexed, not foreach: enumerating the read-only list boxed an enumerator per match.
        for (var e = 0; e < entries.Count; e++)
        {
            var entry = entries[e];
            // "at the White House" is the building, "the White House said" the body housed there.
            if (SharesNameWithVenue(entries, entry.Entity)
                && (afterPlacePreposition ??= AfterPlacePreposition(tokens, i, language)) != (entry.Entity.VenueOf is not null))
            {
                continue;
            }
            // "the North": the capital the alias needs may be on a later word than the first.
            if (entry.NeedsCapital && !AnyCapitalized(tokens, i, match.End))
            {
                continue;
            }
            if (entry.IsAcronym && !IsAllCaps(tokens, i, match.End))
            {
                continue;
            }
            var entity = entry.Entity;
            // "Vladimir Padrino", "Joao Pereira": a gazetteer name next to another capitalised word is part of a longer name.
            if (entity.FromGazetteer && (match.End < sentenceEnd && IsNameWord(tokens[match.End]) || i > 0 && IsNameWord(tokens[i - 1])))
            {
                continue;
            }
            var kind = entity.CapitalOf is not null ? MentionKind.Capital : MentionKind.KnownName;
            return new RawMention(i, match.End, kind, entity.Id, entity.Type, entity.Name);
        }
        return null;
    }

    /// <summary>Whether the name matched by <paramref name="entries"/> is shared by a building and the body it houses, <paramref name="entity"/> being one of them.</summary>
    private static bool SharesNameWithVenue(IReadOnlyList<NameEntry> entries, KnownEntity entity)
    {
        for (var e = 0; e < entries.Count; e++)
        {
            var other = entries[e].Entity;
            if (other.VenueOf is { } body && (body == entity.Id || other.Id == entity.Id && AnyWithId(entries, body)))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyWithId(IReadOnlyList<NameEntry> entries, string id)
    {
        for (var e = 0; e < entries.Count; e++)
        {
            if (entries[e].Entity.Id == id)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"à la Maison-Blanche", "visit to the White House": a place_prepositions phrase ends right before the name or its determiner.</summary>
    private bool AfterPlacePreposition(ImmutableArray<Token> tokens, int i, string language)
    {
        var prepositions = placePrepositions.For(language);
        var k = i;
        if (k > 0 && lexicon.Grammar.Determiners.Contains(tokens[k - 1].Folded))
        {
            k--;
        }
        const int LongestPhrase = 3;
        for (var j = k - 1; j >= Math.Max(0, k - LongestPhrase); j--)
        {
            if (prepositions.MatchAt(tokens, j, k) is { End: var end } && end == k)
            {
                return true;
            }
        }
        return false;
    }

    private bool IsNameWord(Token token) => token.IsWord && token.IsCapitalized && !lexicon.FunctionWords.Contains(token.Folded);

    private static bool AnyCapitalized(ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (tokens[k].IsCapitalized)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"U.S." is written as single capitals between dots: every letter of the span must be a capital.</summary>
    private static bool IsAllCaps(ImmutableArray<Token> tokens, int start, int end)
    {
        var letters = 0;
        for (var k = start; k < end; k++)
        {
            foreach (var c in tokens[k].Text)
            {
                if (char.IsLetter(c))
                {
                    if (!char.IsUpper(c))
                    {
                        return false;
                    }
                    letters++;
                }
            }
        }
        return letters >= 2;
    }

    /// <summary>
    /// "l'Université Ewha de Séoul", "Yonsei University in Seoul": the city only locates the organisation; it is
    /// nested in the organisation's description rather than a place the story is about.
    /// </summary>
    private bool IsSeatOfPrecedingOrganization(ArticleDocument document, ImmutableArray<RawMention>.Builder mentions, RawMention candidate)
    {
        if (mentions.Count == 0 || candidate.Kind is not (MentionKind.Capital or MentionKind.KnownName or MentionKind.NewName))
        {
            return false;
        }
        var type = candidate.Type ?? lexicon.FindEntity(candidate.EntityId ?? "")?.Type;
        var previous = mentions[^1];
        var previousType = previous.Type ?? lexicon.FindEntity(previous.EntityId ?? "")?.Type;
        if (!lexicon.Kinds.Is(type, EntityKind.Location) || !lexicon.Kinds.Is(previousType, EntityKind.Organization) || candidate.TokenStart - previous.TokenEnd != 1)
        {
            return false;
        }
        return lexicon.Grammar.OrganizationPlaceLinks.Contains(document.Tokens[previous.TokenEnd].Folded);
    }

    /// <summary>
    /// "Photo : AFP", "Fot. PAP/Marcin Obara", "AFP/Getty", "(Jane Roe/Pool Photo via AP)", "PHOTO JANE ROE, AGENCE
    /// FRANCE-PRESSE": who took a picture says nothing in the story.
    /// </summary>
    private bool IsPhotoCredit(ArticleDocument document, RawMention mention)
    {
        var grammar = lexicon.Grammar;
        const int CreditReach = 8;
        var tokens = document.Tokens;
        if (mention.TokenEnd < tokens.Length && tokens[mention.TokenEnd].Text == "/")
        {
            return true;
        }
        // Back to the credit word over punctuation, "via" and, inside a credit written in capitals, the photographer's name.
        var inCapitals = tokens[mention.TokenStart].IsAllCaps;
        for (var k = mention.TokenStart - 1; k >= Math.Max(0, mention.TokenStart - CreditReach); k--)
        {
            if (grammar.PhotoCreditWords.Contains(tokens[k].Folded) || tokens[k].Folded == "©")
            {
                return true;
            }
            if (tokens[k].Kind != TokenKind.Punctuation && !grammar.PhotoCreditJoiners.Contains(tokens[k].Folded) && !(inCapitals && tokens[k].IsAllCaps))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>Headings of one or two words ("Sanctions", "AFP", "Agence France-Presse") are page furniture, not prose to read.</summary>
    private static bool IsFurniture(ArticleDocument document, int start, int end)
    {
        var words = 0;
        for (var i = start; i < end && words < 3; i++)
        {
            // A hyphenated word is one word of the line ("France-Presse").
            if (document.Tokens[i].IsWord && (i == start || document.Tokens[i - 1].Kind != TokenKind.Joiner))
            {
                words++;
            }
        }
        return words < 3 && !IsDashAttribution(document, start, end);
    }

    private static bool IsDashAttribution(ArticleDocument document, int start, int end) =>
        end > start + 1 && document.Tokens[start].Text is "–" or "—";
}
