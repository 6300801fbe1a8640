using System.Collections.Immutable;

namespace Graph.Extraction.Ontology;

/// <summary>
/// A body every state has, named by description rather than by name ("South Korea's foreign ministry",
/// "l'armée sud-coréenne"): each country gets its own entity of <see cref="Type"/>, named from
/// <see cref="NameTemplate"/>, unless <see cref="Known"/> maps the country to an entity the ontology names.
/// </summary>
/// <param name="Kind">Lowercase slug that ends the generated id: "south-korea" + "armed-forces".</param>
/// <param name="NameTemplate">Canonical English name with "{country}" standing for the country's name.</param>
/// <param name="Known">Country id → id of the known entity that is this body for that country.</param>
public sealed record InstitutionDefinition(
    string Kind,
    string NameTemplate,
    string Type,
    TermSet Terms,
    ImmutableSortedDictionary<string, string> Known)
{
    public const string CountryPlaceholder = "{country}";

    public string IdFor(string countryId) => Known.GetValueOrDefault(countryId) ?? $"{countryId}-{Kind}";

    public string NameFor(string countryName) => NameTemplate.Replace(CountryPlaceholder, countryName, StringComparison.Ordinal);
}
