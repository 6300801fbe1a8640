using System.Collections.Frozen;
using System.Collections.Immutable;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Finds a state's body named by description, from the ontology's <c>institutions</c>: the country first
/// ("South Korea's foreign ministry", "the Russian military") or after the body ("l'armée sud-coréenne"),
/// possibly inside it ("le ministère russe de la Défense").
/// </summary>
internal sealed class InstitutionFinder
{
    private readonly DomainLexicon lexicon;
    private readonly PhraseMatcher<InstitutionDefinition> terms = new();
    private readonly CountryReader countries;
    private readonly PhraseMatcher<bool> personTitles;
    private readonly PhraseMatcher<bool> actsAfter;
    private readonly FrozenSet<string> functionWords;

    // "ministère" → "de la défense", "des affaires étrangères": the rest of each term after its first word.
    private readonly Dictionary<string, PhraseMatcher<InstitutionDefinition>> restsByHead = new(StringComparer.Ordinal);

    public InstitutionFinder(DomainLexicon lexicon)
    {
        this.lexicon = lexicon;
        countries = new CountryReader(lexicon);
        personTitles = lexicon.Cue(OntologyCues.PersonTitles);
        actsAfter = lexicon.Cue(OntologyCues.CapitalActsAfter);
        functionWords = lexicon.FunctionWords.ToFrozenSet(StringComparer.Ordinal);
        foreach (var institution in lexicon.Ontology.Institutions)
        {
            foreach (var term in institution.Terms.All)
            {
                terms.Add(term, institution);
                var words = PhraseKey.Of(term).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (words.Length > 1)
                {
                    if (!restsByHead.TryGetValue(words[0], out var rests))
                    {
                        restsByHead[words[0]] = rests = new PhraseMatcher<InstitutionDefinition>();
                    }
                    rests.Add(string.Join(' ', words[1..]), institution);
                }
            }
        }
    }

    public bool IsEmpty => lexicon.Ontology.Institutions.IsEmpty;

    /// <param name="countryHere">The country read at <paramref name="i"/> (<see cref="CountryReader.Adjective"/>), which the caller shares with the accession finder.</param>
    /// <param name="words">The <see cref="PhraseStarts"/> of each token: a word that starts no term is not looked up.</param>
    public RawMention? Find(ArticleDocument document, PhraseStart[] words, int i, int sentenceEnd, (int End, KnownEntity Country)? countryHere)
    {
        var tokens = document.Tokens;
        if (countryHere is { } before
            && before.End < tokens.Length && (words[before.End] & PhraseStart.InstitutionTerm) != 0
            && terms.MatchAt(tokens, before.End, sentenceEnd) is { } after
            && StandsAlone(tokens, after.End, sentenceEnd))
        {
            return Mention(i, after.End, after.Values[0], before.Country, (i, before.End));
        }
        // The terms' first words, and so the heads of their rests, are all institution terms.
        if ((words[i] & PhraseStart.InstitutionTerm) == 0)
        {
            return null;
        }
        if (terms.MatchAt(tokens, i, sentenceEnd) is { } body
            && countries.Adjective(tokens, body.End, sentenceEnd, possessive: false, words) is { } country
            && StandsAlone(tokens, country.End, sentenceEnd))
        {
            return Mention(i, country.End, body.Values[0], country.Country, (body.End, country.End));
        }
        if (restsByHead.TryGetValue(tokens[i].Folded, out var rests)
            && countries.Adjective(tokens, i + 1, sentenceEnd, possessive: false, words) is { } inner
            && rests.MatchAt(tokens, inner.End, sentenceEnd) is { } rest
            && StandsAlone(tokens, rest.End, sentenceEnd))
        {
            return Mention(i, rest.End, rest.Values[0], inner.Country, (i + 1, inner.End));
        }
        return null;
    }

    private RawMention Mention(int start, int end, InstitutionDefinition institution, KnownEntity country, (int Start, int End) countrySpan)
    {
        var id = institution.IdFor(country.Id);
        var name = lexicon.FindEntity(id)?.Name ?? institution.NameFor(country.Name);
        return new RawMention(start, end, MentionKind.Institution, id, institution.Type, name)
        {
            Country = new NestedMention(countrySpan.Start, countrySpan.End, country.Id),
        };
    }

    /// <summary>
    /// "the Russian military said" but not "Russian military aid": the description must not go on into a noun it
    /// qualifies, so what follows is punctuation, a function word, a verb of the ontology or the end of the sentence.
    /// </summary>
    private bool StandsAlone(ImmutableArray<Token> tokens, int end, int sentenceEnd)
    {
        if (end >= sentenceEnd)
        {
            return true;
        }
        var next = tokens[end];
        // A past form ("voted", "approved") is the body's verb, not a noun it qualifies.
        // A person's title after it, with or without a name ("China's foreign ministry spokesperson Mao Ning", "a Chinese
        // Foreign Ministry spokesperson said") names the body the person speaks for; unnamed plural officials do not
        // ("U.S. military officials told", unless a name follows).
        return next.Kind == TokenKind.Punctuation || functionWords.Contains(next.Folded) || lexicon.Grammar.IsBodyActingByEnding(next.Folded)
            || personTitles.MatchAt(tokens, end, sentenceEnd) is { End: var titleEnd }
               && (titleEnd < sentenceEnd && tokens[titleEnd].IsCapitalized || !tokens[titleEnd - 1].Folded.EndsWith('s'))
            || lexicon.Triggers.MatchAt(tokens, end, sentenceEnd) is not null
            // "l'armée française doit évacuer": the verbs that make a capital act make a body act too.
            || actsAfter.MatchWord(next) is not null
            || lexicon.Grammar.BodyActingWords.Contains(next.Folded)
            || lexicon.Grammar.IsAdverbByEnding(next.Folded);
    }
}
