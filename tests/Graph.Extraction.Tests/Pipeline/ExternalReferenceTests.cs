namespace Graph.Extraction.Tests.Pipeline;

/// <summary>Known countries and places carry the external ids of the open data they come from.</summary>
public sealed class ExternalReferenceTests
{
    [Fact]
    public void A_country_carries_its_iso_code_and_a_city_its_geonames_id()
    {
        var result = Extractor.Run("Le Pérou et le Chili ont tenu une réunion à Lima mardi.", "fr");

        Assert.Equal("PE", result.Entity("peru")?.Iso3166);
        Assert.Equal("CL", result.Entity("chile")?.Iso3166);
        var lima = Assert.Single(result.Entities, e => e.Name == "Lima");
        Assert.False(string.IsNullOrEmpty(lima.GeoNames));
        Assert.Null(lima.Iso3166);
    }

    [Fact]
    public void An_unknown_name_has_no_external_id()
    {
        var result = Extractor.Run("Le chercheur Tomas Berglund a présenté le rapport.", "fr");

        var person = Assert.Single(result.Entities, e => e.Type == "Person");
        Assert.Null(person.Iso3166);
        Assert.Null(person.GeoNames);
    }
}
