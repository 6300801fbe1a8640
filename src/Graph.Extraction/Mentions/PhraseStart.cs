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
}
