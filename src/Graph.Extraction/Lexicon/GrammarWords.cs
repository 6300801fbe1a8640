using System.Collections.Frozen;
using System.Collections.Immutable;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Lexicon;

/// <summary>
/// The ontology's grammar lists (<see cref="GrammarDefinition"/>) compiled for look-up: folded words of every language
/// in frozen sets (they are asked at almost every token, and a frozen set of a few short strings answers fast), and
/// the few lists that depend on the article's language by language.
/// </summary>
internal sealed class GrammarWords
{
    private readonly GrammarDefinition grammar;
    private readonly ImmutableArray<string[]> sourceMarkers;
    private readonly ImmutableArray<string[]> verbAsides;

    public GrammarWords(GrammarDefinition grammar)
    {
        this.grammar = grammar;
        byLanguage = grammar.Lists.SelectMany(list => list.Value.ByLanguage.Select(terms => (List: list.Key, Language: terms.Key, Words: terms.Value)))
            .ToFrozenDictionary(t => (t.List, t.Language), t => t.Words.Select(TextFolding.Fold).ToFrozenSet(StringComparer.Ordinal));
        Prepositions = Words(GrammarDefinition.Prepositions);
        Determiners = Words(GrammarDefinition.Determiners);
        PassiveAuxiliaries = Words(GrammarDefinition.PassiveAuxiliaries);
        Agents = Words(GrammarDefinition.Agents);
        ClauseBoundaries = Words(GrammarDefinition.ClauseBoundaries);
        // Matched on the raw text ("où" folds to "ou", or): as written and capitalised.
        ClauseAdverbs = grammar[GrammarDefinition.ClauseAdverbs].All
            .SelectMany(w => new[] { w, w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..] }).ToFrozenSet(StringComparer.Ordinal);
        Negations = Words(GrammarDefinition.Negations);
        Relatives = Words(GrammarDefinition.Relatives);
        Fillers = Words(GrammarDefinition.Fillers);
        Auxiliaries = Words(GrammarDefinition.Auxiliaries);
        Adverbs = Words(GrammarDefinition.Adverbs);
        AdverbEndings = Folded(GrammarDefinition.AdverbEndings);
        ClauseOpeners = Words(GrammarDefinition.ClauseOpeners);
        sourceMarkers = Phrases(GrammarDefinition.SourceMarkers);
        verbAsides = Phrases(GrammarDefinition.VerbAsides);
        SourceMarkerFirstWords = sourceMarkers.Select(p => p[0]).ToFrozenSet(StringComparer.Ordinal);
        SourceMarkerLastWords = sourceMarkers.Select(p => p[^1]).ToFrozenSet(StringComparer.Ordinal);
        AccusationPrefixes = Folded(GrammarDefinition.AccusationPrefixes);
        Coordinators = Words(GrammarDefinition.Coordinators);
        OfWords = Words(GrammarDefinition.OfWords);
        AsWords = Words(GrammarDefinition.AsWords);
        PastAuxiliaries = Words(GrammarDefinition.PastAuxiliaries);
        ContinuingAdverbs = Words(GrammarDefinition.ContinuingAdverbs);
        InversionJoiners = Words(GrammarDefinition.InversionJoiners);
        InversionLeads = Words(GrammarDefinition.InversionLeads);
        SubjectPronouns = Words(GrammarDefinition.SubjectPronouns);
        RelativeLinks = Words(GrammarDefinition.RelativeLinks);
        DefiniteDeterminers = Words(GrammarDefinition.DefiniteDeterminers);
        PossessiveEndings = Words(GrammarDefinition.PossessiveEndings);
        PossessiveDeterminers = Words(GrammarDefinition.PossessiveDeterminers);
        PluralPossessives = Words(GrammarDefinition.PluralPossessives);
        RecipientPrepositions = Words(GrammarDefinition.RecipientPrepositions);
        PastParticipleEndings = Folded(GrammarDefinition.PastParticipleEndings);
        PresentParticipleEndings = Folded(GrammarDefinition.PresentParticipleEndings);
        ParticipleLookalikes = Words(GrammarDefinition.ParticipleLookalikes);
        LocatingParticiples = Words(GrammarDefinition.LocatingParticiples);
        AmbiguousMonths = Words(GrammarDefinition.AmbiguousMonths);
        DateLeads = Words(GrammarDefinition.DateLeads);
        PortfolioPrepositions = Words(GrammarDefinition.PortfolioPrepositions);
        RemitPrepositions = Words(GrammarDefinition.RemitPrepositions);
        OrganizationPlaceLinks = Words(GrammarDefinition.OrganizationPlaceLinks);
        PhotoCreditWords = Words(GrammarDefinition.PhotoCreditWords);
        PhotoCreditJoiners = Words(GrammarDefinition.PhotoCreditJoiners);
        BodyActingWords = Words(GrammarDefinition.BodyActingWords);
        BodyActingEndings = Folded(GrammarDefinition.BodyActingEndings);
        NameComplementLinks = Words(GrammarDefinition.NameComplementLinks);
        NameEndingVerbs = Words(GrammarDefinition.NameEndingVerbs);
        ImperfectEndings = Folded(GrammarDefinition.ImperfectEndings);
        FiniteVerbEndings = Folded(GrammarDefinition.FiniteVerbEndings);
        SpeechAuxiliaries = Words(GrammarDefinition.SpeechAuxiliaries);
        SpeechAdverbs = Words(GrammarDefinition.SpeechAdverbs);
        AccessionOfWords = Words(GrammarDefinition.AccessionOfWords);
        AccessionDestinations = Words(GrammarDefinition.AccessionDestinations);
        CountryNouns = Words(GrammarDefinition.CountryNouns);
        CountryNounDeterminers = Words(GrammarDefinition.CountryNounDeterminers);
        DefiniteArticles = Words(GrammarDefinition.DefiniteArticles);
        NameConnectors = Words(GrammarDefinition.NameConnectors);
    }

    public FrozenSet<string> Prepositions { get; }

    public FrozenSet<string> Determiners { get; }

    public FrozenSet<string> PassiveAuxiliaries { get; }

    public FrozenSet<string> Agents { get; }

    public FrozenSet<string> ClauseBoundaries { get; }

    /// <summary>Raw text, not folded (see the constructor).</summary>
    public FrozenSet<string> ClauseAdverbs { get; }

    public FrozenSet<string> Negations { get; }

    public FrozenSet<string> Relatives { get; }

    public FrozenSet<string> Fillers { get; }

    public FrozenSet<string> Auxiliaries { get; }

    public FrozenSet<string> Adverbs { get; }

    public ImmutableArray<string> AdverbEndings { get; }

    public FrozenSet<string> ClauseOpeners { get; }

    public FrozenSet<string> SourceMarkerFirstWords { get; }

    public FrozenSet<string> SourceMarkerLastWords { get; }

    public ImmutableArray<string> AccusationPrefixes { get; }

    public FrozenSet<string> Coordinators { get; }

    public FrozenSet<string> OfWords { get; }

    public FrozenSet<string> AsWords { get; }

    public FrozenSet<string> PastAuxiliaries { get; }

    public FrozenSet<string> ContinuingAdverbs { get; }

    public FrozenSet<string> InversionJoiners { get; }

    public FrozenSet<string> InversionLeads { get; }

    public FrozenSet<string> SubjectPronouns { get; }

    public FrozenSet<string> RelativeLinks { get; }

    public FrozenSet<string> DefiniteDeterminers { get; }

    public FrozenSet<string> PossessiveEndings { get; }

    public FrozenSet<string> PossessiveDeterminers { get; }

    public FrozenSet<string> PluralPossessives { get; }

    public FrozenSet<string> RecipientPrepositions { get; }

    public ImmutableArray<string> PastParticipleEndings { get; }

    public ImmutableArray<string> PresentParticipleEndings { get; }

    /// <summary>Words with a present participle's ending that open no participial clause ("including", "pendant").</summary>
    public FrozenSet<string> ParticipleLookalikes { get; }

    /// <summary>Participles that place the noun before them ("basées en", "based in"): the places after them are no object.</summary>
    public FrozenSet<string> LocatingParticiples { get; }

    public FrozenSet<string> AmbiguousMonths { get; }

    public FrozenSet<string> DateLeads { get; }

    public FrozenSet<string> PortfolioPrepositions { get; }

    public FrozenSet<string> RemitPrepositions { get; }

    public FrozenSet<string> OrganizationPlaceLinks { get; }

    public FrozenSet<string> PhotoCreditWords { get; }

    public FrozenSet<string> PhotoCreditJoiners { get; }

    public FrozenSet<string> BodyActingWords { get; }

    public ImmutableArray<string> BodyActingEndings { get; }

    public FrozenSet<string> NameComplementLinks { get; }

    public FrozenSet<string> NameEndingVerbs { get; }

    public ImmutableArray<string> ImperfectEndings { get; }

    public ImmutableArray<string> FiniteVerbEndings { get; }

    public FrozenSet<string> SpeechAuxiliaries { get; }

    public FrozenSet<string> SpeechAdverbs { get; }

    public FrozenSet<string> AccessionOfWords { get; }

    public FrozenSet<string> AccessionDestinations { get; }

    public FrozenSet<string> CountryNouns { get; }

    public FrozenSet<string> CountryNounDeterminers { get; }

    public FrozenSet<string> DefiniteArticles { get; }

    public FrozenSet<string> NameConnectors { get; }

    /// <summary>The end of the source marker ("selon", "according to") that starts at token <paramref name="k"/>, or -1.</summary>
    public int SourceMarkerEnd(ImmutableArray<Token> tokens, int k, int end)
    {
        foreach (var marker in sourceMarkers)
        {
            if (k + marker.Length <= end && Matches(tokens, k, marker))
            {
                return k + marker.Length;
            }
        }
        return -1;
    }

    /// <summary>The start of the aside ("de son côté", "for his part") that ends just before token <paramref name="k"/>, or -1.</summary>
    public int VerbAsideStart(ImmutableArray<Token> tokens, int k, int start)
    {
        foreach (var aside in verbAsides)
        {
            if (k - aside.Length >= start && Matches(tokens, k - aside.Length, aside))
            {
                return k - aside.Length;
            }
        }
        return -1;
    }

    /// <summary>The end of the aside that starts at token <paramref name="k"/> ("a affirmé de son côté X"), or -1.</summary>
    public int VerbAsideEnd(ImmutableArray<Token> tokens, int k, int end)
    {
        foreach (var aside in verbAsides)
        {
            if (k + aside.Length <= end && Matches(tokens, k, aside))
            {
                return k + aside.Length;
            }
        }
        return -1;
    }

    public bool IsAccusation(string folded) => StartsWithAny(folded, AccusationPrefixes);

    public bool IsAdverbByEnding(string folded) => EndsWithAny(folded, AdverbEndings);

    public bool IsPastParticiple(string folded) => EndsWithAny(folded, PastParticipleEndings);

    public bool IsPresentParticiple(string folded) => EndsWithAny(folded, PresentParticipleEndings);

    /// <summary>"reported", "approved": an ending that makes the word after a body's name its verb.</summary>
    public bool IsBodyActingByEnding(string folded) => EndsWithAny(folded, BodyActingEndings);

    /// <summary>"estimait", "prolongeaient": a French imperfect or conditional, which ends an organisation's name.</summary>
    public bool IsImperfect(string folded) => EndsWithAny(folded, ImperfectEndings);

    public bool IsFiniteVerbByEnding(string folded) => EndsWithAny(folded, FiniteVerbEndings);

    /// <summary>Whether <paramref name="folded"/> is one of the list's words for <paramref name="language"/>.</summary>
    public bool Is(string list, string language, string folded) => ByLanguage(list, language).Contains(folded);

    /// <summary>Whether <paramref name="folded"/> ends with one of the list's endings for <paramref name="language"/>.</summary>
    public bool EndsWith(string list, string language, string folded)
    {
        foreach (var ending in ByLanguage(list, language))
        {
            if (folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the list has any word for <paramref name="language"/>.</summary>
    public bool Declares(string list, string language) => ByLanguage(list, language).Count > 0;

    // Every list's words per language, built once: asked per trigger, never written after construction.
    private readonly FrozenDictionary<(string List, string Language), FrozenSet<string>> byLanguage;

    // A list of phrases, each as its folded words.
    private ImmutableArray<string[]> Phrases(string list) =>
        [.. grammar[list].All.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextFolding.Fold).ToArray()).Where(p => p.Length > 0)];

    private FrozenSet<string> ByLanguage(string list, string language) =>
        byLanguage.GetValueOrDefault((list, language)) ?? FrozenSet<string>.Empty;

    private static bool Matches(ImmutableArray<Token> tokens, int k, string[] words)
    {
        for (var i = 0; i < words.Length; i++)
        {
            if (tokens[k + i].Folded != words[i])
            {
                return false;
            }
        }
        return true;
    }

    private static bool StartsWithAny(string folded, ImmutableArray<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static bool EndsWithAny(string folded, ImmutableArray<string> endings)
    {
        foreach (var ending in endings)
        {
            if (folded.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private FrozenSet<string> Words(string list) => grammar[list].All.Select(TextFolding.Fold).ToFrozenSet(StringComparer.Ordinal);

    private ImmutableArray<string> Folded(string list) => [.. grammar[list].All.Select(TextFolding.Fold).Distinct(StringComparer.Ordinal)];
}
