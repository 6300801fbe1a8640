using System.Collections.Frozen;
using System.Collections.Immutable;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>What relation extraction asks of a single token: which lists its folded word belongs to or may start a phrase of.</summary>
/// <remarks>
/// A "...Start" class means the word is the first word of a phrase of the list (or starts with one of its one-word
/// prefixes), as <see cref="PhraseMatcher{T}"/> keys it: without it, a phrase match at the token finds nothing. A
/// "...Word" class means a one-word phrase of the list matches the word (<see cref="PhraseMatcher{T}.MatchWord"/>).
/// </remarks>
[Flags]
internal enum WordClass : ulong
{
    None = 0,

    /// <summary>The token lies inside a mention (set per article, not by the word).</summary>
    Covered = 1UL << 0,
    TriggerStart = 1UL << 1,
    TriggerWord = 1UL << 2,
    HedgeStart = 1UL << 3,
    HypotheticalStart = 1UL << 4,
    FutureStart = 1UL << 5,

    /// <summary>A month or weekday name.</summary>
    DateWord = 1UL << 6,

    /// <summary>"selon", "d'apres", "according", "accus...": a word the claim readers look at.</summary>
    ClaimWord = 1UL << 7,
    Negation = 1UL << 8,
    Determiner = 1UL << 9,
    Preposition = 1UL << 10,
    Auxiliary = 1UL << 11,
    Relative = 1UL << 12,
    PersonTitleWord = 1UL << 13,
    PersonTitleStart = 1UL << 14,
    DemonymWord = 1UL << 15,
    DemonymStart = 1UL << 16,
    RoleWord = 1UL << 17,
    RoleStart = 1UL << 18,

    /// <summary>A word <c>IsAdverb</c> takes for an adverb ("-ment", "-ly", "deja", "already", ...).</summary>
    Adverb = 1UL << 19,

    /// <summary>A clause boundary word, or a relative adverb ("où", "where": matched on the raw text).</summary>
    ClauseStart = 1UL << 20,
    ClauseBoundaryWord = 1UL << 21,
    GovernmentNoun = 1UL << 22,
    Pronoun = 1UL << 23,
    OrganizationHead = 1UL << 24,
    ClaimMarkerWord = 1UL << 25,
    Filler = 1UL << 26,
    PassiveAuxiliary = 1UL << 27,
    AgentWord = 1UL << 28,
    ClauseOpener = 1UL << 29,

    /// <summary>A word of the ontology's opposition_words ("contre", "against"): a name after it is an adversary.</summary>
    OppositionWord = 1UL << 30,

    /// <summary>Starts a phrase of the ontology's list_conjunctions ("et", "ainsi que", "and", "as well as").</summary>
    ListConjunctionStart = 1UL << 31,

    /// <summary>Starts a phrase of a cue set a relation requires (one bit per such set, see <see cref="WordClassTable.CueStart"/>).</summary>
    RequiredCueStart0 = 1UL << 32,

    TitleWord = PersonTitleWord | DemonymWord | RoleWord,
}

/// <summary>
/// The word classes of every folded word, from the lists the lexicon's matchers and the grammar sets are built from:
/// one look-up per token of an article answers what used to be a look-up per list per question.
/// </summary>
/// <remarks>
/// The phrase lists come from the lexicon's own matchers (their first words and prefixes), so the table cannot split
/// a phrase differently from them. Immutable once built: shared by every thread.
/// </remarks>
internal sealed class WordClassTable
{
    private const int MaxRequiredCues = 32;

    private readonly WordTable<WordClass> words;
    private readonly Func<string, WordClass> classesOfWord;
    private readonly GrammarWords grammar;

    // One-word prefix phrases by their first character (ASCII; others in the dictionary): a word is compared only
    // with the prefixes of its own first letter.
    private readonly (string Prefix, WordClass Classes)[]?[] asciiPrefixes;
    private readonly FrozenDictionary<char, (string Prefix, WordClass Classes)[]> otherPrefixes;
    private readonly FrozenDictionary<string, WordClass> requiredCues;
    private readonly ulong clauseAdverbLengths;

    // First characters of the relative adverbs below 128 (bit per character, two words of 64 bits).
    private readonly FirstCharacters clauseAdverbFirsts;

    public WordClassTable(DomainLexicon lexicon)
    {
        var ontology = lexicon.Ontology;
        var cues = ontology.Cues;
        var grammar = lexicon.Grammar;
        this.grammar = grammar;
        classesOfWord = OfFolded;
        var builder = new Builder();
        builder.AddMatcher(WordClass.TriggerStart, WordClass.TriggerWord, lexicon.Triggers)
            .AddMatcher(WordClass.HedgeStart, WordClass.None, lexicon.Cue(OntologyCues.Hedges))
            .AddMatcher(WordClass.HypotheticalStart, WordClass.None, lexicon.Cue(OntologyCues.Hypothetical))
            .AddMatcher(WordClass.FutureStart, WordClass.None, lexicon.Cue(OntologyCues.Future))
            .AddMatcher(WordClass.PersonTitleStart, WordClass.PersonTitleWord, lexicon.Cue(OntologyCues.PersonTitles))
            .AddMatcher(WordClass.DemonymStart, WordClass.DemonymWord, lexicon.Demonyms)
            .AddMatcher(WordClass.RoleStart, WordClass.RoleWord, lexicon.Roles)
            .AddMatcher(WordClass.None, WordClass.GovernmentNoun, lexicon.Cue(OntologyCues.GovernmentNouns))
            .AddMatcher(WordClass.None, WordClass.Pronoun, lexicon.Cue(OntologyCues.Pronouns))
            .AddMatcher(WordClass.None, WordClass.OrganizationHead, lexicon.Cue(OntologyCues.OrganizationHeads))
            .AddMatcher(WordClass.None, WordClass.ClaimMarkerWord, lexicon.Cue(OntologyCues.ClaimMarkers))
            .AddMatcher(WordClass.None, WordClass.OppositionWord, lexicon.Cue(OntologyCues.OppositionWords))
            .AddMatcher(WordClass.ListConjunctionStart, WordClass.None, lexicon.Cue(OntologyCues.ListConjunctions))
            .AddWords(WordClass.DateWord, cues[OntologyCues.Months].All.Concat(cues[OntologyCues.Weekdays].All).Select(TextFolding.Fold))
            .AddWords(WordClass.ClaimWord, grammar.SourceMarkerFirstWords)
            .AddPrefixes(WordClass.ClaimWord, grammar.AccusationPrefixes)
            .AddWords(WordClass.Negation, grammar.Negations)
            .AddWords(WordClass.Determiner, grammar.Determiners)
            .AddWords(WordClass.Preposition, grammar.Prepositions)
            .AddWords(WordClass.Auxiliary, grammar.Auxiliaries)
            .AddWords(WordClass.Relative, grammar.Relatives)
            .AddWords(WordClass.Adverb, grammar.Adverbs)
            .AddWords(WordClass.ClauseStart | WordClass.ClauseBoundaryWord, grammar.ClauseBoundaries)
            .AddWords(WordClass.Filler, grammar.Fillers)
            .AddWords(WordClass.PassiveAuxiliary, grammar.PassiveAuxiliaries)
            .AddWords(WordClass.AgentWord, grammar.Agents)
            .AddWords(WordClass.ClauseOpener, grammar.ClauseOpeners);
        var required = new Dictionary<string, WordClass>(StringComparer.Ordinal);
        foreach (var relation in ontology.RelationTypes)
        {
            foreach (var cue in relation.Qualifiers.Select(q => q.Cue).Prepend(relation.RequiresCue))
            {
                if (cue is not null && !required.ContainsKey(cue) && required.Count < MaxRequiredCues)
                {
                    var bit = (WordClass)((ulong)WordClass.RequiredCueStart0 << required.Count);
                    required[cue] = bit;
                    builder.AddMatcher(bit, WordClass.None, lexicon.Cue(cue));
                }
            }
        }
        requiredCues = required.ToFrozenDictionary(StringComparer.Ordinal);
        clauseAdverbFirsts = new FirstCharacters(grammar.ClauseAdverbs);
        foreach (var adverb in grammar.ClauseAdverbs)
        {
            clauseAdverbLengths |= adverb.Length < 64 ? 1UL << adverb.Length : 0;
        }
        words = new WordTable<WordClass>(builder.Words);
        asciiPrefixes = new (string, WordClass)[]?[128];
        foreach (var group in builder.Prefixes.GroupBy(p => p.Prefix[0]).Where(g => g.Key < 128))
        {
            asciiPrefixes[group.Key] = [.. group];
        }
        otherPrefixes = builder.Prefixes.GroupBy(p => p.Prefix[0]).Where(g => g.Key >= 128)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>
    /// The class bit of the phrases of cue set <paramref name="cue"/>, if a relation requires that set; else
    /// <see cref="WordClass.None"/>, which filters nothing.
    /// </summary>
    public WordClass CueStart(string cue) => requiredCues.GetValueOrDefault(cue);

    /// <summary>
    /// The classes of every token of an article (none covered by a mention yet), in an array of at least its length
    /// that this thread gets again for its next article: read only while the article's relations are extracted.
    /// </summary>
    public WordClass[] Classify(ImmutableArray<Token> tokens)
    {
        var classes = reused is { } buffer && buffer.Length >= tokens.Length ? buffer : new WordClass[tokens.Length];
        if (classes.Length <= MaxReused)
        {
            reused = classes;
        }
        var recent = RecentWords<WordClass>.Of(ref recentWords, this);
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            classes[k] = recent.Of(token, classesOfWord) | TextClasses(token.Text);
        }
        return classes;
    }

    [ThreadStatic]
    private static RecentWords<WordClass>? recentWords;

    // Bounded: an article of more tokens gets an array of its own.
    private const int MaxReused = 1 << 16;

    [ThreadStatic]
    private static WordClass[]? reused;

    /// <summary>The classes a folded word has whatever its raw text.</summary>
    private WordClass OfFolded(string folded)
    {
        var classes = words.GetValueOrDefault(folded);
        if (folded.Length == 0)
        {
            return classes;
        }
        var first = folded[0];
        var prefixes = first < 128 ? asciiPrefixes[first] : otherPrefixes.GetValueOrDefault(first);
        if (prefixes is not null)
        {
            foreach (var (prefix, prefixClasses) in prefixes)
            {
                // The second character first: it rejects most words of the prefix's first letter without a call.
                if (folded.Length >= prefix.Length && (prefix.Length < 2 || folded[1] == prefix[1]) && folded.StartsWith(prefix, StringComparison.Ordinal))
                {
                    classes |= prefixClasses;
                }
            }
        }
        if (grammar.IsAdverbByEnding(folded))
        {
            classes |= WordClass.Adverb;
        }
        return classes;
    }

    /// <summary>"où" folds to "ou" (or): the relative adverbs are told by their raw text (looked up only at their lengths).</summary>
    /// <remarks>Most words are told apart by their length and first character without the look-up.</remarks>
    private WordClass TextClasses(string text) =>
        (text.Length >= 64 || (clauseAdverbLengths & (1UL << text.Length)) != 0) && MayStartClauseAdverb(text)
        && grammar.ClauseAdverbs.Contains(text) ? WordClass.ClauseStart : WordClass.None;

    private bool MayStartClauseAdverb(string text) => text.Length == 0 || clauseAdverbFirsts.MayStart(text[0]);

    private sealed class Builder
    {
        public Dictionary<string, WordClass> Words { get; } = new(StringComparer.Ordinal);

        public List<(string Prefix, WordClass Classes)> Prefixes { get; } = [];

        /// <summary>
        /// The matcher's first words as <paramref name="starts"/>, and its one-word phrases also as
        /// <paramref name="word"/>: exactly where its <c>MatchAt</c> can start a match and what its <c>MatchWord</c> finds.
        /// </summary>
        public Builder AddMatcher<T>(WordClass starts, WordClass word, PhraseMatcher<T> matcher)
        {
            foreach (var (first, isPhrase) in matcher.FirstWords)
            {
                var classes = isPhrase ? starts | word : starts;
                if (classes != WordClass.None)
                {
                    AddWord(classes, first);
                }
            }
            foreach (var prefix in matcher.FirstWordPrefixes)
            {
                AddPrefix(starts | word, prefix);
            }
            return this;
        }

        /// <summary>Folded words matched as they are.</summary>
        public Builder AddWords(WordClass classes, IEnumerable<string> folded)
        {
            foreach (var word in folded)
            {
                AddWord(classes, word);
            }
            return this;
        }

        public Builder AddPrefixes(WordClass classes, IEnumerable<string> prefixes)
        {
            foreach (var prefix in prefixes)
            {
                AddPrefix(classes, prefix);
            }
            return this;
        }

        public Builder AddPrefix(WordClass classes, string prefix)
        {
            var index = Prefixes.FindIndex(p => p.Prefix == prefix);
            if (index < 0)
            {
                Prefixes.Add((prefix, classes));
            }
            else
            {
                Prefixes[index] = (prefix, Prefixes[index].Classes | classes);
            }
            return this;
        }

        private void AddWord(WordClass classes, string word) => Words[word] = Words.GetValueOrDefault(word) | classes;
    }
}
