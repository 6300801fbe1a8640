using Graph.Extraction.Lexicon;
using Graph.Extraction.Mentions;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Resolution;

/// <summary>
/// Decides which treaty a generic treaty noun ("l'accord", "the treaty") refers to. Near the noun: a known
/// treaty whose parties are all named in its sentence or the one before ("le traité entre Moscou et Pyongyang").
/// Else, for the whole article: a treaty the article names, else two countries joined by a coordinator in the
/// sentence that first names the treaty ("La RDC et le Rwanda signent un accord": the known treaty between them, or
/// an unnamed one), else the known treaty whose parties the article mentions most, else an unnamed treaty between
/// the two countries the article mentions most.
/// Countries count whether named, acting through their capital, or only present as a demonym ("le président
/// russe" with "son homologue iranien"), which is how treaty stories often name the parties.
/// </summary>
/// <remarks>
/// Per article; <paramref name="partyTreaties"/> (the known treaties with parties, in ontology order) is computed
/// once by the resolver. Evidence is kept as short lists of (country, count): an article names few countries.
/// </remarks>
internal sealed class ArticleTreatyFinder(DomainLexicon lexicon, IReadOnlyList<KnownEntity> partyTreaties)
{
    // Per sentence, the countries it refers to and how often (null: none); computed on first use. Demonyms
    // take a look-up at every word, so the text is scanned for them only as far as a question needs
    // (a treaty noun early in the article asks about its first sentences only).
    private List<(string Country, int Count)>?[]? perSentence;
    private int demonymsScannedTo;

    // Reused by every Evidence call: callers read it before the next one.
    private readonly List<(string Country, int Count)> evidence = [];

    /// <param name="firstNounSentence">The sentence of the article's first generic treaty noun.</param>
    public ResolvedEntity? Find(ResolutionState state, int firstNounSentence)
    {
        if (MostNamedTreaty(state) is { } named)
        {
            return state.Entity(named);
        }
        if (CoordinatedParties(state, firstNounSentence) is { } pair)
        {
            return ByParties([(pair.First, 1), (pair.Second, 1)]) is { } known ? Known(known) : Unnamed(pair.First, pair.Second);
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
        return Unnamed(one.Country, two.Country);
    }

    /// <summary>An unnamed treaty between two countries, identified by their ids in order.</summary>
    private ResolvedEntity Unnamed(string a, string b)
    {
        var top = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        var names = (lexicon.FindEntity(top.Item1)?.Name ?? top.Item1, lexicon.FindEntity(top.Item2)?.Name ?? top.Item2);
        return new ResolvedEntity($"treaty-{top.Item1}-{top.Item2}", $"Treaty between {names.Item1} and {names.Item2}", lexicon.Kinds.TypeOf(EntityKind.Agreement), null, false);
    }

    /// <summary>
    /// "La RDC et le Rwanda signent un accord", "an agreement between Armenia and Azerbaijan": two countries joined by
    /// a coordinator in the sentence that first names the treaty are its parties, whichever countries the article
    /// names more often (the mediator, the host, the wider story).
    /// </summary>
    private (string First, string Second)? CoordinatedParties(ResolutionState state, int sentence)
    {
        List<ResolvedMention>? countries = null;
        foreach (var mention in state.Mentions)
        {
            if (mention.Sentence == sentence && lexicon.Kinds.Is(mention.Type, EntityKind.Country))
            {
                (countries ??= []).Add(mention);
            }
        }
        if (countries is null)
        {
            return null;
        }
        // Mentions are added pass by pass, not in text order.
        countries.Sort((a, b) => a.TokenStart.CompareTo(b.TokenStart));
        for (var i = 1; i < countries.Count; i++)
        {
            var (before, after) = (countries[i - 1], countries[i]);
            if (before.EntityId != after.EntityId && before.TokenEnd <= after.TokenStart && JoinedByCoordinator(state.Document, before.TokenEnd, after.TokenStart))
            {
                return (before.EntityId, after.EntityId);
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the words from <paramref name="end"/> to <paramref name="start"/> are a coordinator and determiners
    /// ("et le", "and"), after a closing bracket that ends an aside of the first name ("(RDC) et le Rwanda").
    /// </summary>
    private bool JoinedByCoordinator(ArticleDocument document, int end, int start)
    {
        const int MaxDeterminers = 2;
        var tokens = document.Tokens;
        var k = end;
        while (k < start && tokens[k].Text is ")" or "]")
        {
            k++;
        }
        if (k >= start || !lexicon.Grammar.Coordinators.Contains(tokens[k].Folded))
        {
            return false;
        }
        k++;
        for (var determiners = 0; k < start && determiners < MaxDeterminers && lexicon.Grammar.Determiners.Contains(tokens[k].Folded); determiners++)
        {
            k++;
        }
        return k == start;
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
    private string? MostNamedTreaty(ResolutionState state)
    {
        List<(string Id, int Count)>? counts = null;
        foreach (var mention in state.Mentions)
        {
            if (lexicon.Kinds.Is(mention.Type, EntityKind.Agreement))
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
        ScanDemonyms(state.Document, perSentence, to);
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

    /// <summary>How often each sentence refers to each country by name or by its capital; demonyms are added by <see cref="ScanDemonyms"/>.</summary>
    private List<(string Country, int Count)>?[] CountPerSentence(ResolutionState state)
    {
        var counts = new List<(string Country, int Count)>?[state.Document.Sentences.Length];
        foreach (var mention in state.Mentions)
        {
            if (lexicon.Kinds.Is(mention.Type, EntityKind.Country))
            {
                Increment(counts[mention.Sentence] ??= [], mention.EntityId, 1);
            }
            else if (mention.Kind == MentionKind.Capital && lexicon.FindEntity(mention.EntityId)?.CapitalOf is { } country)
            {
                Increment(counts[mention.Sentence] ??= [], country, 1);
            }
        }
        return counts;
    }

    /// <summary>Counts the countries named by demonym in the sentences before <paramref name="sentenceEnd"/>, continuing one pass over the text.</summary>
    private void ScanDemonyms(ArticleDocument document, List<(string Country, int Count)>?[] counts, int sentenceEnd)
    {
        // The mention finder flagged every word a demonym starts with: only those are looked up (when it read this text).
        // The flag is read first: most tokens are then passed over without touching them.
        var words = MentionFinder.WordsOf(document, lexicon);
        var tokens = document.Tokens;
        var k = demonymsScannedTo;
        for (; k < tokens.Length && document.SentenceOf(k) < sentenceEnd; k++)
        {
            if ((words is null || (words[k] & PhraseStart.Demonym) != 0) && tokens[k].IsWord
                && lexicon.Demonyms.MatchAt(tokens, k) is { } demonym
                && lexicon.FindEntity(demonym.Values[0]) is { } country && lexicon.Kinds.Is(country.Type, EntityKind.Country))
            {
                Increment(counts[document.SentenceOf(k)] ??= [], country.Id, 1);
                k = demonym.End - 1;
            }
        }
        demonymsScannedTo = Math.Max(demonymsScannedTo, k);
    }
}
