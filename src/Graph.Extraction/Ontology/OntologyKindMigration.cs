using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Ontology;

/// <summary>
/// Writes into an ontology written before <c>kind:</c> existed the kinds it was read with: each entity type whose
/// name <c>kinds.yaml</c> knows gets <c>kind:</c> right after its name, and the rest of the text (comments, layout)
/// stays as it is. The result is checked: it must load, with every type of the same kind as before.
/// </summary>
public static class OntologyKindMigration
{
    /// <summary>The migrated text, and how many types got a kind (0: the text comes back unchanged).</summary>
    public static (string Yaml, int Added) AddKinds(string yaml, string sourceName)
    {
        var before = OntologyLoader.Parse(yaml, sourceName);
        var stream = new YamlStream();
        stream.Load(new Parser(new StringReader(yaml)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var types = (YamlSequenceNode)root.Children[new YamlScalarNode("entity_types")];
        var newline = yaml.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
        var lines = yaml.Split(newline).ToList();
        var inserts = new List<(int Line, int Column, string Text, bool Flow)>();
        foreach (var type in types.Children.Cast<YamlMappingNode>())
        {
            var key = type.Children.Keys.Cast<YamlScalarNode>().First(k => k.Value == "name");
            var name = ((YamlScalarNode)type.Children[key]).Value!;
            var legacy = EntityKinds.LegacyKindOf(name);
            if (legacy == EntityKind.None || type.Children.ContainsKey(new YamlScalarNode("kind")))
            {
                continue;
            }
            var value = type.Children[key];
            var kind = $"kind: {EntityKinds.NameOf(legacy)}";
            inserts.Add(type.Style == MappingStyle.Flow
                ? ((int)value.End.Line - 1, (int)value.End.Column - 1, $", {kind}", true)
                : ((int)value.End.Line, (int)key.Start.Column - 1, kind, false));
        }
        // From the end, so that the places still to come keep their line numbers.
        foreach (var (line, column, text, flow) in inserts.OrderByDescending(i => i.Line).ThenByDescending(i => i.Column))
        {
            if (flow)
            {
                lines[line] = lines[line].Insert(column, text);
            }
            else
            {
                lines.Insert(line, new string(' ', column) + text);
            }
        }
        var migrated = string.Join(newline, lines);
        var after = OntologyLoader.Parse(migrated, sourceName);
        foreach (var type in before.EntityTypes)
        {
            if (before.Kinds.KindOf(type.Name) != after.Kinds.KindOf(type.Name))
            {
                throw new InvalidOperationException($"{sourceName}: entity type {type.Name} would change its kind from {before.Kinds.KindOf(type.Name)} to {after.Kinds.KindOf(type.Name)}.");
            }
        }
        foreach (var kind in Enum.GetValues<EntityKind>().Where(k => k != EntityKind.None))
        {
            if (before.Kinds.TypeOf(kind) != after.Kinds.TypeOf(kind))
            {
                throw new InvalidOperationException($"{sourceName}: the kind {kind} would name its mentions {after.Kinds.TypeOf(kind)} instead of {before.Kinds.TypeOf(kind)}.");
            }
        }
        return (migrated, inserts.Count);
    }
}
