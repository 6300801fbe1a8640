using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// "X and Y, in the presence of Z, signed the agreement", "X a signé le décret en présence de Z": whoever acted in
/// the sentence and the people present were together. For a symmetric relation that declares
/// <c>presence_markers</c> (MET), every pair of them is a fact, once the sentence has stated an act of its own.
/// </summary>
internal sealed class PresenceFinder
{
    private readonly Dictionary<(string Relation, string Language), PhraseMatcher<bool>> markers;

    public PresenceFinder(DomainLexicon lexicon) => markers = RelationTermMatchers.Of(lexicon.Ontology.RelationTypes, r => r.PresenceMarkers);

    /// <summary>The relations that declare presence markers.</summary>
    public IEnumerable<string> Relations => markers.Keys.Select(k => k.Relation).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// The people present after a marker, joined with <paramref name="actors"/> (the subjects of the sentence's facts
    /// the relation allows): each unordered pair once. Empty when the sentence has no marker or no actor.
    /// </summary>
    public List<(ResolvedMention Left, ResolvedMention Right, int Marker)> Pairs(SentenceView view, RelationTypeDefinition relation, IReadOnlyList<ResolvedMention> actors)
    {
        var pairs = new List<(ResolvedMention, ResolvedMention, int)>();
        if (actors.Count == 0 || !markers.TryGetValue((relation.Name, view.Document.Language), out var matcher))
        {
            return pairs;
        }
        for (var k = view.Start; k < view.End; k++)
        {
            if (view.Is(k, WordClass.Covered) || view.Document.IsQuoted(k) || matcher.MatchAt(view.Tokens, k, view.End) is not { } marker)
            {
                continue;
            }
            var group = new List<ResolvedMention>(actors);
            foreach (var present in PersonListReader.Read(view, marker.End, relation))
            {
                if (!group.Exists(m => m.EntityId == present.EntityId))
                {
                    group.Add(present);
                }
            }
            if (group.Count == actors.Count)
            {
                return pairs;
            }
            for (var a = 0; a < group.Count; a++)
            {
                for (var b = a + 1; b < group.Count; b++)
                {
                    pairs.Add((group[a], group[b], k));
                }
            }
            return pairs;
        }
        return pairs;
    }
}
