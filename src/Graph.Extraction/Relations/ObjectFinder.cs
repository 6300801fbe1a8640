using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// Finds the object of a trigger among the mentions whose type the relation allows: the first one after the
/// trigger in its clause, else the nearest before it (a passive: "l'accord, qui a été signé"), else, for a
/// sentence that refers back ("il a été ratifié"), the last one in the preceding sentences. A treaty may be
/// quoted: its title often is ("ont signé le document « Accord sur ... »").
/// </summary>
internal static class ObjectFinder
{
    private const int LookBackSentences = 3;

    public static ResolvedMention? Find(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation, IReadOnlyList<ResolvedMention> subjects, ResolutionResult resolution)
    {
        var subjectIds = subjects.Select(s => s.EntityId).ToHashSet(StringComparer.Ordinal);
        bool Allowed(ResolvedMention m) =>
            relation.AllowsObject(m.Type) && !subjectIds.Contains(m.EntityId) && (!view.Document.IsQuoted(m.TokenStart) || m.Type == "Treaty");

        var clauseEnd = ClauseEnd(view, trigger.End);
        var after = view.Mentions.Where(m => m.TokenStart >= trigger.End && m.TokenStart < clauseEnd && Allowed(m) && !IsOpposed(view, m)).ToList();
        if (after.Count > 0)
        {
            // Most specific first: a place named after a country ("en Russie ... dans la région de Koursk").
            return relation.ObjectTypes.Contains("Location") && after.Any(m => m.Type == "Location")
                ? after.First(m => m.Type == "Location")
                : after[0];
        }
        var before = view.Mentions.LastOrDefault(m => m.TokenEnd <= trigger.Start && Allowed(m));
        if (before is not null && relation.ObjectTypes.Contains("Treaty"))
        {
            return before;
        }
        if (relation.ObjectTypes.Contains("Treaty"))
        {
            return resolution.Mentions.LastOrDefault(m => m.Sentence < view.Index && m.Sentence >= view.Index - LookBackSentences && Allowed(m));
        }
        return null;
    }

    private static int ClauseEnd(SentenceView view, int from)
    {
        for (var k = from; k < view.End; k++)
        {
            if (view.Tokens[k].Text is ";" or "." && !view.Document.IsQuoted(k))
            {
                return k;
            }
        }
        return view.End;
    }

    /// <summary>A place named as the enemy ("combattre contre l'Ukraine") is not where troops went.</summary>
    private static bool IsOpposed(SentenceView view, ResolvedMention mention)
    {
        var k = mention.TokenStart - 1;
        while (k >= view.Start && Grammar.Determiners.Contains(view.Tokens[k].Folded))
        {
            k--;
        }
        return k >= view.Start && view.Tokens[k].Folded is "contre" or "against" or "combattre" or "fight" or "attaquer" or "attack" or "envahir" or "invade";
    }
}
