using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Ontology;

/// <summary>
/// Reads a <c>grammar:</c> section (<c>{prepositions: {fr: [...], en: [...]}, ...}</c>): only the lists of
/// <see cref="GrammarDefinition.Known"/>, each per declared language; anything else is refused with line and column.
/// </summary>
internal static class GrammarReader
{
    private const string BuiltInResource = "Graph.Extraction.Ontology.grammar.yaml";

    /// <summary>The built-in grammar (<c>Ontology/grammar.yaml</c>), read once.</summary>
    public static GrammarDefinition BuiltIn => builtIn.Value;

    /// <summary>The built-in file's text: part of every ontology's content hash, so new grammar re-reads articles.</summary>
    public static string BuiltInText => builtInText.Value;

    private static readonly Lazy<string> builtInText = new(() => BuiltInYaml.Text(BuiltInResource, "the built-in grammar"));

    private static readonly Lazy<GrammarDefinition> builtIn = new(() =>
    {
        const string source = "grammar.yaml (built in)";
        var (yaml, root) = BuiltInYaml.Root(BuiltInText, source, "languages", "grammar");
        var languages = yaml.Scalars(yaml.Required(root, "languages", source), "languages");
        return Read(yaml, yaml.Required(root, "grammar", source), languages);
    });

    public static GrammarDefinition Read(YamlNodes yaml, YamlNode? node, ImmutableArray<string> languages)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, TermSet>(StringComparer.Ordinal);
        if (node is not null)
        {
            var map = yaml.Mapping(node, "grammar");
            yaml.OnlyKeys(map, "grammar", [.. GrammarDefinition.Known]);
            foreach (var (key, value) in map.Children)
            {
                var name = yaml.Scalar(key, "a grammar list name");
                builder[name] = yaml.Terms(value, $"grammar.{name}", languages);
            }
        }
        return new GrammarDefinition(builder.ToImmutable());
    }
}
