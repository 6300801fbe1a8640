using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Ontology;

/// <summary>Reads the <c>accessions</c> section: id and name templates, the words for joining, the organisations.</summary>
internal sealed class AccessionReader(YamlNodes yaml, ImmutableArray<string> languages, EntityKinds kinds)
{
    public AccessionDefinition? Read(YamlNode? node, ImmutableArray<KnownEntity> entities)
    {
        if (node is null)
        {
            return null;
        }
        var map = yaml.Mapping(node, "accessions");
        yaml.OnlyKeys(map, "accessions", "id", "name", "terms", "standalone", "organizations");
        if (!kinds.Declares(EntityKind.Agreement))
        {
            throw yaml.Error(map, "accessions are treaties, but entity_types declares no type of kind agreement.");
        }
        var idNode = yaml.Required(map, "id", "accessions");
        var id = yaml.Scalar(idNode, "accessions.id");
        var sample = id.Replace(AccessionDefinition.CountryPlaceholder, "x", StringComparison.Ordinal).Replace(AccessionDefinition.OrganizationPlaceholder, "y", StringComparison.Ordinal);
        if (!id.Contains(AccessionDefinition.CountryPlaceholder, StringComparison.Ordinal) || !id.Contains(AccessionDefinition.OrganizationPlaceholder, StringComparison.Ordinal) || !Identifiers.IsEntityId(sample))
        {
            throw yaml.Error(idNode, "accessions.id must contain {country} and {organization} and otherwise be a lowercase slug.");
        }
        var name = yaml.Scalar(yaml.Required(map, "name", "accessions"), "accessions.name");
        var terms = yaml.Terms(yaml.Required(map, "terms", "accessions"), "accessions.terms", languages);
        var standalone = yaml.Terms(yaml.Optional(map, "standalone"), "accessions.standalone", languages);
        var organizationsNode = yaml.Required(map, "organizations", "accessions");
        var organizations = yaml.Scalars(organizationsNode, "accessions.organizations");
        var byId = entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var organization in organizations)
        {
            if (!byId.TryGetValue(organization, out var entity) || !kinds.Is(entity.Type, EntityKind.Organization))
            {
                throw yaml.Error(organizationsNode, $"accessions.organizations names '{organization}', which is not a known {kinds.TypeOf(EntityKind.Organization)}.");
            }
        }
        return new AccessionDefinition(id, name, terms, standalone, organizations);
    }
}
