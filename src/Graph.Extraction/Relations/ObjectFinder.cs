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
        bool Allowed(ResolvedMention m) =>
            relation.AllowsObject(m.Type) && !IsSubject(subjects, m.EntityId) && (!view.Document.IsQuoted(m.TokenStart) || m.Type == "Treaty");

        var clauseEnd = ClauseEnd(view, trigger.End);
        ResolvedMention? firstAfter = null, firstPlaceAfter = null;
        foreach (var m in view.Mentions)
        {
            // A more specific place must belong to the same clause as the first object ("en Russie, qui ... à Moscou" does not).
            if (firstAfter is not null && AnyBetween(view, firstAfter.TokenEnd, m.TokenStart, WordClass.ClauseOpener))
            {
                break;
            }
            // "une visite de Poutine, qui a renforcé sa coopération avec la Corée du Nord": a relative clause says something else.
            if (firstAfter is null && m.TokenStart >= trigger.End && AnyBetween(view, trigger.End, m.TokenStart, WordClass.Relative))
            {
                break;
            }
            if (m.TokenStart >= trigger.End && m.TokenStart < clauseEnd && Allowed(m) && (relation.ObjectAfterOpposition || !IsOpposed(view, m)))
            {
                firstAfter ??= m;
                if (m.Type == "Location")
                {
                    firstPlaceAfter = m;
                    break;
                }
            }
        }
        if (firstAfter is not null)
        {
            // Most specific first: a place named after a country ("en Russie ... dans la région de Koursk").
            return relation.ObjectTypes.Contains("Location") && firstPlaceAfter is not null ? firstPlaceAfter : firstAfter;
        }
        if (!relation.ObjectTypes.Contains("Treaty"))
        {
            return null;
        }
        for (var i = view.Mentions.Length - 1; i >= 0; i--)
        {
            if (view.Mentions[i].TokenEnd <= trigger.Start && Allowed(view.Mentions[i]))
            {
                return view.Mentions[i];
            }
        }
        // Mentions are in text order, hence in sentence order: walk back through the preceding sentences only.
        var mentions = resolution.Mentions;
        for (var i = mentions.Length - 1; i >= 0 && mentions[i].Sentence >= view.Index - LookBackSentences; i--)
        {
            if (mentions[i].Sentence < view.Index && Allowed(mentions[i]))
            {
                return mentions[i];
            }
        }
        return null;
    }

    private static bool IsSubject(IReadOnlyList<ResolvedMention> subjects, string entityId)
    {
        for (var i = 0; i < subjects.Count; i++)
        {
            if (string.Equals(subjects[i].EntityId, entityId, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
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

    private static bool AnyBetween(SentenceView view, int from, int to, WordClass words)
    {
        for (var k = from; k < to; k++)
        {
            if (view.Is(k, words))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A place named as the enemy ("combattre contre l'Ukraine") is not where troops went (the ontology's opposition words).</summary>
    private static bool IsOpposed(SentenceView view, ResolvedMention mention)
    {
        var k = mention.TokenStart - 1;
        while (k >= view.Start && view.Is(k, WordClass.Determiner))
        {
            k--;
        }
        return k >= view.Start && view.Is(k, WordClass.OppositionWord);
    }
}
