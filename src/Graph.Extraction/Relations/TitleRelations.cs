using System.Collections.Immutable;
using Graph.Core.Extraction;
using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;
using Graph.Extraction.Text;

namespace Graph.Extraction.Relations;

/// <summary>
/// "Admiral Jane Roe", "Aluf Dan Lev": for the relations declared with <c>object_as_title</c>, a name of an object type
/// written right before a name of a subject type, as its title, states the relation without any trigger.
/// </summary>
internal sealed class TitleRelations(IEnumerable<RelationTypeDefinition> relations)
{
    // As sure as a subject in its own clause: the title is glued to the name it qualifies.
    private const double Confidence = 0.9;

    private static readonly ImmutableSortedDictionary<string, object> NoProperties =
        ImmutableSortedDictionary<string, object>.Empty.WithComparers(StringComparer.Ordinal);

    private readonly ImmutableArray<RelationTypeDefinition> titled = [.. relations.Where(r => r.ObjectAsTitle && !r.ObjectIsStatement)];

    public void Add(Sentence sentence, ReadOnlySpan<ResolvedMention> mentions, List<Fact> facts)
    {
        if (titled.IsEmpty)
        {
            return;
        }
        for (var m = 0; m + 1 < mentions.Length; m++)
        {
            var title = mentions[m];
            var named = mentions[m + 1];
            if (title.TokenEnd != named.TokenStart)
            {
                continue;
            }
            foreach (var relation in titled)
            {
                if (relation.AllowsObject(title.Type) && relation.AllowsSubject(named.Type))
                {
                    facts.Add(new Fact(named.EntityId, relation.Name, title.EntityId, sentence.Text, sentence.Span, NoProperties, Confidence));
                }
            }
        }
    }
}
