using System.Collections.Frozen;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Relations;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Recognises names the ontology does not know and types them from the ontology's cues: organisation heads
/// ("Institut", "Ministry"), person titles before or after the name ("chercheur", "Foreign Minister"),
/// speech verbs next to it, place heads ("région de"). An untyped lone capitalised word becomes a
/// <see cref="MentionKind.NamePart"/> that resolution may link to a person named elsewhere.
/// </summary>
internal sealed class NewNameRecognizer(DomainLexicon lexicon)
{
    private const int TitleWindow = 10;

    // The type a lone capitalised word is given until resolution links it to a fuller name.
    private readonly string loneWordType = lexicon.Kinds.TypeOf(EntityKind.Person);
    private readonly FrozenSet<string> honorifics = HonorificWords.Of(lexicon.Ontology);

    // Cue matchers resolved once: recognition asks them at almost every capitalised token.
    private readonly PhraseMatcher<bool> personTitles = lexicon.Cue(OntologyCues.PersonTitles);
    private readonly PhraseMatcher<bool> portfolios = lexicon.Cue(OntologyCues.Portfolios);
    private readonly PhraseMatcher<bool> locationHeads = lexicon.Cue(OntologyCues.LocationHeads);
    private readonly PhraseMatcher<bool> claimMarkers = lexicon.Cue(OntologyCues.ClaimMarkers);
    private readonly PhraseMatcher<bool> possessives = lexicon.Cue(OntologyCues.NamePossessives);
    private readonly PhraseMatcher<bool> thingWords = lexicon.Cue(OntologyCues.ThingWords);
    private readonly PhraseMatcher<bool> organizationHeads = lexicon.Cue(OntologyCues.OrganizationHeads);
    private readonly PhraseMatcher<bool> particles = lexicon.Cue(OntologyCues.NameParticles);

    private readonly OrganizationNameReader organizations = new(lexicon, lexicon.Grammar.NameConnectors, PhraseStart.OrganizationHeadWord);
    private readonly OrganizationNameReader treaties = new(lexicon, lexicon.Grammar.NameConnectors, PhraseStart.TreatyNounWord, prepositionsInside: true);
    private readonly TypeCueReader typeCues = new(lexicon);
    private readonly PersonNameReader persons = new(lexicon);
    // Made once (a race only makes it twice): a lambda here would allocate a closure at every name's recognition.
    private Func<ArticleDocument, int, int, bool>? isPersonAfter;

    /// <summary>Whether an entity type declares a lower-case head ("president"): then a name may start with a lower-case word.</summary>
    public bool HasLowerCaseHeads => typeCues.HasLowerCaseHeads;

    // The words' look-ups are read from the flags the mention finder computed once per token (see PhraseStarts):
    // a flag missing means the list's trie or set has nothing for the word, so it is not asked.

    /// <param name="starts">The <see cref="PhraseStarts"/> of each token of the document.</param>
    public RawMention? Recognize(ArticleDocument document, PhraseStart[] starts, int i, int sentenceStart, int sentenceEnd)
    {
        var tokens = document.Tokens;
        var first = tokens[i];
        if ((starts[i] & PhraseStart.Honorific) != 0 && WithHonorific(document, starts, i, sentenceStart, sentenceEnd) is { } titled)
        {
            return titled;
        }
        if (!first.IsCapitalized && first.IsWord && typeCues.ReadLowerCaseHead(document, i, sentenceEnd) is { } headed)
        {
            return Mention(document, i, headed.End, headed.Type);
        }
        if (!first.IsCapitalized || (starts[i] & (PhraseStart.FunctionWord | PhraseStart.TriggerWord)) != 0)
        {
            return null;
        }
        if (IsPortfolioInTitle(document, starts, i, sentenceStart, sentenceEnd))
        {
            return null;
        }
        var end = CapitalisedRunEnd(document, starts, i, sentenceEnd);
        if (IsPostNominalRun(tokens, i, end, sentenceStart))
        {
            return null;
        }
        if (IsTitleOrDemonym(document, starts, i, sentenceEnd))
        {
            // "General Electric", "Royal Dynamics": a title or demonym starting a run that a type's head ends is part of that name.
            return end - i >= 2 && typeCues.Read(document, i, end, sentenceStart, sentenceEnd, headsOnly: true) is { } named
                ? Mention(document, i, named.End, named.Type)
                : null;
        }
        // The ontology's own type cues first: a user's type ("the X Army" is a MilitaryUnit) outranks the news heads.
        if (typeCues.Read(document, i, end, sentenceStart, sentenceEnd) is { } typed)
        {
            return Mention(document, i, typed.End, typed.Type);
        }
        if (ThingNameEnd(document, i, end, sentenceEnd) is { } thingEnd)
        {
            return new RawMention(i, WithBracketedAcronym(tokens, thingEnd, sentenceEnd), MentionKind.Thing, null, null, null);
        }
        if (organizations.Read(document, starts, i, end, sentenceEnd) is { } organizationEnd)
        {
            return Mention(document, i, organizationEnd, lexicon.Kinds.TypeOf(EntityKind.Organization));
        }
        if (treaties.Read(document, starts, i, end, sentenceEnd) is { } treatyEnd)
        {
            return Mention(document, i, treatyEnd, lexicon.Kinds.TypeOf(EntityKind.Agreement));
        }
        // "Cabinet Secretary Yoshimasa Hayashi": the run is a title then a name; the name is read where the title ends.
        if (TitleInsideRun(tokens, starts, i, end) || IsRemitOfTitle(document, starts, i, sentenceStart))
        {
            return null;
        }
        var words = WordCount(document, i, end);
        if (PlaceEnd(document, starts, i, end, sentenceStart, sentenceEnd) is { } placeEnd)
        {
            // The name is the run alone, so "the X region" and "la région de X" are one node; the mention spans the head.
            return Mention(document, i, end, lexicon.Kinds.TypeOf(EntityKind.Location)) with { TokenEnd = placeEnd };
        }
        if (first.IsAllCaps && words == 1 && (IsSourceLike(document, starts, i, end, sentenceStart, sentenceEnd) || TitleAt(document, starts, end, sentenceEnd)))
        {
            return Mention(document, i, end, lexicon.Kinds.TypeOf(EntityKind.Organization));
        }
        var codeEnd = CodeEnd(tokens, end, sentenceEnd);
        // "The Karsk 40 (Polish: 40) is a heavy machine gun": a description after the name (and its model number) with a
        // class noun a type declares says more than a bracket or a first name would.
        if (OpensSentence(starts, i, sentenceStart) && typeCues.TypeDescribed(tokens, starts, codeEnd, sentenceEnd) is { } describedType)
        {
            return Mention(document, i, codeEnd, describedType);
        }
        // "Marek Olsen", "Kurt von Schleicher": a run that starts with a first name is a person without any cue.
        if (persons.Read(document, i, end, sentenceStart, sentenceEnd, isPersonAfter ??= IsPersonAfter) is { } personEnd)
        {
            return Mention(document, i, personEnd, lexicon.Kinds.TypeOf(EntityKind.Person));
        }
        // "Heavy Industries Taxila (HIT) was": the words after a name of two words or more may type it too.
        if (words >= 2 && typeCues.TypeAfter(tokens, end, sentenceEnd) is { } typeAfter)
        {
            return Mention(document, i, end, typeAfter);
        }
        // "T-90 was designed by": words after a product's name type it, unless they are a lone word's type's own.
        if ((codeEnd > end || words == 1) && typeCues.TypeAfter(tokens, codeEnd, sentenceEnd) is { } typeAfterCode && typeAfterCode != loneWordType)
        {
            return Mention(document, i, codeEnd, typeAfterCode);
        }
        if (words == 1)
        {
            // "les chaînes Zvezda 5 et Zvezda 12": a short number closing a lone word is part of that name.
            var numberedEnd = typeCues.WithClosingNumber(tokens, end, sentenceEnd);
            var text = numberedEnd == end ? first.Text : document.Text[first.Start..tokens[numberedEnd - 1].End];
            return first.Text.Length > 1 ? new RawMention(i, numberedEnd, MentionKind.NamePart, null, loneWordType, text) : null;
        }
        if (words <= 4 && IsPerson(document, starts, i, end, sentenceStart, sentenceEnd))
        {
            return Mention(document, i, end, lexicon.Kinds.TypeOf(EntityKind.Person));
        }
        return null;
    }

    /// <summary>
    /// "Storm Shadow cruise missiles", "Army Tactical Missile System", "le char Leopard", "aboard Air Force One": a
    /// thing word right before the run, inside it or after it (past at most two modifiers) names a thing, which
    /// ends where the run ends. A run ending in an organisation head stays a body ("Missile Defense Agency").
    /// </summary>
    private int? ThingNameEnd(ArticleDocument document, int start, int end, int sentenceEnd)
    {
        // "Storm Shadow cruise missiles": two lowercase modifiers; "AH-64 Apache attack helicopters": a model
        // number and a second name may come first.
        const int Modifiers = 2;
        const int Reach = 6;
        var tokens = document.Tokens;
        if (start > 0 && IsThingWordEndingAt(tokens, start))
        {
            return end;
        }
        for (var k = start; k < end; k++)
        {
            if (thingWords.MatchAt(tokens, k, end) is not null)
            {
                return EndsInOrganizationHead(tokens, start, end) ? null : end;
            }
        }
        var lowercase = 0;
        for (var k = end; k < Math.Min(sentenceEnd, end + Reach); k++)
        {
            if (thingWords.MatchAt(tokens, k, sentenceEnd) is not null)
            {
                return end;
            }
            var modelPart = tokens[k].Kind is TokenKind.Joiner or TokenKind.Number || tokens[k].IsCapitalized && tokens[k].IsWord;
            if (!modelPart && (!tokens[k].IsWord || ++lowercase > Modifiers || lexicon.FunctionWords.Contains(tokens[k].Folded)
                || lexicon.Triggers.MatchWord(tokens[k]) is not null))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>"Army Tactical Missile System (ATACMS)": the acronym in brackets right after a name is that name too.</summary>
    private static int WithBracketedAcronym(System.Collections.Immutable.ImmutableArray<Token> tokens, int end, int sentenceEnd) =>
        end + 2 < sentenceEnd && tokens[end].Text == "(" && tokens[end + 1].IsAllCaps && tokens[end + 2].Text == ")" ? end + 3 : end;

    private bool IsThingWordEndingAt(System.Collections.Immutable.ImmutableArray<Token> tokens, int end)
    {
        const int LongestPhrase = 3;
        for (var k = end - 1; k >= Math.Max(0, end - LongestPhrase); k--)
        {
            if (thingWords.MatchAt(tokens, k, end) is { End: var phraseEnd } && phraseEnd == end)
            {
                return true;
            }
        }
        return false;
    }

    private bool EndsInOrganizationHead(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (organizationHeads.MatchAt(tokens, k, end) is { End: var headEnd } && headEnd == end)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Only function words before the name in its sentence: a description then describes the sentence's subject, not
    /// an alternative name given after it ("The Justicialist Party (...), or PJ, is a party").
    /// </summary>
    private static bool OpensSentence(PhraseStart[] starts, int start, int sentenceStart)
    {
        for (var k = sentenceStart; k < start; k++)
        {
            if ((starts[k] & PhraseStart.FunctionWord) == 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// "Brennet 40", "T-90", "PLZ-45 LMG": numbers and joined parts right after a capitalised run, and capitalised
    /// words after those; <paramref name="end"/> itself when none follow.
    /// </summary>
    private static int CodeEnd(System.Collections.Immutable.ImmutableArray<Token> tokens, int end, int sentenceEnd)
    {
        var k = end;
        var coded = false;
        while (k < sentenceEnd)
        {
            if (tokens[k].Kind == TokenKind.Number)
            {
                k++;
                coded = true;
            }
            else if (tokens[k].Kind == TokenKind.Joiner && k + 1 < sentenceEnd && tokens[k + 1].Kind is TokenKind.Number or TokenKind.Word)
            {
                k += 2;
                coded = true;
            }
            else if (coded && tokens[k].IsCapitalized)
            {
                k++;
            }
            else
            {
                break;
            }
        }
        return k;
    }

    private bool IsPersonAfter(ArticleDocument document, int end, int sentenceEnd) =>
        lexicon.Kinds.Is(typeCues.TypeAfter(document.Tokens, end, sentenceEnd), EntityKind.Person);

    /// <summary>"M. Kim", "Mme Choe": the mention spans the honorific; the name part alone is what gets resolved.</summary>
    private RawMention? WithHonorific(ArticleDocument document, PhraseStart[] starts, int i, int sentenceStart, int sentenceEnd)
    {
        var next = i + 1 < sentenceEnd && document.Tokens[i + 1].Text == "." ? i + 2 : i + 1;
        if (next >= sentenceEnd || !document.Tokens[next].IsCapitalized)
        {
            return null;
        }
        var named = Recognize(document, starts, next, sentenceStart, sentenceEnd);
        return named is { Kind: MentionKind.NamePart } || named is not null && lexicon.Kinds.Is(named.Type, EntityKind.Person) ? named with { TokenStart = i } : null;
    }

    /// <summary>A new name of <paramref name="type"/>; a person's is labelled as people are known (see <see cref="PersonNameReader.Label"/>).</summary>
    private RawMention Mention(ArticleDocument document, int start, int end, string type)
    {
        var text = lexicon.Kinds.Is(type, EntityKind.Person)
            ? persons.Label(document, start, end, document.SentenceTokens[document.SentenceOf(start)].End)
            : document.Text[document.Tokens[start].Start..document.Tokens[end - 1].End];
        return new RawMention(start, end, MentionKind.NewName, null, type, text);
    }

    private int CapitalisedRunEnd(ArticleDocument document, PhraseStart[] starts, int i, int sentenceEnd)
    {
        var tokens = document.Tokens;
        var end = i + 1;
        while (end < sentenceEnd)
        {
            var token = tokens[end];
            if (token.Kind == TokenKind.Joiner && end + 1 < sentenceEnd && tokens[end + 1].IsWord)
            {
                end += 2;
                continue;
            }
            // "Swiss People's Party": a possessive of a word of the cue set name_possessives goes on with the name.
            if (token.Text is "'" or "’" && end + 2 < sentenceEnd && lexicon.Grammar.PossessiveEndings.Contains(tokens[end + 1].Text) && tokens[end + 1].Start == token.End
                && tokens[end + 2].IsCapitalized && possessives.MatchWord(tokens[end - 1]) is not null)
            {
                end += 3;
                continue;
            }
            // 'Emanuel "Manny" Ruiz', "Cornelis (Kees) Dam": a nickname inside a short run, before the rest of the name
            // or before a particle that the person reader reads on from ('Saul "Paul" de Groot').
            if (PersonNameReader.NicknameAt(tokens, end, sentenceEnd) is { } nicknameEnd && nicknameEnd + 1 < sentenceEnd && WordCount(document, i, end) <= 3)
            {
                if (tokens[nicknameEnd].IsCapitalized && (starts[nicknameEnd] & PhraseStart.FunctionWord) == 0)
                {
                    end = nicknameEnd + 1;
                    continue;
                }
                if (particles.MatchAt(tokens, nicknameEnd, sentenceEnd) is { End: var particleEnd } && particleEnd < sentenceEnd && tokens[particleEnd].IsCapitalized)
                {
                    end = nicknameEnd;
                    break;
                }
            }
            // "O'Brien", "Yar'Adua": an apostrophe glued between two capitalised parts is inside the name ("Russia's" is not).
            if (token.Text is "'" or "’" && end + 1 < sentenceEnd && tokens[end + 1].IsCapitalized
                && token.Start == tokens[end - 1].End && tokens[end + 1].Start == token.End)
            {
                end += 2;
                continue;
            }
            if (token.IsCapitalized && (starts[end] & (PhraseStart.FunctionWord | PhraseStart.TriggerWord)) == 0
                && ((starts[end] & PhraseStart.Name) == 0 || lexicon.Names.MatchAt(tokens, end, sentenceEnd) is not { } known || OnlyGazetteer(known.Values)))
            {
                end++;
                continue;
            }
            break;
        }
        return end;
    }

    /// <summary>A gazetteer place inside a run of capitalised words ("Joao Pereira") is a part of the name, not a place.</summary>
    private static bool OnlyGazetteer(IReadOnlyList<Lexicon.NameEntry> entries)
    {
        for (var e = 0; e < entries.Count; e++)
        {
            if (!entries[e].Entity.FromGazetteer)
            {
                return false;
            }
        }
        return true;
    }

    private bool TitleInsideRun(System.Collections.Immutable.ImmutableArray<Token> tokens, PhraseStart[] starts, int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if ((starts[k] & PhraseStart.PersonTitleStart) != 0 && personTitles.MatchAt(tokens, k, end) is { End: var titleEnd } && titleEnd < end && tokens[titleEnd].IsCapitalized)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"Sir Francis Beaufort KCB FRS FRGS": letters after a name that ended before them are no name of their own.</summary>
    private static bool IsPostNominalRun(System.Collections.Immutable.ImmutableArray<Token> tokens, int start, int end, int sentenceStart)
    {
        if (end - start < 2 || start == sentenceStart || !tokens[start - 1].IsCapitalized || tokens[start - 1].End == tokens[start].Start)
        {
            return false;
        }
        for (var k = start; k < end; k++)
        {
            if (!tokens[k].IsAllCaps)
            {
                return false;
            }
        }
        return true;
    }

    private static int WordCount(ArticleDocument document, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (document.Tokens[i].IsWord && (i == start || document.Tokens[i - 1].Kind != TokenKind.Joiner))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>"CCP leader Xi": a person's title right after an acronym makes it the body the person leads.</summary>
    private bool TitleAt(ArticleDocument document, PhraseStart[] starts, int k, int sentenceEnd) =>
        k < sentenceEnd && (starts[k] & PhraseStart.PersonTitleStart) != 0 && personTitles.MatchAt(document.Tokens, k, sentenceEnd) is not null;

    /// <summary>"Diosdado Cabello and Vladimir Padrino": a name of two words or more joined to one that starts with a first name is a person too.</summary>
    private bool IsCoordinatedWithFirstName(ArticleDocument document, int start, int end, int sentenceEnd)
    {
        var tokens = document.Tokens;
        if (WordCount(document, start, end) < 2 || end + 2 >= sentenceEnd || !lexicon.Grammar.Coordinators.Contains(tokens[end].Folded))
        {
            return false;
        }
        return FirstNames.Contains(tokens[end + 1].Text) && tokens[end + 2].IsCapitalized;
    }

    private bool IsPerson(ArticleDocument document, PhraseStart[] starts, int start, int end, int sentenceStart, int sentenceEnd) =>
        HasTitleBefore(document, starts, start, sentenceStart)
        || IsCoordinatedWithFirstName(document, start, end, sentenceEnd)
        || HasTitleAfter(document, starts, end, sentenceEnd)
        || IsNextToSpeech(document, starts, start, end, sentenceStart, sentenceEnd)
        || IsCoordinatedWithTitledName(document, starts, start, sentenceStart)
        || (start == sentenceStart + 1 && document.Tokens[sentenceStart].Text is "–" or "—");

    /// <summary>
    /// "le ministre de la Défense Kim", "Secretary of State Rubio": a capitalised portfolio after "de"/"of" belongs
    /// to the title before it, so the name starts after it.
    /// </summary>
    private bool IsPortfolioInTitle(ArticleDocument document, PhraseStart[] starts, int i, int sentenceStart, int sentenceEnd)
    {
        var tokens = document.Tokens;
        if ((starts[i] & PhraseStart.PortfolioStart) == 0 || portfolios.MatchAt(tokens, i, sentenceEnd) is not { } portfolio)
        {
            return false;
        }
        var k = i - 1;
        while (k >= sentenceStart && lexicon.Grammar.Determiners.Contains(tokens[k].Folded))
        {
            k--;
        }
        var afterPreposition = k >= sentenceStart && lexicon.Grammar.OfWords.Contains(tokens[k].Folded);
        return afterPreposition && portfolio.End < sentenceEnd && tokens[portfolio.End].IsCapitalized;
    }

    /// <summary>
    /// "Deputy Secretary for Budget and Fiscal Planning", "Commissioner for Trade": the capitalised words
    /// after a title and "for" are the title's remit, not a name (a body there ends in its own head and is read
    /// before this check).
    /// </summary>
    private bool IsRemitOfTitle(ArticleDocument document, PhraseStart[] starts, int i, int sentenceStart)
    {
        const int Reach = 6;
        var tokens = document.Tokens;
        for (var k = i - 1; k > sentenceStart && k >= i - Reach; k--)
        {
            var word = tokens[k].Folded;
            if (lexicon.Grammar.RemitPrepositions.Contains(word))
            {
                return (starts[k - 1] & PhraseStart.PersonTitleWord) != 0;
            }
            if (!(tokens[k].IsCapitalized || word is "," or "&" || lexicon.Grammar.Coordinators.Contains(word)))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// "Polish Prime Minister Donald Tusk", "French President": demonyms and titles written with capitals describe the
    /// name that follows; they are not part of it, and alone they name no one.
    /// </summary>
    private bool IsTitleOrDemonym(ArticleDocument document, PhraseStart[] starts, int i, int sentenceEnd)
    {
        var tokens = document.Tokens;
        if ((starts[i] & PhraseStart.PersonTitleStart) != 0 && personTitles.MatchAt(tokens, i, sentenceEnd) is not null)
        {
            return true;
        }
        if ((starts[i] & PhraseStart.Demonym) == 0 || lexicon.Demonyms.MatchAt(tokens, i, sentenceEnd) is not { } demonym)
        {
            return false;
        }
        // "Hungarian Parliament" is a name; "French President" and a bare "French" are not.
        return demonym.End >= sentenceEnd || !tokens[demonym.End].IsCapitalized
            || (starts[demonym.End] & PhraseStart.PersonTitleStart) != 0 && personTitles.MatchAt(tokens, demonym.End, sentenceEnd) is not null;
    }

    /// <summary>"ses homologues Gilberto Teodoro et Enrique Manalo": a name joined to a titled name is a person too.</summary>
    private bool IsCoordinatedWithTitledName(ArticleDocument document, PhraseStart[] starts, int start, int sentenceStart)
    {
        var tokens = document.Tokens;
        var k = start - 1;
        if (k <= sentenceStart || !(tokens[k].Folded == "," || lexicon.Grammar.Coordinators.Contains(tokens[k].Folded)))
        {
            return false;
        }
        var runEnd = k;
        var runStart = runEnd;
        while (runStart - 1 >= sentenceStart && (tokens[runStart - 1].IsCapitalized || tokens[runStart - 1].Kind == TokenKind.Joiner))
        {
            runStart--;
        }
        return WordCount(document, runStart, runEnd) >= 2 && HasTitleBefore(document, starts, runStart, sentenceStart);
    }

    public bool HasHonorificBefore(ArticleDocument document, int start, int sentenceStart)
    {
        var tokens = document.Tokens;
        var k = start - 1;
        if (k >= sentenceStart && tokens[k].Text == ".")
        {
            k--;
        }
        return k >= sentenceStart && honorifics.Contains(tokens[k].Folded);
    }

    private bool HasTitleBefore(ArticleDocument document, PhraseStart[] starts, int start, int sentenceStart)
    {
        var tokens = document.Tokens;
        var titles = personTitles;
        for (var k = start - 1; k >= Math.Max(sentenceStart, start - TitleWindow); k--)
        {
            if (tokens[k].Text is "." or ";" or ":" or "«" or "»" or "\"" && !(tokens[k].Text == "." && k > 0 && (starts[k - 1] & PhraseStart.Honorific) != 0))
            {
                return false;
            }
            if ((starts[k] & PhraseStart.PersonTitleStart) != 0 && titles.MatchAt(tokens, k, start) is not null)
            {
                return true;
            }
            // "des Affaires étrangères Yoko Kamikawa": a portfolio right before the name stands for the whole title.
            if (k >= start - 3 && (starts[k] & PhraseStart.PortfolioStart) != 0 && portfolios.MatchAt(tokens, k, start) is { End: var end } && end == start)
            {
                return true;
            }
        }
        return false;
    }

    private bool HasTitleAfter(ArticleDocument document, PhraseStart[] starts, int end, int sentenceEnd)
    {
        var tokens = document.Tokens;
        if (end >= sentenceEnd || tokens[end].Text != ",")
        {
            return false;
        }
        var titles = personTitles;
        for (var k = end + 1; k < Math.Min(sentenceEnd, end + 6); k++)
        {
            if (tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text != ".")
            {
                return false;
            }
            if ((starts[k] & PhraseStart.PersonTitleStart) != 0 && titles.MatchAt(tokens, k, sentenceEnd) is not null)
            {
                return true;
            }
        }
        return false;
    }

    private bool IsNextToSpeech(ArticleDocument document, PhraseStart[] starts, int start, int end, int sentenceStart, int sentenceEnd)
    {
        var tokens = document.Tokens;
        for (var k = end; k < Math.Min(sentenceEnd, end + 3); k++)
        {
            if ((starts[k] & PhraseStart.TriggerStart) != 0 && IsSpeech(tokens, k, sentenceEnd))
            {
                return true;
            }
        }
        for (var k = start - 1; k >= Math.Max(sentenceStart, start - 2); k--)
        {
            if ((starts[k] & PhraseStart.TriggerStart) != 0 && IsSpeech(tokens, k, sentenceEnd))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsSpeech(System.Collections.Immutable.ImmutableArray<Token> tokens, int k, int limit) =>
        lexicon.IsSpeech(lexicon.Triggers.MatchAt(tokens, k, limit));

    /// <summary>
    /// The end of a place's mention at <paramref name="start"/>, or null: a head before it ("la région de X") leaves
    /// it as it is; a head after it ("the X region") is part of the mention, as English writes it.
    /// </summary>
    private int? PlaceEnd(ArticleDocument document, PhraseStart[] starts, int start, int end, int sentenceStart, int sentenceEnd)
    {
        if (!IsPlace(document, starts, start, end, sentenceStart, sentenceEnd))
        {
            return null;
        }
        return end < sentenceEnd && (starts[end] & PhraseStart.LocationHeadStart) != 0 && locationHeads.MatchAt(document.Tokens, end, sentenceEnd) is { End: var headEnd }
            ? headEnd
            : end;
    }

    private bool IsPlace(ArticleDocument document, PhraseStart[] starts, int start, int end, int sentenceStart, int sentenceEnd)
    {
        var tokens = document.Tokens;
        var heads = locationHeads;
        for (var k = Math.Max(sentenceStart, start - 3); k < start; k++)
        {
            if ((starts[k] & PhraseStart.LocationHeadStart) != 0 && heads.MatchAt(tokens, k, start) is { End: var headEnd } && headEnd == start)
            {
                return true;
            }
        }
        // "Pyongyang International Airport", "Vostochny Cosmodrome": the head ends the name.
        return end < sentenceEnd && (starts[end] & PhraseStart.LocationHeadStart) != 0 && heads.MatchAt(tokens, end, sentenceEnd) is not null
            || end - start >= 2 && (starts[end - 1] & PhraseStart.LocationHeadWord) != 0;
    }

    private bool IsSourceLike(ArticleDocument document, PhraseStart[] starts, int start, int end, int sentenceStart, int sentenceEnd)
    {
        var tokens = document.Tokens;
        var claims = claimMarkers;
        // "selon l'agence de presse polonaise PAP": the head word may sit a few words before.
        for (var k = Math.Max(sentenceStart, start - 5); k < start; k++)
        {
            if ((starts[k] & PhraseStart.OrganizationHeadWord) != 0
                || (starts[k] & PhraseStart.ClaimMarkerStart) != 0 && claims.MatchAt(tokens, k, start) is not null)
            {
                return true;
            }
        }
        return IsNextToSpeech(document, starts, start, end, sentenceStart, sentenceEnd);
    }
}
