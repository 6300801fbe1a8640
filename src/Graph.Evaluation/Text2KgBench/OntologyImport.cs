using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Graph.Evaluation.Text2KgBench;

/// <summary>
/// Writes a starting Graph ontology (YAML) from a Text2KGBench ontology: one entity type per concept, one relation
/// type per relation label with the domains and ranges of all its entries, and the label itself as the English
/// trigger. A relation whose domain or range is not a concept is written as a comment, for the user to finish.
/// Every type gets its <c>kind:</c>: a Wikidata class Graph has its own type for gets that type's kind, any other the
/// kind its name has in an ontology without kinds (<c>legacyKindOf</c>), or <c>none</c>.
/// </summary>
public static class OntologyImport
{
    /// <summary>The kind a type without one declares: the engine only labels its names.</summary>
    public const string NoKind = "none";

    private static readonly Lazy<ImmutableDictionary<string, CoreType>> CoreTypes = new(ReadCoreTypes);

    /// <param name="legacyKindOf">The kind (as YAML writes it) an ontology without kinds gives a type of this name; null for none.</param>
    public static string ToYaml(BenchmarkOntology ontology, Func<string, string?>? legacyKindOf = null)
    {
        var types = ontology.Concepts
            .GroupBy(c => c.Qid, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => TypeName(g.First()), StringComparer.Ordinal);
        var yaml = new StringBuilder();
        yaml.AppendLine(CultureInfo.InvariantCulture, $"# Imported from the Text2KGBench ontology {ontology.Id} ({ontology.Title}) by graph ontology import.");
        yaml.AppendLine("# A starting point: add triggers, entity type cues and known entities, then check it with graph ontology check.");
        yaml.AppendLine("version: 1");
        yaml.AppendLine("languages: [en]");
        yaml.AppendLine();
        yaml.AppendLine("# kind: what the engine does with a type's names (person, organization, country, location, agreement), or none.");
        yaml.AppendLine("entity_types:");
        foreach (var concept in ontology.Concepts.DistinctBy(c => types[c.Qid]))
        {
            var name = types[concept.Qid];
            var kind = CoreTypes.Value.GetValueOrDefault(concept.Qid)?.Kind ?? legacyKindOf?.Invoke(name) ?? NoKind;
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - name: {name}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    kind: {kind}");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"    description: {Quote($"{concept.Label} ({concept.Qid})")}");
        }
        yaml.AppendLine();
        yaml.AppendLine("relation_types:");
        foreach (var relation in ontology.Relations.GroupBy(r => RelationName(r.Label), StringComparer.Ordinal))
        {
            WriteRelation(yaml, relation.Key, [.. relation], types);
        }
        return yaml.ToString();
    }

    private static void WriteRelation(StringBuilder yaml, string name, ImmutableArray<BenchmarkRelation> entries, ImmutableDictionary<string, string> types)
    {
        var first = entries[0];
        var usable = entries.Where(e => types.ContainsKey(e.Domain) && types.ContainsKey(e.Range)).ToArray();
        if (usable.Length == 0)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture,
                $"  # {first.Label} ({first.Pid}) is not imported: its domain '{first.Domain}' or range '{first.Range}' is not a concept of the ontology.");
            return;
        }
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  - name: {name}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    description: {Quote($"{first.Label} ({first.Pid})")}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    subject: [{string.Join(", ", usable.Select(e => types[e.Domain]).Distinct(StringComparer.Ordinal))}]");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    object: [{string.Join(", ", usable.Select(e => types[e.Range]).Distinct(StringComparer.Ordinal))}]");
        yaml.AppendLine("    triggers:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"      en: [{Quote(first.Label.ToLowerInvariant())}]");
    }

    /// <summary>"military rank" → MilitaryRank; a Wikidata class Graph has its own type for keeps that type's name.</summary>
    public static string TypeName(BenchmarkConcept concept)
    {
        if (CoreTypes.Value.TryGetValue(concept.Qid, out var core))
        {
            return core.Name;
        }
        var name = new StringBuilder();
        foreach (var word in Words(concept.Label))
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word[1..]);
        }
        return name.Length > 0 && char.IsLetter(name[0]) ? name.ToString() : "Concept" + name;
    }

    /// <summary>"military rank" → MILITARY_RANK, "Member of" → MEMBER_OF: the benchmark's normalisation maps it back.</summary>
    public static string RelationName(string label) => string.Join('_', Words(label)).ToUpperInvariant();

    private static IEnumerable<string> Words(string label) =>
        Regex.Split(label, "[^A-Za-z0-9]+").Where(w => w.Length > 0);

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static ImmutableDictionary<string, CoreType> ReadCoreTypes()
    {
        using var stream = typeof(OntologyImport).Assembly.GetManifestResourceStream("Graph.Evaluation.wikidata-core-types.yaml")
            ?? throw new InvalidOperationException("the embedded wikidata-core-types.yaml is missing from the build");
        var yaml = new YamlStream();
        yaml.Load(new StreamReader(stream));
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;
        return map.Children.ToImmutableDictionary(p => ((YamlScalarNode)p.Key).Value!, p => CoreType.Of((YamlMappingNode)p.Value), StringComparer.Ordinal);
    }

    /// <summary>A Wikidata class's Graph type: its name and its kind.</summary>
    private sealed record CoreType(string Name, string Kind)
    {
        public static CoreType Of(YamlMappingNode node) =>
            new(((YamlScalarNode)node.Children[new YamlScalarNode("name")]).Value!, ((YamlScalarNode)node.Children[new YamlScalarNode("kind")]).Value!);
    }
}
