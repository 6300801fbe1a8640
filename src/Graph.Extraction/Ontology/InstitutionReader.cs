using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Ontology;

/// <summary>Reads the <c>institutions</c> section and checks its kinds, types and references to known entities.</summary>
internal sealed class InstitutionReader(YamlNodes yaml, ImmutableArray<string> languages, HashSet<string> typeNames, EntityKinds kinds)
{
    public ImmutableArray<InstitutionDefinition> Read(YamlNode? node, ImmutableArray<KnownEntity> entities)
    {
        if (node is null)
        {
            return [];
        }
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<InstitutionDefinition>();
        foreach (var item in yaml.Sequence(node, "institutions").Children)
        {
            var map = yaml.Mapping(item, "an institution");
            yaml.OnlyKeys(map, "an institution", "kind", "name", "type", "terms", "known");
            var kindNode = yaml.Required(map, "kind", "an institution");
            var kind = yaml.Scalar(kindNode, "institution kind");
            if (!Identifiers.IsEntityId(kind))
            {
                throw yaml.Error(kindNode, $"institution kind '{kind}' must be a lowercase slug (e.g. foreign-ministry).");
            }
            if (!seen.Add(kind))
            {
                throw yaml.Error(kindNode, $"institution kind '{kind}' is declared twice.");
            }
            var nameNode = yaml.Required(map, "name", $"institution {kind}");
            var name = yaml.Scalar(nameNode, $"{kind}.name");
            if (!name.Contains(InstitutionDefinition.CountryPlaceholder, StringComparison.Ordinal))
            {
                throw yaml.Error(nameNode, $"institution {kind}: the name must contain {InstitutionDefinition.CountryPlaceholder}.");
            }
            var typeNode = yaml.Required(map, "type", $"institution {kind}");
            var type = yaml.Scalar(typeNode, $"{kind}.type");
            if (!typeNames.Contains(type))
            {
                throw yaml.Error(typeNode, $"institution {kind} has the type '{type}', which entity_types does not declare.");
            }
            var terms = yaml.Terms(yaml.Required(map, "terms", $"institution {kind}"), $"{kind}.terms", languages);
            result.Add(new InstitutionDefinition(kind, name, type, terms, ReadKnown(map, kind, type, byId)));
        }
        return result.ToImmutable();
    }

    private ImmutableSortedDictionary<string, string> ReadKnown(YamlMappingNode map, string kind, string type, Dictionary<string, KnownEntity> byId)
    {
        var known = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        if (yaml.Optional(map, "known") is not { } node)
        {
            return known.ToImmutable();
        }
        foreach (var (key, value) in yaml.Mapping(node, $"{kind}.known").Children)
        {
            var country = yaml.Scalar(key, $"{kind}.known country");
            var entity = yaml.Scalar(value, $"{kind}.known entity");
            if (!byId.TryGetValue(country, out var countryEntity) || !kinds.Is(countryEntity.Type, EntityKind.Country))
            {
                throw yaml.Error(key, $"institution {kind}: '{country}' is not a {kinds.TypeOf(EntityKind.Country)} the ontology declares.");
            }
            if (!byId.TryGetValue(entity, out var body) || body.Type != type)
            {
                throw yaml.Error(value, $"institution {kind}: '{entity}' is not a known {type}.");
            }
            known[country] = entity;
        }
        return known.ToImmutable();
    }
}
