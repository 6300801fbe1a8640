using System.Collections.Immutable;

namespace Graph.Extraction.Ontology;

/// <summary>
/// A state's accession to an organisation, read as the treaty that makes it ("Sweden's NATO accession",
/// "l'adhésion de la Suède à l'OTAN"): one Treaty per (country, organisation), with the id from
/// <see cref="IdTemplate"/>; when that id is a known entity, the known treaty.
/// </summary>
/// <param name="Organizations">Ids of the organisations states accede to.</param>
/// <param name="Standalone">Terms that name the accession even when the organisation is left out ("Sweden's accession"):
/// the one organisation of <see cref="Organizations"/> the article names is meant.</param>
public sealed record AccessionDefinition(string IdTemplate, string NameTemplate, TermSet Terms, TermSet Standalone, ImmutableArray<string> Organizations)
{
    public const string CountryPlaceholder = "{country}";
    public const string OrganizationPlaceholder = "{organization}";

    public string IdFor(string countryId, string organizationId) =>
        IdTemplate.Replace(CountryPlaceholder, countryId, StringComparison.Ordinal).Replace(OrganizationPlaceholder, organizationId, StringComparison.Ordinal);

    public string NameFor(string countryName, string organizationName) =>
        NameTemplate.Replace(CountryPlaceholder, countryName, StringComparison.Ordinal).Replace(OrganizationPlaceholder, organizationName, StringComparison.Ordinal);
}
