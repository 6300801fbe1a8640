using Graph.Extraction.Ontology;

namespace Graph.Extraction.Gazetteer;

/// <summary>One country or place of the compiled gazetteer.</summary>
/// <param name="CountryCode">ISO 3166-1 alpha-2 of the country, or of the country a place lies in.</param>
/// <param name="GeoNamesId">The place's GeoNames id, when the data has one.</param>
/// <param name="Population">Inhabitants (0 for a country): the ontology's threshold keeps the large places.</param>
internal sealed record GazetteerEntry(
    string Id,
    EntityKind Kind,
    string Name,
    string CountryCode,
    string? GeoNamesId,
    string? Capital,
    string? CapitalOf,
    TermSet Aliases,
    TermSet Demonyms,
    long Population)
{
    public bool IsCountry => Kind == EntityKind.Country;
}
