using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>
/// The label a bare person's name is given: the name as written, except that a nickname inside it stands for the
/// given names, and a full legal name that a <c>legal_name_markers</c> word follows keeps its first and last names
/// (an encyclopedia's lead); a name after an <c>alias_markers</c> phrase is the person named before it. Invented sentences.
/// </summary>
public sealed class PersonLabelTests
{
    private const string Cues = """
        version: 1
        languages: [en]
        entity_types:
          - name: Person
            after: {en: ["(", was]}
          - name: Office
            heads: {en: [President]}
        relation_types:
          - name: HELD
            subject: [Person]
            object: [Office]
            triggers: {en: [was, is]}
        cues:
          name_particles: {en: [de, van, ben]}
          name_connectors: {en: [of, of the]}
          function_words: {en: [the, a, in, he, she, was, is]}
        """;

    private static readonly ExtractionPipeline WithMarkers = new(OntologyLoader.Parse(Cues + "\n" + """
          legal_name_markers: {en: ["("]}
          alias_markers: {en: [born, also called]}
        """, "labels.yaml"));

    private static readonly ExtractionPipeline WithoutMarkers = new(OntologyLoader.Parse(Cues, "labels.yaml"));

    [Theory]
    [InlineData("Tomasz \"Tomek\" Wrona (born 1961) was the President of Norland.", "Tomek Wrona")]
    [InlineData("Hendrik (Henk) van Aalst was the President of Norland.", "Henk van Aalst")]
    public void A_nickname_inside_the_name_stands_for_the_given_names(string text, string label)
    {
        var result = Extractor.Run(WithoutMarkers, text, "en");

        Assert.Equal("Person", result.TypeOfEntityNamed(label));
        Assert.True(result.Has(Slug(label), "HELD", "president-of-norland"), result.Describe());
    }

    [Theory]
    [InlineData("Ingrid Solveig Marta Haugland (born 1958) was the President of Norland.", "Ingrid Haugland")]
    [InlineData("Luis Alberto Gomes de Castro (born 1940) was the President of Norland.", "Luis de Castro")]
    [InlineData("Omar Karim Ben Salah (born 1950) was the President of Norland.", "Omar Ben Salah")]
    [InlineData("Henrik Dahl KBE (born 1950) was the President of Norland.", "Henrik Dahl")]
    public void A_legal_name_before_a_marker_keeps_its_first_and_last_names_and_no_post_nominal_letters(string text, string label)
    {
        var result = Extractor.Run(WithMarkers, text, "en");

        Assert.Equal("Person", result.TypeOfEntityNamed(label));
        Assert.True(result.Has(Slug(label), "HELD", "president-of-norland"), result.Describe());
    }

    [Fact]
    public void A_name_with_an_initial_without_a_marker_or_without_the_cue_set_keeps_every_word()
    {
        var initial = Extractor.Run(WithMarkers, "Walter K. Brandt (born 1931) was the President of Norland.", "en");
        var noMarker = Extractor.Run(WithMarkers, "Ingrid Solveig Haugland was the President of Norland.", "en");
        var noCue = Extractor.Run(WithoutMarkers, "Ingrid Solveig Haugland (born 1958) was the President of Norland.", "en");

        Assert.Equal("Person", initial.TypeOfEntityNamed("Walter K. Brandt"));
        Assert.Equal("Person", noMarker.TypeOfEntityNamed("Ingrid Solveig Haugland"));
        Assert.Equal("Person", noCue.TypeOfEntityNamed("Ingrid Solveig Haugland"));
    }

    [Fact]
    public void Post_nominal_letters_after_a_name_name_no_one()
    {
        var result = Extractor.Run(WithoutMarkers, "Henrik Dahl KBE CMG FRS (born 1950) was the President of Norland.", "en");

        Assert.True(result.Has("henrik-dahl", "HELD", "president-of-norland"), result.Describe());
        Assert.Single(result.Entities, e => e.Type == "Person");
    }

    [Theory]
    [InlineData("Marta Lund (1901-1980), born Marta Berg, was the President of Norland.")]
    [InlineData("Marta Lund, also called Marta Berg, was the President of Norland.")]
    public void A_name_after_an_alias_marker_is_the_person_named_before_it(string text)
    {
        var aliased = Extractor.Run(WithMarkers, text, "en");
        var unmarked = Extractor.Run(WithoutMarkers, text, "en");

        Assert.True(aliased.Has("marta-lund", "HELD", "president-of-norland"), aliased.Describe());
        Assert.Single(aliased.Entities, e => e.Type == "Person");
        Assert.NotNull(unmarked.Entity("marta-berg"));
    }

    private static string Slug(string label) => label.ToLowerInvariant().Replace(' ', '-');
}
