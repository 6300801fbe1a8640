using Graph.Extraction.Lexicon;
using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// "X s'est rendu à Kyiv en compagnie de Y et de Z", "accompanied by Y, X visited Kyiv": who went along did the
/// same, so the companions named after one of the ontology's companion_markers join the subjects.
/// </summary>
internal sealed class Companions(DomainLexicon lexicon)
{
    private readonly PhraseMatcher<bool> markers = lexicon.Cue(OntologyCues.CompanionMarkers);
    private readonly bool declared = lexicon.Ontology.Cues[OntologyCues.CompanionMarkers].All.Any();

    public SubjectChoice With(SentenceView view, RelationTypeDefinition relation, SubjectChoice choice)
    {
        if (choice.Subjects.Count == 0 || !declared)
        {
            return choice;
        }
        List<ResolvedMention>? added = null;
        for (var k = view.Start; k < view.End; k++)
        {
            if (view.Is(k, WordClass.Covered) || markers.MatchAt(view.Tokens, k, view.End) is not { } marker)
            {
                continue;
            }
            var previousEnd = marker.End;
            var first = true;
            foreach (var mention in view.Mentions)
            {
                if (mention.TokenStart < previousEnd)
                {
                    continue;
                }
                if (!PersonListReader.IsGap(view, previousEnd, mention.TokenStart, first)
                    || !relation.AllowsSubject(mention.Type) || view.Document.IsQuoted(mention.TokenStart))
                {
                    break;
                }
                if (!choice.Subjects.HasEntity(mention.EntityId) && (added is null || !added.HasEntity(mention.EntityId)))
                {
                    (added ??= []).Add(mention);
                }
                previousEnd = mention.TokenEnd;
                first = false;
            }
            k = marker.End - 1;
        }
        return added is null ? choice : choice with { Subjects = [.. choice.Subjects, .. added] };
    }

    // Words between the act and the start of its object ("signed a new defence treaty with").
    private const int PartnerWindow = 8;

    /// <summary>
    /// "X signed the treaty with Y", "X a signé l'accord avec le président Y": for a relation that declares
    /// partner_markers, the names after one, soon after the trigger and in its clause, did it with the subject.
    /// </summary>
    public SubjectChoice Partners(SentenceView view, TriggerHit trigger, RelationTypeDefinition relation, SubjectChoice choice)
    {
        var markers = relation.PartnerMarkers.For(view.Document.Language);
        if (choice.Subjects.Count == 0 || markers.IsEmpty)
        {
            return choice;
        }
        // The marker follows the verb or its object right away ("signed with X", "signed the treaty with X"): "signed
        // other accords, similar ones, with X" says nothing about who signed this one.
        var k = trigger.End;
        foreach (var mention in view.Mentions)
        {
            if (mention.TokenStart >= trigger.End && mention.TokenStart < trigger.End + PartnerWindow && relation.AllowsObject(mention.Type))
            {
                k = mention.TokenEnd;
                break;
            }
        }
        // A closing quote may end the object's name ("the 'Nancy' treaty' with").
        while (k < view.End && view.Tokens[k].Text is "'" or "’" or "\"" or "»" or "”")
        {
            k++;
        }
        if (k >= view.End || !markers.Any(m => TextFolding.Fold(m) == view.Tokens[k].Folded) || view.Is(k, WordClass.Covered))
        {
            return choice;
        }
        var partners = new List<ResolvedMention>();
        foreach (var mention in PersonListReader.Read(view, k + 1, relation))
        {
            if (!choice.Subjects.HasEntity(mention.EntityId))
            {
                partners.Add(mention);
            }
        }
        return partners.Count == 0 ? choice : choice with { Subjects = [.. choice.Subjects, .. partners] };
    }
}
