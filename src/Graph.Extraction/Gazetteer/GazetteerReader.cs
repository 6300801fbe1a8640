using System.Collections.Immutable;
using Graph.Extraction.Ontology;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Gazetteer;

/// <summary>
/// Reads the ontology's <c>gazetteer:</c> section ({ min_population: N }): every country and capital, and the
/// places of at least N inhabitants. Without the section an ontology has only its own entities, as before.
/// </summary>
internal static class GazetteerReader
{
    public static ImmutableArray<GazetteerEntry> Read(YamlNodes yaml, YamlNode? node, EntityKinds kinds)
    {
        if (node is null)
        {
            return [];
        }
        var map = yaml.Mapping(node, "gazetteer");
        yaml.OnlyKeys(map, "gazetteer", "min_population");
        var populationNode = yaml.Required(map, "min_population", "gazetteer");
        if (!long.TryParse(yaml.Scalar(populationNode, "gazetteer.min_population"), out var minPopulation) || minPopulation < 0)
        {
            throw yaml.Error(populationNode, "gazetteer.min_population must be a whole number of inhabitants (e.g. 1000000).");
        }
        if (!kinds.Declares(EntityKind.Country) || !kinds.Declares(EntityKind.Location))
        {
            throw yaml.Error(node, "the gazetteer gives countries and places: entity_types must declare a type of kind country and one of kind location.");
        }
        return GazetteerData.Shared.Entries
            .Where(e => e.IsCountry || e.CapitalOf is not null || e.Population >= minPopulation)
            .ToImmutableArray();
    }
}
