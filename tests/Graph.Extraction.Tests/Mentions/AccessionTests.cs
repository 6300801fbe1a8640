using Graph.Extraction.Ontology;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>A state's accession to an organisation is read as the treaty parliaments ratify.</summary>
public sealed class AccessionTests
{
    [Theory]
    [InlineData("The Turkish parliament ratified on Thursday Finland's admission to NATO, the North Atlantic alliance.", "en")]
    [InlineData("Turkey's parliament ratified the accession of Finland to NATO on Thursday.", "en")]
    [InlineData("Jeudi, le parlement turc a ratifié l'entrée de la Finlande dans l'OTAN.", "fr")]
    public void A_ratified_accession_is_the_known_protocol(string text, string language)
    {
        var result = Extractor.Run(text, language);

        Assert.True(result.Has("grand-national-assembly-turkey", "RATIFIED", "finland-nato-accession-protocol"), result.Describe());
        Assert.NotNull(result.Entity("finland"));
    }

    [Fact]
    public void An_accession_the_ontology_does_not_list_gets_an_id_from_the_template()
    {
        var result = Extractor.Run("Lawmakers in Kyiv welcomed Ukraine's EU membership talks, and Hungary's parliament ratified Ukraine's accession to the European Union.", "en");

        Assert.Equal("Treaty", result.Entity("ukraine-european-union-accession-protocol")?.Type);
    }

    [Fact]
    public void A_bare_accession_takes_the_one_organisation_the_article_names()
    {
        var result = Extractor.Run("NATO leaders met in Vilnius. Hungary's parliament later ratified Sweden's accession.", "en");

        Assert.True(result.Has("hungarian-parliament", "RATIFIED", "sweden-nato-accession-protocol"), result.Describe());
    }

    [Fact]
    public void Membership_without_an_organisation_is_no_treaty()
    {
        var result = Extractor.Run("NATO officials praised Japan's membership of the group of seven.", "en");
        var accession = Extractor.Run("NATO officials praised Japan's membership of the group of seven and Sweden's NATO membership.", "en");

        Assert.DoesNotContain(result.Entities, e => e.Type == "Treaty");
        // The organisation's own membership, in the same sentence, is its accession treaty.
        Assert.Single(accession.Entities, e => e.Type == "Treaty");
    }

    [Fact]
    public void An_accession_organisation_that_is_not_an_organisation_stops_loading()
    {
        var text = File.ReadAllText(Extractor.OntologyPath).Replace("organizations: [nato, european-union]", "organizations: [nato, france]", StringComparison.Ordinal);

        var error = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(text, "broken.yaml"));

        Assert.Contains("'france'", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"broken\.yaml:\d+:\d+", error.Message);
    }
    [Fact]
    public void The_countrys_accession_and_lawmakers_named_by_nationality_are_read()
    {
        var result = Extractor.Run("Sweden's parliament approved the country's accession to NATO, weeks after Turkish lawmakers ratified the protocol.", "en");

        Assert.True(result.Has("sweden-parliament", "RATIFIED", "sweden-nato-accession-protocol"), result.Describe());
        Assert.True(result.Has("grand-national-assembly-turkey", "RATIFIED", "sweden-nato-accession-protocol"), result.Describe());
    }
}
