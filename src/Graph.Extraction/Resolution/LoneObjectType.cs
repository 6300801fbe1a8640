using System.Collections.Frozen;
using Graph.Extraction.Lexicon;
using Graph.Extraction.Mentions;

namespace Graph.Extraction.Resolution;

/// <summary>
/// "Britain sanctioned Norvex and Kaltrax": an unknown lone name right after a trigger of a relation that declares
/// <c>lone_object</c> is its object, of that type. Only the article's own language's triggers count.
/// </summary>
internal sealed class LoneObjectType(DomainLexicon lexicon)
{
    // Words of the longest trigger phrase looked back for ("imposed sanctions on").
    private const int LongestTrigger = 5;

    // Lone names of one list looked back over ("sanctioned A, B, C and D").
    private const int MaxListed = 6;

    private readonly FrozenDictionary<string, string> typeByRelation = lexicon.Ontology.RelationTypes
        .Where(r => r.LoneObject is not null)
        .DistinctBy(r => r.Name, StringComparer.Ordinal)
        .ToFrozenDictionary(r => r.Name, r => r.LoneObject!, StringComparer.Ordinal);

    public bool IsEmpty => typeByRelation.Count == 0;

    /// <summary>The lone-object type of a trigger that ends right before <paramref name="mention"/>, or null.</summary>
    public string? Of(Text.ArticleDocument document, RawMention mention)
    {
        var tokens = document.Tokens;
        var sentence = document.SentenceOf(mention.TokenStart);
        // "sanctioned Norvex and Kaltrax on Monday": a lone name listed after others goes back to the first of them.
        var start = mention.TokenStart;
        var conjunctions = lexicon.Cue(Ontology.OntologyCues.ListConjunctions);
        for (var items = 0; items < MaxListed && start >= 2 && document.SentenceOf(start - 2) == sentence
            && (tokens[start - 1].Text == "," || conjunctions.MatchWord(tokens[start - 1]) is not null)
            && tokens[start - 2].IsWord && tokens[start - 2].IsCapitalized; items++)
        {
            start -= 2;
        }
        var triggers = lexicon.TriggersFor(document.Language);
        for (var k = Math.Max(0, start - LongestTrigger); k < start; k++)
        {
            if (document.SentenceOf(k) != sentence || triggers.MatchAt(tokens, k, start) is not { } hit || hit.End != start)
            {
                continue;
            }
            foreach (var relation in hit.Values)
            {
                if (typeByRelation.TryGetValue(relation, out var type))
                {
                    return type;
                }
            }
        }
        return null;
    }
}
