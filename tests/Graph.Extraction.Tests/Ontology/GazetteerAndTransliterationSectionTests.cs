using Graph.Extraction.Ontology;

namespace Graph.Extraction.Tests.Ontology;

/// <summary>The ontology's gazetteer and transliteration sections: optional, strict, and errors at the offending node.</summary>
public sealed class GazetteerAndTransliterationSectionTests
{
    private const string File = "sections.yaml";

    // Line numbers below count from this template's first line; the section under test starts at line 9.
    private static string Ontology(string section) => $"""
        version: 1
        languages: [fr, en]
        entity_types:
          - name: Country
          - name: Location
          - name: Person
        relation_types: []
        entities: [{"{"}id: kyiv, type: Location, name: Kyiv, capital_of: ukraine, aliases: {"{"}fr: [Kiev]{"}"}{"}"}]
        {section}
        """;

    // Without the gazetteer, capital_of may only name the ontology's own entities.
    private static string WithoutGazetteerCountry(string section) => Ontology(section).Replace(", capital_of: ukraine", "", StringComparison.Ordinal);

    [Fact]
    public void Without_the_sections_an_ontology_has_only_its_own_entities_and_no_rules()
    {
        var ontology = OntologyLoader.Parse(WithoutGazetteerCountry(""), File);

        Assert.Single(ontology.Entities);
        Assert.True(ontology.Transliteration.IsEmpty);
        Assert.Null(ontology.GazetteerHash);
    }

    [Fact]
    public void With_the_gazetteer_an_own_entity_keeps_its_id_and_names_and_may_name_a_gazetteer_country()
    {
        var ontology = OntologyLoader.Parse(Ontology("gazetteer: {min_population: 5000000}"), File);

        var kyiv = ontology.FindEntity("kyiv")!;
        Assert.Equal("ukraine", kyiv.CapitalOf);
        Assert.Contains("Kiev", kyiv.Aliases.All);
        Assert.Equal("UA", ontology.FindEntity("ukraine")?.Iso3166);
        Assert.Single(ontology.Entities, e => e.Id == "kyiv");
        Assert.NotNull(ontology.GazetteerHash);
    }

    [Fact]
    public void An_unknown_key_in_the_gazetteer_section_is_refused_where_it_is()
    {
        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(Ontology("gazetteer: {min_population: 1000, cities: all}"), File));

        Assert.Equal(File, e.File);
        Assert.Equal(9, e.Line);
        Assert.Contains("cities", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_is_not_a_regular_expression_is_refused_with_its_line()
    {
        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(WithoutGazetteerCountry("transliteration: {rules: [{replace: \"(ou\", with: u}]}"), File));

        Assert.Equal(9, e.Line);
        Assert.Contains("not a valid regular expression", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_name_in_two_groups_is_refused()
    {
        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(WithoutGazetteerCountry("transliteration: {first_names: [[Yuri, Iouri], [Youri, Iouri]]}"), File));

        Assert.Contains("Iouri", e.Message, StringComparison.Ordinal);
    }
}
