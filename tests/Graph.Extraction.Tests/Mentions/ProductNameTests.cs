using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Mentions;

/// <summary>
/// Names of products and their makers, which no title or speech verb announces: typed by the class noun of a
/// description ("is a light machine gun"), by a model number, by words after the name, and by a maker's head word
/// even when a title word starts it. The sentences and names are invented.
/// </summary>
public sealed class ProductNameTests
{
    private const string Yaml = """
        version: 1
        languages: [en]
        entity_types:
          - name: Person
          - name: Weapon
            described_as: {en: [machine gun, grenade launcher, tank, rifle]}
            after: {en: [was designed, was built]}
          - name: Maker
            heads: {en: [Works, Turbines]}
            before: {en: [designed by, produced by]}
          - name: Rank
        relation_types:
          - name: MADE_BY
            subject: [Weapon]
            object: [Maker]
            triggers: {en: [designed by, produced by, developed by, designed and built by]}
          - name: RANKED
            subject: [Person]
            object: [Rank]
            triggers: {en: [was]}
        entities:
          - {id: general, type: Rank, name: general, aliases: {en: [general, General]}}
        cues:
          person_titles: {en: [General]}
          function_words: {en: [the, a, an, in, by, of, he, she, was, is, which]}
          description_links: {en: [is a, is an, was a, was an, a, an]}
        """;

    private static readonly ExtractionPipeline Pipeline = new(OntologyLoader.Parse(Yaml, "products.yaml"));

    private static Graph.Core.Extraction.ArticleExtraction Run(string text) => Extractor.Run(Pipeline, text, "en");

    [Fact]
    public void A_description_ending_in_a_declared_class_noun_types_the_name_before_it()
    {
        var result = Run("The Corvin Hawk is a light machine gun produced by Halden Works.");

        Assert.Equal("Weapon", result.TypeOfEntityNamed("Corvin Hawk"));
        Assert.True(result.Has("corvin-hawk", "MADE_BY", "halden-works"), result.Describe());
    }

    [Fact]
    public void A_model_number_and_a_bracketed_aside_do_not_cut_the_name_from_its_description()
    {
        var result = Run("The Brask 40 (Norlandic: Brasken) is a 40 mm grenade launcher developed by Halden Works.");

        Assert.Equal("Weapon", result.TypeOfEntityNamed("Brask 40"));
        Assert.True(result.Has("brask-40", "MADE_BY", "halden-works"), result.Describe());
    }

    [Fact]
    public void A_class_noun_that_does_not_end_the_description_types_nothing()
    {
        var commander = Run("Ivar Tolmsen was a tank commander in the north.");
        var tank = Run("The Tolm Ranger was a tank of the northern army.");

        Assert.NotEqual("Weapon", commander.TypeOfEntityNamed("Ivar Tolmsen"));
        Assert.Equal("Weapon", tank.TypeOfEntityNamed("Tolm Ranger"));
    }

    [Fact]
    public void A_trigger_that_ends_in_the_agent_word_keeps_the_grammatical_subject_as_its_subject()
    {
        var result = Run("The Osk-3 was designed by Halden Works in the winter.");

        Assert.Equal("Weapon", result.TypeOfEntityNamed("Osk-3"));
        Assert.True(result.Has("osk-3", "MADE_BY", "halden-works"), result.Describe());
        Assert.False(result.Has("halden-works", "MADE_BY"), result.Describe());
    }

    [Fact]
    public void Words_declared_before_a_type_name_the_maker_after_the_verb()
    {
        var result = Run("The Vesk Lance is a rifle produced by Marrowby.");

        Assert.Equal("Maker", result.TypeOfEntityNamed("Marrowby"));
        Assert.True(result.Has("vesk-lance", "MADE_BY", "marrowby"), result.Describe());
    }

    [Fact]
    public void A_title_word_that_starts_a_name_ending_in_a_head_is_part_of_that_name()
    {
        var maker = Run("The Osk-4 was designed and built by General Turbines.");
        var person = Run("General Ivar Tolmsen was a general.");

        Assert.Equal("Maker", maker.TypeOfEntityNamed("General Turbines"));
        Assert.True(maker.Has("osk-4", "MADE_BY", "general-turbines"), maker.Describe());
        Assert.Null(person.TypeOfEntityNamed("General Ivar Tolmsen"));
    }
}
