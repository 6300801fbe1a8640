using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>
/// Names nobody announced: bare people's names, and names typed by the cues a user's own entity types declare.
/// The sentences are invented; the ontology is a small one of the kind `graph ontology import` starts.
/// </summary>
public sealed class BareNameTests
{
    private const string Yaml = """
        version: 1
        languages: [en]
        entity_types:
          - name: Person
            after: {en: ["(", was killed]}
          - name: NavalUnit
            heads: {en: [Navy, Coast Guard]}
          - name: Party
            heads: {en: [Party, League]}
            before: {en: [member of the]}
          - name: Office
            heads: {en: [President, president]}
        relation_types:
          - name: SERVED_IN
            subject: [Person]
            object: [NavalUnit]
            triggers: {en: [served in, joined]}
          - name: MEMBER_OF_PARTY
            subject: [Person]
            object: [Party]
            triggers: {en: [member of, joined]}
          - name: HELD
            subject: [Person]
            object: [Office]
            triggers: {en: [was, is]}
        cues:
          name_particles: {en: [von, de, el]}
          name_connectors: {en: [of, of the]}
          person_titles: {en: [Admiral, Sir]}
          function_words: {en: [the, a, in, he, she, was, is]}
        """;

    private static readonly ExtractionPipeline Pipeline = new(OntologyLoader.Parse(Yaml, "bare.yaml"));

    private static Graph.Core.Extraction.ArticleExtraction Run(string text) => Extractor.Run(Pipeline, text, "en");

    [Fact]
    public void A_name_that_starts_with_a_known_first_name_is_a_person_without_any_cue()
    {
        var result = Run("Margaret Oakhurst served in the Western Coast Guard for ten years.");

        Assert.Equal("Person", result.TypeOfEntityNamed("Margaret Oakhurst"));
        Assert.True(result.Has("margaret-oakhurst", "SERVED_IN", "western-coast-guard"), result.Describe());
    }

    [Fact]
    public void Particles_and_hyphens_stay_inside_the_name_and_post_nominal_letters_stay_out()
    {
        var particles = Run("Otto von Kestrel joined the Baltic Navy.");
        var hyphen = Run("Ahmed Omar el-Haddad joined the Baltic Navy.");
        var letters = Run("Thomas Brisk KCB served in the Baltic Navy.");

        Assert.Equal("Person", particles.TypeOfEntityNamed("Otto von Kestrel"));
        Assert.Equal("Person", hyphen.TypeOfEntityNamed("Ahmed Omar el-Haddad"));
        Assert.Equal("Person", letters.TypeOfEntityNamed("Thomas Brisk"));
    }

    [Fact]
    public void A_title_before_a_bare_name_is_not_part_of_its_label()
    {
        var result = Run("Admiral Henry Loomis served in the Baltic Navy.");

        Assert.Equal("Person", result.TypeOfEntityNamed("Henry Loomis"));
        Assert.Null(result.TypeOfEntityNamed("Admiral Henry Loomis"));
    }

    [Fact]
    public void Words_after_a_name_declared_for_persons_type_a_name_with_no_known_first_name()
    {
        var result = Run("Tauno Vikberg (born 1931) joined the Baltic Navy.");

        Assert.Equal("Person", result.TypeOfEntityNamed("Tauno Vikberg"));
    }

    [Fact]
    public void A_bracketed_aside_with_its_own_semicolon_does_not_hide_the_subject()
    {
        var result = Run("Tauno Vikberg (Norlandic: Tauno Vikberg; born 1931) joined the Baltic Navy.");

        Assert.True(result.Has("tauno-vikberg", "SERVED_IN", "baltic-navy"), result.Describe());
    }

    [Fact]
    public void Without_a_first_name_or_a_cue_a_capitalised_pair_is_not_taken_for_a_person()
    {
        var result = Run("Tauno Vikberg joined the Baltic Navy.");

        Assert.NotEqual("Person", result.TypeOfEntityNamed("Tauno Vikberg"));
    }

    [Fact]
    public void A_name_inside_brackets_needs_more_than_a_first_name()
    {
        var result = Run("The fleet sailed at dawn (report by Laura Finch).");
        var outside = Run("The fleet sailed at dawn. Laura Finch said the crew was tired.");

        Assert.Null(result.TypeOfEntityNamed("Laura Finch"));
        // Outside brackets, as the subject of a sentence, the same name is a person.
        Assert.Equal("Person", outside.TypeOfEntityNamed("Laura Finch"));
    }

    [Fact]
    public void A_head_declared_for_a_user_type_types_the_name_and_its_connected_parts()
    {
        var result = Run("Anna Kettle is a member of the Agrarian Party of Norland.");

        Assert.Equal("Party", result.TypeOfEntityNamed("Agrarian Party of Norland"));
        Assert.True(result.Has("anna-kettle", "MEMBER_OF_PARTY", "agrarian-party-of-norland"), result.Describe());
    }

    [Fact]
    public void A_head_in_a_later_part_names_that_part_alone()
    {
        var result = Run("He was Chief of the Northern Navy until 1950.");

        Assert.Equal("NavalUnit", result.TypeOfEntityNamed("Northern Navy"));
        Assert.Null(result.TypeOfEntityNamed("Chief of the Northern Navy"));
    }

    [Fact]
    public void A_lower_case_head_starts_a_name_joined_to_a_capitalised_one()
    {
        var result = Run("Peter Lund was president of Norland from 1990.");

        Assert.Equal("Office", result.TypeOfEntityNamed("president of Norland"));
        Assert.True(result.Has("peter-lund", "HELD", "president-of-norland"), result.Describe());
    }

    [Fact]
    public void Words_declared_before_a_type_type_the_name_after_them()
    {
        var result = Run("Jonas Brook became a member of the Blue Ravens.");

        Assert.Equal("Party", result.TypeOfEntityNamed("Blue Ravens"));
    }

    [Fact]
    public void An_unknown_key_in_an_entity_type_is_refused_with_its_position()
    {
        var error = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(Yaml.Replace("heads: {en: [Party, League]}", "headwords: {en: [Party]}", StringComparison.Ordinal), "typo.yaml"));

        Assert.Contains("headwords", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"typo\.yaml:\d+:\d+", error.Message);
    }
}
