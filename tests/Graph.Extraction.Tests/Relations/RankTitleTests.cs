using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// A rank stated without a verb: as the title of a name ("Captain Jane Roe", for a relation declared
/// <c>object_as_title</c>), and restated in brackets by a more specific known term ("a captain (kapitan)"); and the
/// subject of a relative clause that follows a description of the name ("X was a diver who served in").
/// The sentences and names are invented.
/// </summary>
public sealed class RankTitleTests
{
    private const string Yaml = """
        version: 1
        languages: [en]
        entity_types:
          - name: Person
            after: {en: ["("]}
          - name: Rank
          - name: Unit
            heads: {en: [Navy]}
        relation_types:
          - name: RANK
            subject: [Person]
            object: [Rank]
            triggers: {en: [was, is]}
            object_as_title: true
          - name: SERVED_IN
            subject: [Person]
            object: [Unit]
            triggers: {en: [served in]}
        entities:
          - {id: captain, type: Rank, name: captain, aliases: {en: [captain, Captain]}}
          - {id: kapitan, type: Rank, name: Kapitan, aliases: {en: [kapitan, Kapitan]}}
        cues:
          person_titles: {en: [Captain]}
          function_words: {en: [the, a, an, in, of, he, she, was, is, and, who]}
          description_links: {en: [was a, is a, a]}
        """;

    private static readonly ExtractionPipeline Titled = new(OntologyLoader.Parse(Yaml, "ranks.yaml"));
    private static readonly ExtractionPipeline Untitled = new(OntologyLoader.Parse(Yaml.Replace("    object_as_title: true\n", "", StringComparison.Ordinal), "ranks.yaml"));

    [Fact]
    public void A_rank_written_as_the_title_of_a_name_is_that_person_s_rank_when_the_relation_allows_it()
    {
        var titled = Extractor.Run(Titled, "Captain Jane Roe (born 1950) served in the Baltic Navy.", "en");
        var untitled = Extractor.Run(Untitled, "Captain Jane Roe (born 1950) served in the Baltic Navy.", "en");

        Assert.True(titled.Has("jane-roe", "RANK", "captain"), titled.Describe());
        Assert.True(untitled.Has("jane-roe", "SERVED_IN", "baltic-navy"), untitled.Describe());
        Assert.False(untitled.Has("jane-roe", "RANK"), untitled.Describe());
    }

    [Fact]
    public void A_bracketed_known_term_of_the_same_type_replaces_the_general_one_before_it()
    {
        var result = Extractor.Run(Titled, "Jane Roe (born 1950) is a captain (kapitan) of the Baltic Navy.", "en");

        Assert.True(result.Has("jane-roe", "RANK", "kapitan"), result.Describe());
        Assert.False(result.Has("jane-roe", "RANK", "captain"), result.Describe());
    }

    [Fact]
    public void A_relative_after_a_description_stands_for_the_name_the_description_follows()
    {
        var result = Extractor.Run(Titled, "Jane Roe (1919 - 1968) was a Baltic Navy captain and diver who served in the Northern Navy.", "en");

        Assert.True(result.Has("jane-roe", "SERVED_IN", "northern-navy"), result.Describe());
        Assert.True(result.Has("jane-roe", "RANK", "captain"), result.Describe());
    }

    [Fact]
    public void A_middle_initial_that_is_also_a_function_word_stays_inside_the_name()
    {
        var result = Extractor.Run(Titled, "Harold A. Venn (born 1931) served in the Northern Navy.", "en");

        Assert.Equal("Person", result.TypeOfEntityNamed("Harold A. Venn"));
        Assert.True(result.Has("harold-a-venn", "SERVED_IN", "northern-navy"), result.Describe());
    }
}
