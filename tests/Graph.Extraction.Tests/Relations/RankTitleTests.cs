using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// A rank stated without a verb: as the title of a name ("Captain Jane Roe", for a relation declared
/// <c>object_as_title</c>), and restated in brackets by a more specific known term ("a captain (kapitan)").
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
          function_words: {en: [the, a, an, in, of, he, she, was, is]}
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
}
