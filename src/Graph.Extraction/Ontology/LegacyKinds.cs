using System.Collections.Frozen;

namespace Graph.Extraction.Ontology;

/// <summary>
/// The kinds an ontology written before <c>kind:</c> existed gets from its type names (<c>Ontology/kinds.yaml</c>,
/// embedded): data, so that the engine names no type.
/// </summary>
internal static class LegacyKinds
{
    private const string Resource = "Graph.Extraction.Ontology.kinds.yaml";

    /// <summary>The file's text: part of every ontology's content hash, like the built-in grammar.</summary>
    public static string Text => text.Value;

    public static FrozenDictionary<string, EntityKind> ByTypeName => byTypeName.Value;

    /// <summary>The legacy type name of each kind the file names (the inverse of <see cref="ByTypeName"/>).</summary>
    public static FrozenDictionary<EntityKind, string> TypeNameOf => typeNameOf.Value;

    private static readonly Lazy<FrozenDictionary<EntityKind, string>> typeNameOf =
        new(() => ByTypeName.ToFrozenDictionary(p => p.Value, p => p.Key));

    private static readonly Lazy<string> text = new(() => BuiltInYaml.Text(Resource, "the legacy kinds"));

    private static readonly Lazy<FrozenDictionary<string, EntityKind>> byTypeName = new(() =>
    {
        const string source = "kinds.yaml (built in)";
        var (yaml, root) = BuiltInYaml.Root(Text, source, "legacy_type_kinds");
        var table = yaml.Mapping(yaml.Required(root, "legacy_type_kinds", source), "legacy_type_kinds");
        var result = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var (key, value) in table.Children)
        {
            var name = yaml.Scalar(value, "a kind");
            result[yaml.Scalar(key, "a type name")] = EntityKinds.Parse(name) is { } kind and not EntityKind.None
                ? kind
                : throw yaml.Error(value, $"'{name}' is not a kind; the kinds are {string.Join(", ", EntityKinds.Names)}.");
        }
        return result.ToFrozenDictionary(StringComparer.Ordinal);
    });
}
