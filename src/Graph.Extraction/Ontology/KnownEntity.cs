using System.Collections.Immutable;

namespace Graph.Extraction.Ontology;

/// <summary>An entity the ontology knows by name, with its aliases and descriptions per language.</summary>
/// <param name="Capital">For a country: id of its capital, which stands for the government in "Pyongyang a déclaré".</param>
/// <param name="CapitalOf">For a city: id of the country it is the capital of.</param>
/// <param name="Parties">For a treaty: the countries whose generic "the treaty" means this one.</param>
public sealed record KnownEntity(
    string Id,
    string Type,
    string Name,
    string? Wikidata,
    TermSet Aliases,
    TermSet Roles,
    TermSet Demonyms,
    string? Capital,
    string? CapitalOf,
    ImmutableArray<string> Parties)
{
    /// <summary>ISO 3166-1 alpha-2 code of a country (from the gazetteer).</summary>
    public string? Iso3166 { get; init; }

    /// <summary>GeoNames id of a place (from the gazetteer).</summary>
    public string? GeoNames { get; init; }

    /// <summary>
    /// For a building: id of the body housed there that shares its name ("the White House"). A shared name is the
    /// building only right after a place preposition ("at the White House"); elsewhere it is the body.
    /// </summary>
    public string? VenueOf { get; init; }

    /// <summary>For a state's body (a ministry, an agency): id of the state it acts for ("the US Treasury" acts for the United States).</summary>
    public string? BodyOf { get; init; }

    /// <summary>Known from the gazetteer alone: its names are common first names and words too ("Vladimir", "Chad").</summary>
    public bool FromGazetteer { get; init; }
}
