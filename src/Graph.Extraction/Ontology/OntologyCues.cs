using System.Collections.Immutable;

namespace Graph.Extraction.Ontology;

/// <summary>Named word lists that guide recognition (titles, organisation heads, hedges...).</summary>
public sealed record OntologyCues(ImmutableSortedDictionary<string, TermSet> Sets)
{
    public const string PersonTitles = "person_titles";
    public const string OrganizationHeads = "organization_heads";
    public const string LocationHeads = "location_heads";
    public const string TreatyNouns = "treaty_nouns";
    public const string Hedges = "hedges";
    public const string Hypothetical = "hypothetical";
    public const string Future = "future";
    public const string ClaimMarkers = "claim_markers";
    public const string FunctionWords = "function_words";
    public const string Pronouns = "pronouns";
    public const string Months = "months";
    public const string Weekdays = "weekdays";
    public const string Portfolios = "portfolios";
    public const string AddresseeVerbs = "addressee_verbs";
    public const string GovernmentNouns = "government_nouns";
    public const string OppositionWords = "opposition_words";
    public const string ListConjunctions = "list_conjunctions";
    public const string PartyMarkers = "party_markers";
    public const string ReflexivePronouns = "reflexive_pronouns";
    public const string CompanionMarkers = "companion_markers";
    public const string PluralPronouns = "plural_pronouns";
    public const string CapitalActsBefore = "capital_acts_before";
    public const string CapitalActsAfter = "capital_acts_after";
    public const string NameParticles = "name_particles";
    public const string NameConnectors = "name_connectors";
    public const string ContinuationVerbs = "continuation_verbs";
    public const string ClausePrepositions = "clause_prepositions";
    public const string FactualConditionals = "factual_conditionals";
    public const string PairWords = "pair_words";
    public const string CollectivePersonNouns = "collective_person_nouns";
    public const string PresentAuxiliaries = "present_auxiliaries";
    public const string PlacePrepositions = "place_prepositions";
    public const string ThingWords = "thing_words";
    public const string Honorifics = "honorifics";
    public const string DescriptionLinks = "description_links";
    public const string NamePossessives = "name_possessives";
    public const string SupportVerbs = "support_verbs";
    public const string InfinitiveMarkers = "infinitive_markers";
    public const string LonePlacePrepositions = "lone_place_prepositions";
    public const string CapitalActsInfinitive = "capital_acts_infinitive";

    /// <summary>
    /// Words right after a person's name of three words or more that mark it as the full legal name an encyclopedia's
    /// lead gives ("Pekka Olavi Haavisto (born"): the name's label is then its first and last names, as people are known.
    /// </summary>
    public const string LegalNameMarkers = "legal_name_markers";

    /// <summary>
    /// Words right before a person's name that make it another name of the person named just before in the sentence
    /// ("Mahmoud Sabbaghi (…), born Mahmoud Tehrani, is"): one entity, under the first name.
    /// </summary>
    public const string AliasMarkers = "alias_markers";

    /// <summary>Cue sets the extractor reads; an ontology may leave any of them empty but not misspell them.</summary>
    public static readonly ImmutableArray<string> Known =
    [
        PersonTitles, OrganizationHeads, LocationHeads, TreatyNouns, Hedges, OppositionWords, ListConjunctions, PartyMarkers, ReflexivePronouns, CompanionMarkers, PluralPronouns, Hypothetical,
        ClaimMarkers, FunctionWords, Pronouns, Months, Weekdays, Portfolios, AddresseeVerbs, GovernmentNouns, Future,
        CapitalActsBefore, CapitalActsAfter,
        NameParticles, NameConnectors, ContinuationVerbs, ClausePrepositions, FactualConditionals, PresentAuxiliaries, PairWords, CollectivePersonNouns, PlacePrepositions, ThingWords, Honorifics, DescriptionLinks, SupportVerbs, LonePlacePrepositions, CapitalActsInfinitive, NamePossessives, InfinitiveMarkers, LegalNameMarkers, AliasMarkers,
    ];

    public TermSet this[string name] => Sets.GetValueOrDefault(name) ?? TermSet.Empty;
}
