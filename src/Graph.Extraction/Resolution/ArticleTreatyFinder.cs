using Graph.Extraction.Lexicon;
using Graph.Extraction.Mentions;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Decides which treaty a generic treaty noun ("l'accord", "the treaty") refers to. Near the noun: a known
/// treaty whose parties are all named in its sentence or the one before ("le traité entre Moscou et Pyongyang").
/// Else, for the whole article: a treaty the article names, else the known treaty whose parties the article
/// mentions most, else an unnamed treaty between the two countries the article mentions most.
/// Countries count whether named, acting through their capital, or only present as a demonym ("le président
/// russe et son homologue iranien"), which is how treaty stories often name the parties.
/// </summary>
internal sealed class ArticleTreatyFinder(DomainLexicon lexicon)
{
    private OntologyDefinition Ontology => lexicon.Ontology;

    private Dictionary<string, int>[]? perSentence;

    public ResolvedEntity? Find(ResolutionState state)
    {
        var named = state.CountsOfType("Treaty").OrderByDescending(t => t.Count).FirstOrDefault();
        if (named.Id is not null)
        {
            return state.Entity(named.Id);
        }
        var countries = Evidence(state, 0, state.Document.Sentences.Length);
        if (ByParties(countries) is { } byParties)
        {
            return Known(byParties);
        }
        var top = countries.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(2).Select(c => c.Key).Order(StringComparer.Ordinal).ToArray();
        if (top.Length < 2)
        {
            return null;
        }
        var names = top.Select(id => Ontology.FindEntity(id)?.Name ?? id).ToArray();
        return new ResolvedEntity($"treaty-{top[0]}-{top[1]}", $"Treaty between {names[0]} and {names[1]}", "Treaty", null, false);
    }

    /// <summary>The known treaty whose parties are all named in this sentence or the previous one, if any.</summary>
    public ResolvedEntity? FindNear(ResolutionState state, int sentence)
    {
        var countries = Evidence(state, Math.Max(0, sentence - 1), sentence + 1);
        return ByParties(countries) is { } treaty ? Known(treaty) : null;
    }

    private KnownEntity? ByParties(Dictionary<string, int> countries) =>
        Ontology.Entities
            .Where(e => e.Type == "Treaty" && e.Parties.Length > 0 && e.Parties.All(countries.ContainsKey))
            .OrderByDescending(e => e.Parties.Sum(p => countries[p]))
            .FirstOrDefault();

    private static ResolvedEntity Known(KnownEntity treaty) => new(treaty.Id, treaty.Name, treaty.Type, treaty.Wikidata, true);

    private Dictionary<string, int> Evidence(ResolutionState state, int from, int to)
    {
        perSentence ??= CountPerSentence(state);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = from; s < to && s < perSentence.Length; s++)
        {
            foreach (var (id, count) in perSentence[s])
            {
                counts[id] = counts.GetValueOrDefault(id) + count;
            }
        }
        return counts;
    }

    /// <summary>How often each sentence refers to each country: by name, by its capital, or by demonym. One pass over the article.</summary>
    private Dictionary<string, int>[] CountPerSentence(ResolutionState state)
    {
        var document = state.Document;
        var counts = new Dictionary<string, int>[document.Sentences.Length];
        for (var s = 0; s < counts.Length; s++)
        {
            counts[s] = new Dictionary<string, int>(StringComparer.Ordinal);
        }
        void Count(int sentence, string id) => counts[sentence][id] = counts[sentence].GetValueOrDefault(id) + 1;
        foreach (var mention in state.Mentions)
        {
            if (mention.Type == "Country")
            {
                Count(mention.Sentence, mention.EntityId);
            }
            else if (mention.Kind == MentionKind.Capital && Ontology.FindEntity(mention.EntityId)?.CapitalOf is { } country)
            {
                Count(mention.Sentence, country);
            }
        }
        for (var k = 0; k < document.Tokens.Length; k++)
        {
            if (document.Tokens[k].IsWord && lexicon.Demonyms.MatchAt(document.Tokens, k) is { } demonym
                && Ontology.FindEntity(demonym.Values[0]) is { Type: "Country" } country)
            {
                Count(document.SentenceOf(k), country.Id);
                k = demonym.End - 1;
            }
        }
        return counts;
    }
}
