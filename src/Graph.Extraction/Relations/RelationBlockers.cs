using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// A relation's <c>blockers</c>: words near its trigger that say the act is another one ("se sont entretenus par
/// téléphone", "phone talks with", "met by video link" are no meeting in person). Looked for from a few words before
/// the trigger to a few after it, within the sentence.
/// </summary>
internal sealed class RelationBlockers
{
    private const int WordsBefore = 3;
    private const int WordsAfter = 6;

    private readonly Dictionary<(string Relation, string Language), PhraseMatcher<bool>> matchers;

    public RelationBlockers(OntologyDefinition ontology) => matchers = RelationTermMatchers.Of(ontology.RelationTypes, r => r.Blockers);

    /// <summary>The blocker near <paramref name="trigger"/>, as written, or null.</summary>
    public string? Find(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation)
    {
        if (matchers.Count == 0 || !matchers.TryGetValue((relation.Name, view.Document.Language), out var matcher))
        {
            return null;
        }
        var end = Math.Min(view.End, trigger.End + WordsAfter);
        for (var k = Math.Max(view.Start, trigger.Start - WordsBefore); k < end; k++)
        {
            if (k >= trigger.Start && k < trigger.End)
            {
                continue;
            }
            if (view.Tokens[k].Text is ";" or ":")
            {
                if (k > trigger.Start)
                {
                    return null;
                }
                continue;
            }
            if (matcher.MatchAt(view.Tokens, k, view.End) is { } blocker)
            {
                return view.Document.Text[view.Tokens[k].Start..view.Tokens[blocker.End - 1].End];
            }
        }
        return null;
    }
}
