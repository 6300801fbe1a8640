using Graph.Core.Extraction;
using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests.Pipeline;

/// <summary>
/// An ontology for another domain, written from scratch in a temporary file (business news: ACQUIRED and APPOINTED
/// with a role qualifier), drives extraction with no code change: active and passive voice, a nominalisation and a
/// list, in French and English. Sentences and companies invented for this test.
/// </summary>
public sealed class BusinessDomainTests : IDisposable
{
    private const string Ontology = """
        version: 1
        languages: [fr, en]
        entity_types:
          - name: Organization
          - name: Person
        relation_types:
          - name: ACQUIRED
            subject: [Organization]
            object: [Organization]
            triggers:
              fr: [a racheté, racheté, rachète, a acquis, acquis, rachat, acquisition]
              en: [acquired, acquires, bought, buys, acquisition, takeover]
          - name: APPOINTED
            subject: [Organization]
            object: [Person]
            qualifiers: {role: {noun: roles}}
            triggers:
              fr: [a nommé, nommé, nommée, nomination]
              en: [appointed, appoints, named, appointment]
        cues:
          roles:
            fr: [directeur général, directrice générale, directrice financière, directeur financier, présidente, président]
            en: [chief executive, chief financial officer, chair, chairwoman, chairman]
          list_conjunctions:
            fr: [et, ainsi que]
            en: [and, as well as]
          function_words:
            fr: [le, la, les, l', un, une, de, du, des, par, et]
            en: [the, a, an, of, by, and, as]
        entities:
          - {id: norvik-systems, type: Organization, name: Norvik Systems, aliases: {fr: [Norvik Systems, Norvik], en: [Norvik Systems, Norvik]}}
          - {id: baltra-labs, type: Organization, name: Baltra Labs, aliases: {fr: [Baltra Labs], en: [Baltra Labs]}}
          - {id: cendo-media, type: Organization, name: Cendo Media, aliases: {fr: [Cendo Media], en: [Cendo Media]}}
          - {id: tarsel-group, type: Organization, name: Tarsel Group, aliases: {fr: [Tarsel Group], en: [Tarsel Group]}}
          - {id: ines-carvalho, type: Person, name: Ines Carvalho, aliases: {fr: [Ines Carvalho], en: [Ines Carvalho]}}
        """;

    private readonly string folder = Path.Combine(Path.GetTempPath(), "graph-business-" + Guid.NewGuid().ToString("N"));
    private readonly ExtractionPipeline pipeline;

    public BusinessDomainTests()
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "business.yaml");
        File.WriteAllText(path, Ontology);
        pipeline = new ExtractionPipeline(OntologyLoader.Load(path));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private ArticleExtraction Run(string text, string language) => Extractor.Run(pipeline, text, language, "2025-03-10");

    [Theory]
    [InlineData("Norvik Systems acquired Baltra Labs on Monday for an undisclosed sum.", "en")]
    [InlineData("Baltra Labs was acquired by Norvik Systems last year.", "en")]
    [InlineData("Norvik Systems's acquisition of Baltra Labs closed in May.", "en")]
    [InlineData("Norvik Systems a racheté Baltra Labs lundi dernier.", "fr")]
    [InlineData("Baltra Labs a été racheté par Norvik Systems en janvier.", "fr")]
    [InlineData("Le rachat de Baltra Labs par Norvik Systems a surpris les analystes.", "fr")]
    public void An_acquisition_is_read_in_the_active_the_passive_and_as_a_noun(string text, string language)
    {
        var extraction = Run(text, language);

        Assert.True(extraction.Has("norvik-systems", "ACQUIRED", "baltra-labs"), extraction.Describe());
        Assert.False(extraction.Has("baltra-labs", "ACQUIRED", "norvik-systems"), extraction.Describe());
    }

    [Theory]
    [InlineData("Norvik Systems bought Baltra Labs, Cendo Media and Tarsel Group in one year.", "en")]
    [InlineData("Norvik a racheté Baltra Labs, Cendo Media ainsi que Tarsel Group en un an.", "fr")]
    public void A_list_of_companies_bought_gives_one_acquisition_each(string text, string language)
    {
        var extraction = Run(text, language);

        foreach (var target in new[] { "baltra-labs", "cendo-media", "tarsel-group" })
        {
            Assert.True(extraction.Has("norvik-systems", "ACQUIRED", target), extraction.Describe());
        }
    }

    [Theory]
    [InlineData("Norvik Systems appointed Ines Carvalho as chief financial officer on Friday.", "en", "chief financial officer")]
    [InlineData("Norvik Systems a nommé Ines Carvalho directrice financière vendredi.", "fr", "directrice financière")]
    [InlineData("Ines Carvalho was named chair by Norvik Systems.", "en", "chair")]
    public void An_appointment_carries_its_role(string text, string language, string role)
    {
        var extraction = Run(text, language);

        var fact = Assert.Single(extraction.Relations, f => f.Type == "APPOINTED");
        Assert.Equal(("norvik-systems", "ines-carvalho"), (fact.Subject, fact.Object));
        Assert.Equal(role, fact.Properties["role"]);
    }
}
