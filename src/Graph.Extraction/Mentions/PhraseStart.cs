namespace Graph.Extraction.Mentions;

/// <summary>Which lexicon lists a word may start a phrase of (see <see cref="PhraseStarts"/>).</summary>
[Flags]
internal enum PhraseStart
{
    None = 0,
    Name = 1,
    Role = 2,
    Demonym = 4,
    TreatyNoun = 8,
    InstitutionTerm = 16,

    /// <summary>An accession term, or "country"/"pays" of "the country's accession".</summary>
    AccessionTerm = 32,
    Honorific = 64,

    /// <summary>The lists <see cref="MentionFinder"/> looks phrases up in; the other flags tell single look-ups apart.</summary>
    Lists = Name | Role | Demonym | TreatyNoun | InstitutionTerm | AccessionTerm | Honorific,

    // What new-name recognition asks of nearly every word around a capital: "...Start" a word phrases of a cue
    // list start with (so that a walk of its trie can find something), "...Word" a one-word phrase of it.
    FunctionWord = 1 << 7,
    TriggerStart = 1 << 8,
    TriggerWord = 1 << 9,
    PersonTitleStart = 1 << 10,
    PersonTitleWord = 1 << 11,
    PortfolioStart = 1 << 12,
    LocationHeadStart = 1 << 13,
    LocationHeadWord = 1 << 14,
    OrganizationHeadWord = 1 << 15,
    TreatyNounWord = 1 << 16,
    ClaimMarkerStart = 1 << 17,
}
