using System.Collections.Immutable;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Decides whether a capital city stands for its government ("Pyongyang a déclaré", "selon Kiev",
/// "accusée par Moscou") or is the place itself ("à Moscou").
/// </summary>
internal sealed class CapitalUsage
{
    private readonly DomainLexicon lexicon;
    private readonly PhraseMatcher<bool> actsAfter;
    private readonly PhraseMatcher<bool> actsBefore;
    private readonly LanguageCue infinitiveMarkers;

    public CapitalUsage(DomainLexicon lexicon)
    {
        this.lexicon = lexicon;
        // An ontology that predates the capital_acts_* cue sets keeps the words it was read with: the grammar's lists.
        actsAfter = CueOrDefault(lexicon, OntologyCues.CapitalActsAfter, lexicon.Ontology.Grammar[GrammarDefinition.CapitalActsAfter].All);
        actsBefore = CueOrDefault(lexicon, OntologyCues.CapitalActsBefore, lexicon.Ontology.Grammar[GrammarDefinition.CapitalActsBefore].All);
        infinitiveMarkers = new LanguageCue(lexicon.Ontology.Cues[OntologyCues.CapitalActsInfinitive]);
    }

    private static PhraseMatcher<bool> CueOrDefault(DomainLexicon lexicon, string name, IEnumerable<string> defaults)
    {
        return lexicon.Ontology.Cues.Sets.ContainsKey(name) ? lexicon.Cue(name) : PhraseMatcher<bool>.Of(defaults, true);
    }

    public bool IsGovernment(ArticleDocument document, int start, int end, Func<int, bool> startsCapitalOrCountry, Func<int, bool> endsCapitalOrCountry)
    {
        var tokens = document.Tokens;
        // "avec Canberra et Washington", "selon Washington et Séoul": capitals paired with each other are governments.
        if (end + 1 < tokens.Length && lexicon.Grammar.Coordinators.Contains(tokens[end].Folded) && startsCapitalOrCountry(end + 1)
            || start > 1 && lexicon.Grammar.Coordinators.Contains(tokens[start - 1].Folded) && endsCapitalOrCountry(start - 1))
        {
            return true;
        }
        // "ont accusé Washington de ...", "urged Seoul to ...": the object of a verb with no preposition is someone, not somewhere.
        if (start > 0 && IsPersonalVerb(tokens[start - 1]) && document.SentenceOf(start - 1) == document.SentenceOf(start))
        {
            return true;
        }
        if (ActsBefore(document, start) || IsAskedToAct(document, start, end))
        {
            return true;
        }
        if (end >= tokens.Length || document.SentenceOf(end) != document.SentenceOf(start))
        {
            return false;
        }
        if (Acts(tokens, end))
        {
            return true;
        }
        // "Pyongyang et Moscou nient": both act when the pair is followed by a verb.
        if (lexicon.Grammar.Coordinators.Contains(tokens[end].Folded) && end + 1 < tokens.Length && startsCapitalOrCountry(end + 1))
        {
            for (var k = end + 2; k < Math.Min(tokens.Length, end + 6); k++)
            {
                if (Acts(tokens, k))
                {
                    return true;
                }
                if (tokens[k].Kind == TokenKind.Punctuation)
                {
                    break;
                }
            }
        }
        return false;
    }

    /// <summary>A trigger of a relation whose objects cannot be places (speech, signing): its direct object is an actor.</summary>
    private bool IsPersonalVerb(Token token) =>
        lexicon.Triggers.MatchWord(token) is { } relations
        && relations.All(r => lexicon.Ontology.FindRelation(r) is { } relation && !relation.ObjectTypes.Contains(lexicon.Kinds.TypeOf(EntityKind.Location)));

    /// <summary>"selon Kiev", "la politique de Pyongyang", "pressure on Moscow": a phrase of the cue set ends right before the capital.</summary>
    private bool ActsBefore(ArticleDocument document, int start)
    {
        const int LongestPhrase = 4;
        for (var k = start - 1; k >= Math.Max(0, start - LongestPhrase); k--)
        {
            if (document.SentenceOf(k) != document.SentenceOf(start))
            {
                return false;
            }
            if (actsBefore.MatchAt(document.Tokens, k, start) is { End: var end } && end == start)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// "pressed Washington to provide", "coercing Kyiv to sue", "pousser Kiev à négocier": the object of a verb that
    /// is told to do something is an actor. A preposition before the city ("from Moscow to the front") or a name
    /// after the marker ("Moscou à Kiev") reads as a route instead.
    /// </summary>
    private bool IsAskedToAct(ArticleDocument document, int start, int end)
    {
        var tokens = document.Tokens;
        if (start == 0 || end + 1 >= tokens.Length || document.SentenceOf(end + 1) != document.SentenceOf(start - 1))
        {
            return false;
        }
        var before = tokens[start - 1];
        var verb = tokens[end + 1];
        return before.IsWord && !before.IsCapitalized && !lexicon.Grammar.Prepositions.Contains(before.Folded) && !lexicon.FunctionWords.Contains(before.Folded)
            && !GoesToPlaces(before)
            && infinitiveMarkers.For(document.Language).MatchWord(tokens[end]) is not null
            && verb.IsWord && !verb.IsCapitalized && !lexicon.Grammar.Determiners.Contains(verb.Folded) && !lexicon.FunctionWords.Contains(verb.Folded);
    }

    /// <summary>"visiting Baghdad to see his son": a trigger of a relation that takes places (a visit) has the city as its place.</summary>
    private bool GoesToPlaces(Token token) =>
        lexicon.Triggers.MatchWord(token) is { } relations
        && relations.Any(r => lexicon.Ontology.FindRelation(r) is { } relation && relation.ObjectTypes.Contains(lexicon.Kinds.TypeOf(EntityKind.Location)));

    private bool Acts(ImmutableArray<Token> tokens, int k) =>
        actsAfter.MatchWord(tokens[k]) is not null || lexicon.Triggers.MatchWord(tokens[k]) is not null
        || IsPossessive(tokens, k) || IsFiniteVerb(tokens[k]);

    /// <summary>"Moscow's veto", "Seoul's spy agency": what a capital owns is its government's.</summary>
    private bool IsPossessive(ImmutableArray<Token> tokens, int k) =>
        tokens[k].Text is "'" or "’" && k + 1 < tokens.Length && lexicon.Grammar.PossessiveEndings.Contains(tokens[k + 1].Folded);

    /// <summary>"Moscou agissait", "Seoul responded": a lowercase past or imperfect form right after the city is its verb.</summary>
    private bool IsFiniteVerb(Token token) =>
        token.IsWord && !token.IsCapitalized && token.Folded.Length > 4
        && lexicon.Grammar.IsFiniteVerbByEnding(token.Folded);
}
