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
/// <remarks>
/// Per article; <paramref name="partyTreaties"/> (the known treaties with parties, in ontology order) is computed
/// once by the resolver. Evidence is kept as short lists of (country, count): an article names few countries.
/// </remarks>
internal sealed class ArticleTreatyFinder(DomainLexicon lexicon, IReadOnlyList<KnownEntity> partyTreaties)
{
    private OntologyDefinition Ontology => lexicon.Ontology;

    // Per sentence, the countries it refers to and how often (null: none); computed on first use.
    private List<(string Country, int Count)>?[]? perSentence;

    // Reused by every Evidence call: callers read it before the next one.
    private readonly List<(string Country, int Count)> evidence = [];

    public ResolvedEntity? Find(ResolutionState state)
    {
        if (MostNamedTreaty(state) is { } named)
        {
            return state.Entity(named);
        }
        var countries = Evidence(state, 0, state.Document.Sentences.Length);
        if (ByParties(countries) is { } byParties)
        {
            return Known(byParties);
        }
        // The two most mentioned countries (ties by id), in id order.
        (string Country, int Count)? first = null, second = null;
        foreach (var candidate in countries)
        {
            if (first is not { } f || Before(candidate, f))
            {
                second = first;
                first = candidate;
            }
            else if (second is not { } s || Before(candidate, s))
            {
                second = candidate;
            }
        }
        if (first is not { } one || second is not { } two)
        {
            return null;
        }
        var top = string.CompareOrdinal(one.Country, two.Country) < 0 ? (one.Country, two.Country) : (two.Country, one.Country);
        var names = (Ontology.FindEntity(top.Item1)?.Name ?? top.Item1, Ontology.FindEntity(top.Item2)?.Name ?? top.Item2);
        return new ResolvedEntity($"treaty-{top.Item1}-{top.Item2}", $"Treaty between {names.Item1} and {names.Item2}", "Treaty", null, false);
    }

    /// <summary>The known treaty whose parties are all named in this sentence or the previous one, if any.</summary>
    public ResolvedEntity? FindNear(ResolutionState state, int sentence)
    {
        var countries = Evidence(state, Math.Max(0, sentence - 1), sentence + 1);
        return ByParties(countries) is { } treaty ? Known(treaty) : null;
    }

    private static bool Before((string Country, int Count) a, (string Country, int Count) b) =>
        a.Count > b.Count || a.Count == b.Count && string.CompareOrdinal(a.Country, b.Country) < 0;

    /// <summary>The treaty mentioned most often by name; of equals, the first mentioned.</summary>
    private static string? MostNamedTreaty(ResolutionState state)
    {
        List<(string Id, int Count)>? counts = null;
        foreach (var mention in state.Mentions)
        {
            if (mention.Type == "Treaty")
            {
                counts ??= [];
                Increment(counts, mention.EntityId, 1);
            }
        }
        if (counts is null)
        {
            return null;
        }
        var best = counts[0];
        foreach (var candidate in counts)
        {
            if (candidate.Count > best.Count)
            {
                best = candidate;
            }
        }
        return best.Id;
    }

    /// <summary>The first known treaty of greatest evidence whose parties are all in <paramref name="countries"/>.</summary>
    private KnownEntity? ByParties(List<(string Country, int Count)> countries)
    {
        KnownEntity? best = null;
        var bestSum = 0;
        foreach (var treaty in partyTreaties)
        {
            var sum = 0;
            var all = true;
            foreach (var party in treaty.Parties)
            {
                var index = IndexOf(countries, party);
                if (index < 0)
                {
                    all = false;
                    break;
                }
                sum += countries[index].Count;
            }
            if (all && (best is null || sum > bestSum))
            {
                best = treaty;
                bestSum = sum;
            }
        }
        return best;
    }

    private static ResolvedEntity Known(KnownEntity treaty) => new(treaty.Id, treaty.Name, treaty.Type, treaty.Wikidata, true);

    private List<(string Country, int Count)> Evidence(ResolutionState state, int from, int to)
    {
        perSentence ??= CountPerSentence(state);
        evidence.Clear();
        for (var s = from; s < to && s < perSentence.Length; s++)
        {
            if (perSentence[s] is not { } counts)
            {
                continue;
            }
            foreach (var (id, count) in counts)
            {
                Increment(evidence, id, count);
            }
        }
        return evidence;
    }

    private static int IndexOf(List<(string Id, int Count)> counts, string id)
    {
        for (var i = 0; i < counts.Count; i++)
        {
            if (string.Equals(counts[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    private static void Increment(List<(string Id, int Count)> counts, string id, int by)
    {
        var index = IndexOf(counts, id);
        if (index < 0)
        {
            counts.Add((id, by));
        }
        else
        {
            counts[index] = (id, counts[index].Count + by);
        }
    }

    /// <summary>How often each sentence refers to each country: by name, by its capital, or by demonym. One pass over the article.</summary>
    private List<(string Country, int Count)>?[] CountPerSentence(ResolutionState state)
    {
        var document = state.Document;
        var counts = new List<(string Country, int Count)>?[document.Sentences.Length];
        void Count(int sentence, string id) => Increment(counts[sentence] ??= [], id, 1);
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
