using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// The names listed after a marker ("en présence de X et de Y", "signed the treaty with X and Y"): coordinated,
/// each perhaps after a title, of a type the relation allows as subject; the list ends at the first name that is not.
/// Shared by the presence markers (<see cref="PresenceFinder"/>) and the partner markers (<see cref="Companions"/>).
/// </summary>
internal static class PersonListReader
{
    // Words between the marker and a name, or between two names: titles, determiners, conjunctions.
    private const int MaxGap = 6;

    /// <summary>The listed names from token <paramref name="from"/> on, in text order.</summary>
    public static List<ResolvedMention> Read(SentenceView view, int from, RelationTypeDefinition relation)
    {
        var result = new List<ResolvedMention>();
        var previousEnd = from;
        foreach (var mention in view.Mentions)
        {
            if (mention.TokenStart < previousEnd)
            {
                continue;
            }
            if (!IsGap(view, previousEnd, mention.TokenStart, result.Count == 0) || view.Document.IsQuoted(mention.TokenStart))
            {
                break;
            }
            // "of Ukrainian President X", "with Ukrainian President X": a name right before the next one only qualifies it.
            if (view.MentionAt(mention.TokenEnd) is not null || view.Is(mention.TokenEnd, WordClass.PersonTitleStart))
            {
                previousEnd = mention.TokenEnd;
                continue;
            }
            if (!relation.AllowsSubject(mention.Type))
            {
                break;
            }
            result.Add(mention);
            previousEnd = mention.TokenEnd;
        }
        return result;
    }

    /// <summary>No punctuation but commas, no more than a few words, and (after the first name) a conjunction or comma.</summary>
    public static bool IsGap(SentenceView view, int from, int to, bool first)
    {
        if (to - from > MaxGap)
        {
            return false;
        }
        var joined = first;
        for (var k = from; k < to; k++)
        {
            var token = view.Tokens[k];
            if (token.Text == "," || view.Is(k, WordClass.ListConjunctionStart))
            {
                joined = true;
            }
            else if (token.Kind == TokenKind.Punctuation || view.Is(k, WordClass.TriggerStart | WordClass.Relative | WordClass.ClauseOpener))
            {
                return false;
            }
        }
        return joined;
    }
}
