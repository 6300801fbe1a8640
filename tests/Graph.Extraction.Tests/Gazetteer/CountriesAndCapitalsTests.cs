using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Gazetteer;

/// <summary>
/// Countries and capitals from every continent, most of them absent from the ontology's own entities: the
/// gazetteer knows them, a capital that speaks is its country's government, a capital one travels to is the city.
/// </summary>
public sealed class CountriesAndCapitalsTests
{
    [Theory]
    // Africa
    [InlineData("en", "Nairobi", "Kenya", "kenya", "nairobi")]
    [InlineData("en", "Accra", "Ghana", "ghana", "accra")]
    [InlineData("en", "Abuja", "Nigeria", "nigeria", "abuja")]
    [InlineData("en", "Pretoria", "South Africa", "south-africa", "pretoria")]
    [InlineData("fr", "Bamako", "le Mali", "mali", "bamako")]
    [InlineData("fr", "Dakar", "le Sénégal", "senegal", "dakar")]
    [InlineData("fr", "Addis-Abeba", "l'Éthiopie", "ethiopia", "addis-ababa")]
    [InlineData("fr", "Le Caire", "l'Égypte", "egypt", "cairo")]
    [InlineData("fr", "Kinshasa", "la RDC", "democratic-republic-of-the-congo", "kinshasa")]
    // The Americas
    [InlineData("en", "Bogota", "Colombia", "colombia", "bogota")]
    [InlineData("en", "Santiago", "Chile", "chile", "santiago")]
    [InlineData("en", "Buenos Aires", "Argentina", "argentina", "buenos-aires")]
    [InlineData("en", "Mexico City", "Mexico", "mexico", "mexico-city")]
    [InlineData("en", "Ottawa", "Canada", "canada", "ottawa")]
    [InlineData("fr", "Brasilia", "le Brésil", "brazil", "brasilia")]
    [InlineData("fr", "Caracas", "le Venezuela", "venezuela", "caracas")]
    [InlineData("fr", "Lima", "le Pérou", "peru", "lima")]
    // Asia
    [InlineData("en", "Jakarta", "Indonesia", "indonesia", "jakarta")]
    [InlineData("en", "Bangkok", "Thailand", "thailand", "bangkok")]
    [InlineData("en", "Islamabad", "Pakistan", "pakistan", "islamabad")]
    [InlineData("en", "Dhaka", "Bangladesh", "bangladesh", "dhaka")]
    [InlineData("fr", "Kaboul", "l'Afghanistan", "afghanistan", "kabul")]
    [InlineData("fr", "Hanoï", "le Vietnam", "vietnam", "hanoi")]
    // Europe
    [InlineData("en", "Prague", "Czechia", "czechia", "prague")]
    [InlineData("en", "Oslo", "Norway", "norway", "oslo")]
    [InlineData("fr", "Madrid", "l'Espagne", "spain", "madrid")]
    [InlineData("fr", "Erevan", "l'Arménie", "armenia", "yerevan")]
    // Oceania
    [InlineData("en", "Wellington", "New Zealand", "new-zealand", "wellington")]
    [InlineData("fr", "Canberra", "l'Australie", "australia", "canberra")]
    public void A_capital_that_speaks_is_its_government_and_a_capital_one_lands_in_is_the_city(string language, string capital, string country, string countryId, string capitalId)
    {
        var speaks = language == "en"
            ? $"{capital} said on Monday that the talks would resume next week."
            : $"{capital} a annoncé lundi la reprise des discussions.";
        var visited = language == "en"
            ? $"The delegation landed in {capital} before touring {country} by road."
            : $"La délégation est arrivée à {capital} avant de parcourir {country} en voiture.";

        var government = Extractor.Run(speaks, language);
        var place = Extractor.Run(visited, language);

        Assert.Equal("Country", government.Entity(countryId)?.Type);
        Assert.Null(government.Entity(capitalId));
        Assert.True(government.Has(countryId, "STATED"), government.Describe());
        Assert.Equal("Location", place.Entity(capitalId)?.Type);
        Assert.Equal("Country", place.Entity(countryId)?.Type);
        Assert.DoesNotContain(place.Entity(countryId)!.Mentions, m => m.Text == capital);
    }

    [Theory]
    [InlineData("fr", "Les combats se poursuivent dans la région de Tillabéri, selon l'armée.", "Tillabéri")]
    [InlineData("en", "Fighting went on in the Tillaberi region, the army said.", "Tillaberi")]
    public void A_place_outside_the_gazetteer_is_still_a_place_by_its_cue(string language, string text, string name)
    {
        var result = Extractor.Run(text, language);

        Assert.Contains(result.Entities, e => e.Type == "Location" && e.Mentions.Any(m => m.Text.Contains(name, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("La junte malienne a annoncé mardi la fin de la coopération.", "mali")]
    [InlineData("La junte nigérienne a déclaré que les soldats devaient partir.", "niger")]
    public void A_junta_named_by_its_demonym_is_its_country(string text, string country)
    {
        var result = Extractor.Run(text, "fr");

        Assert.True(result.Has(country, "STATED"), result.Describe());
    }

    [Fact]
    public void A_country_keeps_its_id_and_gains_its_iso_code_from_the_gazetteer()
    {
        var ontology = Graph.Extraction.Ontology.OntologyLoader.Load(Extractor.OntologyPath);

        Assert.Equal("UA", ontology.FindEntity("ukraine")?.Iso3166);
        Assert.Equal("KP", ontology.FindEntity("north-korea")?.Iso3166);
        Assert.Equal("ML", ontology.FindEntity("mali")?.Iso3166);
        Assert.Equal("mali", ontology.FindEntity("bamako")?.CapitalOf);
        Assert.NotNull(ontology.FindEntity("kursk-oblast"));
        Assert.Null(ontology.FindEntity("kursk"));
    }
}
