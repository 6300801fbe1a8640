using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Text;

/// <summary>
/// Text decoded in the wrong encoding is full of "«" glued after a letter ("BÅ«taflÄ«qa"); such a mark opens no
/// quotation, so the names after it are still read as the sentence's own. A real opening quote still hides its
/// names from relation extraction. Invented sentences.
/// </summary>
public sealed class GluedQuoteMarkTests
{
    private const string Yaml = """
        version: 1
        languages: [en]
        entity_types:
          - name: Person
            after: {en: ["("]}
          - name: Office
            heads: {en: [President]}
        relation_types:
          - name: HELD
            subject: [Person]
            object: [Office]
            triggers: {en: [served as]}
        cues:
          function_words: {en: [the, a, an, who, is, as, of]}
          name_connectors: {en: [of]}
        """;

    private static readonly ExtractionPipeline Pipeline = new(OntologyLoader.Parse(Yaml, "quotes.yaml"));

    [Fact]
    public void A_mark_glued_after_a_letter_opens_no_quotation()
    {
        var result = Extractor.Run(Pipeline, "Olan Berek (romanized: BÃ«rek; born 1950) is a politician who served as President of Norland.", "en");

        Assert.True(result.Has("olan-berek", "HELD", "president-of-norland"), result.Describe());
    }

    [Fact]
    public void A_mark_after_a_space_still_opens_one()
    {
        var result = Extractor.Run(Pipeline, "Olan Berek (born 1950) is a politician who wrote « served as President of Norland » in a novel.", "en");

        Assert.False(result.Has("olan-berek", "HELD", "president-of-norland"), result.Describe());
    }
}
