using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Relations;
using Graph.Extraction.Text;

namespace Graph.Extraction.Tests.Relations;

/// <summary>
/// The word classes relation extraction asks instead of the lexicon's matchers and the grammar sets must give the
/// same answers: a one-word class exactly what the matcher's MatchWord or the set says, a "start" class at least
/// wherever a phrase match starts (it only spares match attempts that would find nothing).
/// </summary>
public sealed class WordClassTests
{
    private static readonly Lazy<DomainLexicon> Lexicon = new(() => new DomainLexicon(OntologyLoader.Load(FindUp(Path.Combine("ontology", "ontology.yaml")))));

    [Fact]
    public void Word_classes_agree_with_the_matchers_and_grammar_sets_on_every_token_of_the_seed_articles()
    {
        var lexicon = Lexicon.Value;
        var table = new WordClassTable(lexicon);
        var texts = Directory.GetFiles(FindUp("seeds")).Order(StringComparer.Ordinal).Select(File.ReadAllText)
            .Append("Où en est-il ? Where, où, OÙ, selon d'après according to accusé accusations, reportedly allegedly purported*, "
                + "des soldats nord-coréens, troupes, transférés, signataires, il a-t-elle déclaré, the two leaders, Kremlin spokesman");
        var checkedTokens = 0;
        foreach (var text in texts)
        {
            var tokens = Tokenizer.Tokenize(text);
            var classes = table.Classify(tokens);
            for (var k = 0; k < tokens.Length; k++)
            {
                AssertToken(lexicon, table, tokens, k, classes[k]);
                checkedTokens++;
            }
        }
        Assert.True(checkedTokens > 1000);
    }

    private static void AssertToken(DomainLexicon lexicon, WordClassTable table, System.Collections.Immutable.ImmutableArray<Token> tokens, int k, WordClass classes)
    {
        var token = tokens[k];
        var folded = token.Folded;
        var grammar = lexicon.Grammar;
        void Exactly(WordClass c, bool expected) => Assert.True(((classes & c) != 0) == expected, $"{c} of '{token.Text}'");
        void AtLeast(WordClass c, bool matches) => Assert.True(!matches || (classes & c) != 0, $"{c} of '{token.Text}'");

        Exactly(WordClass.TriggerWord, lexicon.Triggers.MatchWord(folded) is not null);
        Exactly(WordClass.PersonTitleWord, lexicon.Cue(OntologyCues.PersonTitles).MatchWord(folded) is not null);
        Exactly(WordClass.DemonymWord, lexicon.Demonyms.MatchWord(folded) is not null);
        Exactly(WordClass.RoleWord, lexicon.Roles.MatchWord(folded) is not null);
        Exactly(WordClass.GovernmentNoun, lexicon.Cue(OntologyCues.GovernmentNouns).MatchWord(folded) is not null);
        Exactly(WordClass.Pronoun, lexicon.Cue(OntologyCues.Pronouns).MatchWord(folded) is not null);
        Exactly(WordClass.OrganizationHead, lexicon.Cue(OntologyCues.OrganizationHeads).MatchWord(folded) is not null);
        Exactly(WordClass.ClaimMarkerWord, lexicon.Cue(OntologyCues.ClaimMarkers).MatchWord(folded) is not null);
        Exactly(WordClass.Determiner, grammar.Determiners.Contains(folded));
        Exactly(WordClass.Preposition, grammar.Prepositions.Contains(folded));
        Exactly(WordClass.Auxiliary, grammar.Auxiliaries.Contains(folded));
        Exactly(WordClass.Relative, grammar.Relatives.Contains(folded));
        Exactly(WordClass.Negation, grammar.Negations.Contains(folded));
        Exactly(WordClass.Filler, grammar.Fillers.Contains(folded));
        Exactly(WordClass.PassiveAuxiliary, grammar.PassiveAuxiliaries.Contains(folded));
        Exactly(WordClass.AgentWord, grammar.Agents.Contains(folded));
        Exactly(WordClass.ClauseOpener, grammar.ClauseOpeners.Contains(folded));
        Exactly(WordClass.ClauseBoundaryWord, grammar.ClauseBoundaries.Contains(folded));
        Exactly(WordClass.ClauseStart, grammar.ClauseBoundaries.Contains(folded) || grammar.ClauseAdverbs.Contains(token.Text));
        Exactly(WordClass.Adverb, grammar.IsAdverbByEnding(folded) || grammar.Adverbs.Contains(folded));
        Exactly(WordClass.ClaimWord, grammar.SourceMarkerFirstWords.Contains(folded) || grammar.IsAccusation(folded));

        AtLeast(WordClass.TriggerStart, lexicon.Triggers.MatchAt(tokens, k) is not null);
        AtLeast(WordClass.HedgeStart, lexicon.Cue(OntologyCues.Hedges).MatchAt(tokens, k) is not null);
        AtLeast(WordClass.HypotheticalStart, lexicon.Cue(OntologyCues.Hypothetical).MatchAt(tokens, k) is not null);
        AtLeast(WordClass.FutureStart, lexicon.Cue(OntologyCues.Future).MatchAt(tokens, k) is not null);
        AtLeast(WordClass.PersonTitleStart, lexicon.Cue(OntologyCues.PersonTitles).MatchAt(tokens, k) is not null);
        AtLeast(WordClass.DemonymStart, lexicon.Demonyms.MatchAt(tokens, k) is not null);
        AtLeast(WordClass.RoleStart, lexicon.Roles.MatchAt(tokens, k) is not null);
        foreach (var relation in lexicon.Ontology.RelationTypes)
        {
            if (relation.RequiresCue is { } cue)
            {
                AtLeast(table.CueStart(cue), lexicon.Cue(cue).MatchAt(tokens, k) is not null);
            }
        }
    }

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException(relative);
    }
}
