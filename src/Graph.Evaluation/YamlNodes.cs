using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Graph.Evaluation;

/// <summary>Typed reads from YAML nodes with errors that name the file and line.</summary>
internal static class YamlNodes
{
    internal static YamlStream LoadStream(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            var stream = new YamlStream();
            stream.Load(reader);
            return stream;
        }
        catch (YamlException ex)
        {
            throw new GoldFormatException($"{path}: line {ex.Start.Line}: invalid YAML: {ex.Message}", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new GoldFormatException($"{path}: cannot be read: {ex.Message}", ex);
        }
    }

    internal static YamlMappingNode Mapping(YamlNode node, string path, string what) =>
        node as YamlMappingNode ?? throw Error(node, path, $"{what} must be a mapping");

    internal static YamlNode? Get(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    internal static string? Scalar(YamlMappingNode mapping, string key, string path)
    {
        var node = Get(mapping, key);
        return node switch
        {
            null => null,
            YamlScalarNode { Value: var value } => string.IsNullOrWhiteSpace(value) || value == "~" ? null : value.Trim(),
            _ => throw Error(node, path, $"'{key}' must be a single value"),
        };
    }

    internal static string Required(YamlMappingNode mapping, string key, string path) =>
        Scalar(mapping, key, path) ?? throw Error(mapping, path, $"missing '{key}'");

    /// <summary>A scalar or a sequence of scalars, as a list (claimed_by: x and claimed_by: [x, y] are both valid).</summary>
    internal static ImmutableArray<string> Strings(YamlMappingNode mapping, string key, string path)
    {
        var node = Get(mapping, key);
        return node switch
        {
            null => [],
            YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()],
            YamlSequenceNode sequence => [.. sequence.Children.Select(item =>
                (item as YamlScalarNode)?.Value?.Trim() ?? throw Error(item, path, $"'{key}' items must be single values"))],
            _ => throw Error(node, path, $"'{key}' must be a value or a list"),
        };
    }

    internal static ImmutableArray<long> Numbers(YamlMappingNode mapping, string key, string path) =>
        [.. Strings(mapping, key, path).Select(value => ParseLong(value, mapping, key, path))];

    internal static long? Number(YamlMappingNode mapping, string key, string path) =>
        Scalar(mapping, key, path) is { } value ? ParseLong(value, mapping, key, path) : null;

    internal static IEnumerable<YamlNode> Sequence(YamlMappingNode mapping, string key, string path) =>
        Get(mapping, key) switch
        {
            null => [],
            YamlScalarNode { Value: null or "" or "~" } => [],
            YamlSequenceNode sequence => sequence.Children,
            var node => throw Error(node, path, $"'{key}' must be a list"),
        };

    internal static GoldFormatException Error(YamlNode node, string path, string message) =>
        new($"{path}: line {node.Start.Line}: {message}.");

    private static long ParseLong(string value, YamlNode node, string key, string path) =>
        long.TryParse(value.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw Error(node, path, $"'{key}' must be an integer, not '{value}'");
}
