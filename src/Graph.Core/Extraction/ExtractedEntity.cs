using System.Collections.Immutable;

namespace Graph.Core.Extraction;

/// <summary>An entity resolved within one article: one record per real-world referent.</summary>
/// <param name="Id">Stable id: the ontology id for known entities, a slug of the normalised name otherwise.</param>
/// <param name="Type">An entity type declared by the ontology (e.g. Person).</param>
public sealed record ExtractedEntity(
    string Id,
    string Name,
    string Type,
    ImmutableArray<string> Aliases,
    string? Wikidata,
    ImmutableArray<Mention> Mentions)
{
    /// <summary>ISO 3166-1 alpha-2 code of a country the gazetteer or the ontology knows.</summary>
    public string? Iso3166 { get; init; }

    /// <summary>GeoNames id of a place the gazetteer knows.</summary>
    public string? GeoNames { get; init; }
}
