using System.Collections.Immutable;

namespace Graph.Extraction.Ontology;

/// <summary>
/// The closed-class words relation extraction reasons with, per language: named word lists (prepositions,
/// auxiliaries, pronouns...) read from YAML. The built-in lists (<c>Ontology/grammar.yaml</c>, embedded) apply unless
/// an ontology's <c>grammar:</c> section replaces one.
/// </summary>
public sealed record GrammarDefinition(ImmutableSortedDictionary<string, TermSet> Lists)
{
    public const string Prepositions = "prepositions";
    public const string Determiners = "determiners";
    public const string PassiveAuxiliaries = "passive_auxiliaries";
    public const string Agents = "agents";
    public const string ClauseBoundaries = "clause_boundaries";
    public const string ClauseAdverbs = "clause_adverbs";
    public const string Negations = "negations";
    public const string Relatives = "relatives";
    public const string Fillers = "fillers";
    public const string Auxiliaries = "auxiliaries";
    public const string Adverbs = "adverbs";
    public const string AdverbEndings = "adverb_endings";
    public const string ClauseOpeners = "clause_openers";
    public const string SourceMarkers = "source_markers";
    public const string AccusationPrefixes = "accusation_prefixes";
    public const string Coordinators = "coordinators";
    public const string OfWords = "of_words";
    public const string AsWords = "as_words";
    public const string PastAuxiliaries = "past_auxiliaries";
    public const string ContinuingAdverbs = "continuing_adverbs";
    public const string InversionJoiners = "inversion_joiners";
    public const string InversionLeads = "inversion_leads";
    public const string VerbAsides = "verb_asides";
    public const string SubjectPronouns = "subject_pronouns";
    public const string RelativeLinks = "relative_links";
    public const string DefiniteDeterminers = "definite_determiners";
    public const string PossessiveEndings = "possessive_endings";
    public const string PossessiveDeterminers = "possessive_determiners";
    public const string PluralPossessives = "plural_possessives";
    public const string OpeningPossessives = "opening_possessives";
    public const string GerundMarkers = "gerund_markers";
    public const string FutureOfPast = "future_of_past";
    public const string ReportComplementizers = "report_complementizers";
    public const string NounArticles = "noun_articles";
    public const string RecipientPrepositions = "recipient_prepositions";
    public const string PastParticipleEndings = "past_participle_endings";
    public const string PresentParticipleEndings = "present_participle_endings";
    public const string ParticipleLookalikes = "participle_lookalikes";
    public const string LocatingParticiples = "locating_participles";
    public const string PluralEndings = "plural_endings";
    public const string NounDeterminers = "noun_determiners";
    public const string PlaceAdjectiveEndings = "place_adjective_endings";
    public const string AmbiguousMonths = "ambiguous_months";
    public const string DateLeads = "date_leads";
    public const string CapitalActsAfter = "capital_acts_after";
    public const string CapitalActsBefore = "capital_acts_before";
    public const string PortfolioPrepositions = "portfolio_prepositions";
    public const string RemitPrepositions = "remit_prepositions";
    public const string OrganizationPlaceLinks = "organization_place_links";
    public const string PhotoCreditWords = "photo_credit_words";
    public const string PhotoCreditJoiners = "photo_credit_joiners";
    public const string BodyActingWords = "body_acting_words";
    public const string BodyActingEndings = "body_acting_endings";
    public const string NameComplementLinks = "name_complement_links";
    public const string NameEndingVerbs = "name_ending_verbs";
    public const string ImperfectEndings = "imperfect_endings";
    public const string FiniteVerbEndings = "finite_verb_endings";
    public const string SpeechAuxiliaries = "speech_auxiliaries";
    public const string SpeechAdverbs = "speech_adverbs";
    public const string AccessionOfWords = "accession_of_words";
    public const string AccessionDestinations = "accession_destinations";
    public const string CountryNouns = "country_nouns";
    public const string CountryNounDeterminers = "country_noun_determiners";
    public const string DefiniteArticles = "definite_articles";
    public const string NameConnectors = "name_connectors";

    /// <summary>Every list the extractor reads: a grammar section may name only these (a misspelt key is refused).</summary>
    public static readonly ImmutableArray<string> Known =
    [
        Prepositions, Determiners, PassiveAuxiliaries, Agents, ClauseBoundaries, ClauseAdverbs, Negations, Relatives, Fillers, Auxiliaries,
        Adverbs, AdverbEndings, ClauseOpeners, SourceMarkers, AccusationPrefixes, Coordinators, OfWords, AsWords, PastAuxiliaries,
        ContinuingAdverbs, InversionJoiners, InversionLeads, VerbAsides, SubjectPronouns, RelativeLinks, DefiniteDeterminers, PossessiveEndings,
        PossessiveDeterminers, PluralPossessives, OpeningPossessives, GerundMarkers, FutureOfPast, ReportComplementizers, NounArticles, RecipientPrepositions,
        PastParticipleEndings, PresentParticipleEndings,
        ParticipleLookalikes, LocatingParticiples, PluralEndings, NounDeterminers, PlaceAdjectiveEndings, AmbiguousMonths, DateLeads,
        CapitalActsAfter, CapitalActsBefore, PortfolioPrepositions, RemitPrepositions, OrganizationPlaceLinks, PhotoCreditWords, PhotoCreditJoiners, BodyActingWords,
        BodyActingEndings, NameComplementLinks, NameEndingVerbs, ImperfectEndings, FiniteVerbEndings, SpeechAuxiliaries, SpeechAdverbs,
        AccessionOfWords, AccessionDestinations, CountryNouns, CountryNounDeterminers, DefiniteArticles, NameConnectors,
    ];

    public TermSet this[string name] => Lists.GetValueOrDefault(name) ?? TermSet.Empty;

    /// <summary>These lists with each list <paramref name="overrides"/> declares replaced by its own.</summary>
    public GrammarDefinition With(GrammarDefinition overrides) =>
        new(overrides.Lists.Aggregate(Lists, (lists, list) => lists.SetItem(list.Key, list.Value)));
}
