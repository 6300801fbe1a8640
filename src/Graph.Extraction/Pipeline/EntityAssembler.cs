using System.Collections.Immutable;
using Graph.Core.Extraction;
using Graph.Extraction.Ontology;
using Graph.Extraction.Resolution;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// Turns resolved mentions into the article's entity list and enforces the ontology one last time: an entity
/// of an undeclared type is dropped with its facts, and the drop is reported.
/// </summary>
internal sealed class EntityAssembler(OntologyDefinition ontology)
{
    public (ImmutableArray<ExtractedEntity> Entities, ImmutableArray<Fact> Facts, ImmutableArray<Rejection> Dropped) Assemble(
        ResolutionResult resolution, IReadOnlyList<Fact> facts)
    {
        var dropped = ImmutableArray.CreateBuilder<Rejection>();
        var entities = new Dictionary<string, ExtractedEntity>(StringComparer.Ordinal);
        foreach (var group in resolution.Mentions.GroupBy(m => m.EntityId))
        {
            var resolved = resolution.Entities[group.Key];
            if (!ontology.HasEntityType(resolved.Type))
            {
                dropped.Add(new Rejection($"entity '{resolved.Name}' has the type {resolved.Type}, which the ontology does not declare", group.First().Text));
                continue;
            }
            // An unnamed treaty exists only through what was done with it.
            if (!resolved.Known && resolved.Type == "Treaty" && !facts.Any(f => f.Object == resolved.Id))
            {
                continue;
            }
            entities[group.Key] = Build(resolved, group);
        }
        var kept = ImmutableArray.CreateBuilder<Fact>();
        foreach (var fact in facts)
        {
            if (!Ensure(entities, fact.Subject) || fact.Object is { } obj && !Ensure(entities, obj))
            {
                dropped.Add(new Rejection($"{fact.Type}: an entity of this fact is not in the ontology's types", fact.Sentence, fact.Type, fact.Subject, fact.Object));
                continue;
            }
            kept.Add(fact);
        }
        var ordered = entities.Values.OrderBy(e => e.Mentions.IsEmpty ? int.MaxValue : e.Mentions[0].Span.Start).ThenBy(e => e.Id, StringComparer.Ordinal);
        return (ordered.ToImmutableArray(), kept.ToImmutable(), dropped.ToImmutable());
    }

    private ExtractedEntity Build(ResolvedEntity resolved, IEnumerable<ResolvedMention> mentions)
    {
        var list = mentions.OrderBy(m => m.Span.Start).Select(m => new Mention(m.Text, m.Span)).ToImmutableArray();
        var aliases = (ontology.FindEntity(resolved.Id)?.Aliases.All ?? [])
            .Concat(list.Select(m => m.Text))
            .Where(a => a != resolved.Name)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        return new ExtractedEntity(resolved.Id, resolved.Name, resolved.Type, aliases, resolved.Wikidata, list);
    }

    /// <summary>Facts may name an entity only through a demonym ("soldats nord-coréens"): add it from the ontology.</summary>
    private bool Ensure(Dictionary<string, ExtractedEntity> entities, string id)
    {
        if (entities.ContainsKey(id))
        {
            return true;
        }
        if (ontology.FindEntity(id) is not { } known || !ontology.HasEntityType(known.Type))
        {
            return false;
        }
        entities[id] = new ExtractedEntity(known.Id, known.Name, known.Type, known.Aliases.All.Order(StringComparer.Ordinal).ToImmutableArray(), known.Wikidata, []);
        return true;
    }
}
