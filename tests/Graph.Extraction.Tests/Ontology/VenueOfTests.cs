using Graph.Extraction.Ontology;

namespace Graph.Extraction.Tests.Ontology;

/// <summary>An entity's <c>venue_of</c>: read into the entity, and refused at its line when it names no entity.</summary>
public sealed class VenueOfTests
{
    private const string File = "venues.yaml";

    private static string Ontology(string venueOf) => """
        version: 1
        languages: [fr, en]
        entity_types:
          - name: Organization
          - name: Location
        relation_types: []
        entities:
          - {id: grand-council, type: Organization, name: Grand Council, aliases: {en: [Grand Council]}}
          - {id: grand-council-hall, type: Location, name: Grand Council (hall), venue_of: VENUE, aliases: {en: [Grand Council]}}
        """.Replace("VENUE", venueOf, StringComparison.Ordinal);

    [Fact]
    public void A_building_names_the_body_it_houses()
    {
        var ontology = OntologyLoader.Parse(Ontology("grand-council"), File);

        Assert.Equal("grand-council", ontology.FindEntity("grand-council-hall")?.VenueOf);
        Assert.Null(ontology.FindEntity("grand-council")?.VenueOf);
    }

    [Fact]
    public void A_venue_of_no_entity_is_refused_at_its_line()
    {
        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(Ontology("grand-counsel"), File));

        Assert.Equal(File, e.File);
        Assert.Equal(9, e.Line);
        Assert.Contains("grand-counsel", e.Message, StringComparison.Ordinal);
    }
}
