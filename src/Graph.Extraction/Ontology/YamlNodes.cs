using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Ontology;

/// <summary>Typed reads of YAML nodes that fail with the file, line and column of the offending node.</summary>
internal sealed class YamlNodes(string file)
{
    private const int MinimumWildcardStem = 3;

    public OntologyException Error(YamlNode node, string problem) =>
        new(file, (int)node.Start.Line, (int)node.Start.Column, problem);

    public YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping (key: value).");

    public YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"{what} must be a list.");

    public string Scalar(YamlNode node, string what)
    {
        if (node is YamlScalarNode { Value: { } value } && value.Trim().Length > 0)
        {
            return value.Trim();
        }
        throw Error(node, $"{what} must be a non-empty text value.");
    }

    public YamlNode? Optional(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public YamlNode Required(YamlMappingNode map, string key, string what) =>
        Optional(map, key) ?? throw Error(map, $"{what} needs the key '{key}'.");

    public string? OptionalScalar(YamlMappingNode map, string key, string what) =>
        Optional(map, key) is { } node ? Scalar(node, $"{what}.{key}") : null;

    public ImmutableArray<string> Scalars(YamlNode node, string what) =>
        Sequence(node, what).Children.Select(child => Scalar(child, $"an item of {what}")).ToImmutableArray();

    /// <summary>Rejects keys the schema does not know: a misspelt key would otherwise be silently ignored.</summary>
    public void OnlyKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = Scalar(key, $"a key of {what}");
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                throw Error(key, $"unknown key '{name}' in {what}; expected one of: {string.Join(", ", allowed)}.");
            }
        }
    }

    /// <summary>A per-language term map: { fr: [..], en: [..] }.</summary>
    public TermSet Terms(YamlNode? node, string what, ImmutableArray<string> languages)
    {
        if (node is null)
        {
            return TermSet.Empty;
        }
        var map = Mapping(node, what);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            var language = Scalar(key, $"a language of {what}");
            if (!languages.Contains(language))
            {
                throw Error(key, $"language '{language}' in {what} is not declared in 'languages' ({string.Join(", ", languages)}).");
            }
            var terms = Scalars(value, $"{what}.{language}");
            for (var i = 0; i < terms.Length; i++)
            {
                if (WildcardProblem(terms[i]) is { } problem)
                {
                    throw Error(((YamlSequenceNode)value).Children[i], $"'{terms[i]}' in {what}.{language}: {problem}");
                }
            }
            builder[language] = terms;
        }
        return new TermSet(builder.ToImmutable());
    }

    /// <summary>
    /// A trailing <c>*</c> matches any ending of the word before it; a short stem would match most of the language
    /// ("a*" turned every word starting with a into a trigger), and a <c>*</c> elsewhere would be taken literally.
    /// </summary>
    private static string? WildcardProblem(string term)
    {
        var star = term.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return null;
        }
        if (star != term.Length - 1)
        {
            return "'*' may only end a term (a trailing * matches any ending of the last word).";
        }
        var stem = term.AsSpan(0, star);
        var lastWord = stem[(stem.LastIndexOf(' ') + 1)..];
        var letters = 0;
        foreach (var c in lastWord)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= MinimumWildcardStem
            ? null
            : $"a trailing * needs at least {MinimumWildcardStem} letters before it, or it matches too many words.";
    }
}
