using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Ontology;

/// <summary>A YAML file built into this assembly (the grammar words, the legacy kinds): its text and its root.</summary>
internal static class BuiltInYaml
{
    /// <summary>The file's text; <paramref name="what"/> names it if the build left it out.</summary>
    public static string Text(string resource, string what)
    {
        using var stream = typeof(BuiltInYaml).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{what} ({resource}) is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The root mapping of the file's text, which may hold only <paramref name="keys"/>.</summary>
    public static (YamlNodes Yaml, YamlMappingNode Root) Root(string text, string source, params string[] keys)
    {
        var stream = new YamlStream();
        stream.Load(new Parser(new StringReader(text)));
        var yaml = new YamlNodes(source);
        var root = yaml.Mapping(stream.Documents[0].RootNode, source);
        yaml.OnlyKeys(root, source, keys);
        return (yaml, root);
    }
}
