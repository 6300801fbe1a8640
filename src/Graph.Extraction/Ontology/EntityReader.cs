using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Ontology;

/// <summary>Reads the known entities and checks ids, types and cross-references.</summary>
internal sealed class EntityReader(YamlNodes yaml, ImmutableArray<string> languages, HashSet<string> typeNames)
{
    /// <param name="external">Ids of the gazetteer's entries, which capital, capital_of and parties may name too.</param>
    public ImmutableArray<KnownEntity> Read(YamlNode? node, IEnumerable<string> external)
    {
        if (node is null)
        {
            return [];
        }
        var entities = new List<(KnownEntity Entity, YamlMappingNode Node)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in yaml.Sequence(node, "entities").Children)
        {
            var map = yaml.Mapping(item, "an entity");
            var entity = ReadOne(map);
            if (!seen.Add(entity.Id))
            {
                throw yaml.Error(map, $"entity id '{entity.Id}' is declared twice.");
            }
            entities.Add((entity, map));
        }
        var known = seen.Concat(external).ToHashSet(StringComparer.Ordinal);
        foreach (var (entity, map) in entities)
        {
            CheckReference(map, entity.Capital, known, "capital");
            CheckReference(map, entity.CapitalOf, known, "capital_of");
            CheckReference(map, entity.VenueOf, known, "venue_of");
            CheckReference(map, entity.BodyOf, known, "body_of");
            foreach (var party in entity.Parties)
            {
                CheckReference(map, party, known, "parties");
            }
        }
        return entities.Select(e => e.Entity).ToImmutableArray();
    }

    private KnownEntity ReadOne(YamlMappingNode map)
    {
        yaml.OnlyKeys(map, "an entity", "id", "type", "name", "wikidata", "aliases", "roles", "demonyms", "capital", "capital_of", "parties", "venue_of", "body_of");
        var idNode = yaml.Required(map, "id", "an entity");
        var id = yaml.Scalar(idNode, "entity id");
        if (!Identifiers.IsEntityId(id))
        {
            throw yaml.Error(idNode, $"entity id '{id}' must be a lowercase slug: letters, digits and single hyphens (e.g. kim-jong-un).");
        }
        var typeNode = yaml.Required(map, "type", $"entity {id}");
        var type = yaml.Scalar(typeNode, $"{id}.type");
        if (!typeNames.Contains(type))
        {
            throw yaml.Error(typeNode, $"entity {id} has the type '{type}', which entity_types does not declare.");
        }
        var wikidata = yaml.OptionalScalar(map, "wikidata", id);
        if (wikidata is not null && !(wikidata.StartsWith('Q') && wikidata.Length > 1 && wikidata[1..].All(char.IsAsciiDigit)))
        {
            throw yaml.Error(yaml.Required(map, "wikidata", id), $"entity {id}: wikidata id '{wikidata}' must look like Q12345.");
        }
        var parties = yaml.Optional(map, "parties") is { } partiesNode ? yaml.Scalars(partiesNode, $"{id}.parties") : [];
        return new KnownEntity(
            id,
            type,
            yaml.Scalar(yaml.Required(map, "name", $"entity {id}"), $"{id}.name"),
            wikidata,
            yaml.Terms(yaml.Optional(map, "aliases"), $"{id}.aliases", languages),
            yaml.Terms(yaml.Optional(map, "roles"), $"{id}.roles", languages),
            yaml.Terms(yaml.Optional(map, "demonyms"), $"{id}.demonyms", languages),
            yaml.OptionalScalar(map, "capital", id),
            yaml.OptionalScalar(map, "capital_of", id),
            parties)
        {
            VenueOf = yaml.OptionalScalar(map, "venue_of", id),
            BodyOf = yaml.OptionalScalar(map, "body_of", id),
        };
    }

    private void CheckReference(YamlMappingNode map, string? target, HashSet<string> ids, string key)
    {
        if (target is not null && !ids.Contains(target))
        {
            throw yaml.Error(yaml.Required(map, key, "entity"), $"'{key}' refers to '{target}', which is not an entity id in this ontology.");
        }
    }
}
