using Graph.Extraction.Ontology;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Tests.Pipeline;

namespace Graph.Extraction.Tests.Ontology;

/// <summary>
/// Grammar words are data: the built-in lists (Ontology/grammar.yaml) apply unless an ontology's <c>grammar:</c>
/// section replaces one, a misspelt list or an undeclared language is refused where it is written, and the relation a
/// dash line under a quotation states is the one the YAML marks with <c>dash_attribution</c>. Sentences written for
/// these tests.
/// </summary>
public sealed class GrammarSectionTests
{
    private const string File = "grammar.yaml";

    // Line numbers below count from this template's first line.
    private static string Ontology(string grammar = "", string statedFlags = "") => $$"""
        version: 1
        languages: [fr, en]
        entity_types:
          - name: Person
          - name: Organization
        relation_types:
          - name: SAID
            subject: [Person]
            object: statement
            triggers:
              en: [declared]
        {{statedFlags}}
          - name: ACQUIRED
            subject: [Organization]
            object: [Organization]
            triggers:
              en: [acquired]
        entities:
          - {id: norvik, type: Organization, name: Norvik, aliases: {en: [Norvik]} }
          - {id: baltra, type: Organization, name: Baltra, aliases: {en: [Baltra]} }
          - {id: ines-carvalho, type: Person, name: Ines Carvalho, aliases: {en: [Ines Carvalho]} }
        {{grammar}}
        """;

    [Fact]
    public void The_built_in_grammar_declares_every_list_the_extractor_reads()
    {
        var builtIn = GrammarReader.BuiltIn;

        Assert.All(GrammarDefinition.Known, name => Assert.True(builtIn[name].All.Any(), $"grammar list {name} is empty"));
    }

    [Fact]
    public void A_misspelt_grammar_list_is_refused_at_its_line_and_column()
    {
        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(Ontology("grammar:\n  agent_words:\n    en: [through]"), File));

        Assert.True(e.Line == 23 && e.Column == 3, e.Message);
        Assert.Contains("agent_words", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grammar_list_in_an_undeclared_language_is_refused()
    {
        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(Ontology("grammar:\n  agents:\n    de: [durch]"), File));

        Assert.True(e.Line == 24 && e.Column == 5, e.Message);
    }

    [Fact]
    public void A_list_the_ontology_declares_replaces_the_built_in_one_and_the_others_stay()
    {
        var ontology = OntologyLoader.Parse(Ontology("grammar:\n  agents:\n    en: [through]"), File);
        var pipeline = new ExtractionPipeline(ontology);

        Assert.Equal(["through"], ontology.Grammar[GrammarDefinition.Agents].All);
        Assert.Equal(GrammarReader.BuiltIn[GrammarDefinition.Prepositions], ontology.Grammar[GrammarDefinition.Prepositions]);
        var extraction = Extractor.Run(pipeline, "Baltra was acquired through Norvik in May.", "en");
        Assert.True(extraction.Has("norvik", "ACQUIRED", "baltra"), extraction.Describe());
    }

    [Fact]
    public void Only_a_statement_relation_may_set_dash_attribution()
    {
        var yaml = Ontology().Replace("object: [Organization]", "object: [Organization]\n    dash_attribution: true", StringComparison.Ordinal);

        var e = Assert.Throws<OntologyException>(() => OntologyLoader.Parse(yaml, File));

        Assert.Contains("dash_attribution", e.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_dash_line_under_a_quotation_states_the_relation_the_yaml_marks(bool marked)
    {
        var ontology = OntologyLoader.Parse(Ontology(statedFlags: marked ? "    dash_attribution: true" : ""), File);
        var text = "“Prices will keep rising for a while.”\n\n– Ines Carvalho, economist\n";

        var extraction = Extractor.Run(new ExtractionPipeline(ontology), text, "en");

        Assert.Equal(marked, extraction.Has("ines-carvalho", "SAID"));
    }

    [Theory]
    [InlineData("", "Photo", false)]
    [InlineData("", "Snapshot", true)]
    [InlineData("grammar:\n  photo_credit_words:\n    en: [snapshot]", "Photo", true)]
    [InlineData("grammar:\n  photo_credit_words:\n    en: [snapshot]", "Snapshot", false)]
    public void The_photo_credit_words_an_ontology_declares_are_the_ones_that_drop_a_credited_name(string grammar, string creditWord, bool kept)
    {
        var ontology = OntologyLoader.Parse(Ontology(grammar), File);
        var text = $"Norvik acquired a rival in May, the board said on Monday ({creditWord}: Baltra).";

        var extraction = Extractor.Run(new ExtractionPipeline(ontology), text, "en");

        Assert.True(kept == (extraction.Entity("baltra") is not null), extraction.Describe());
    }
}
