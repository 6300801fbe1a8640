using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Graph.Extraction.Text;
using YamlDotNet.RepresentationModel;

namespace Graph.Extraction.Ontology;

/// <summary>Reads <c>transliteration: {first_names: [[Vasily, Vassily], ...], rules: [{when, replace, with}, ...]}</c>.</summary>
internal static class TransliterationReader
{
    public static TransliterationDefinition Read(YamlNodes yaml, YamlNode? node)
    {
        if (node is null)
        {
            return TransliterationDefinition.None;
        }
        var map = yaml.Mapping(node, "transliteration");
        yaml.OnlyKeys(map, "transliteration", "first_names", "rules", "match_rules");
        var firstNames = new Dictionary<string, string>(StringComparer.Ordinal);
        if (yaml.Optional(map, "first_names") is { } namesNode)
        {
            foreach (var group in yaml.Sequence(namesNode, "transliteration.first_names").Children)
            {
                var variants = yaml.Scalars(group, "a group of transliteration.first_names");
                var canonical = TextFolding.Fold(variants[0]);
                foreach (var variant in variants)
                {
                    if (!firstNames.TryAdd(TextFolding.Fold(variant), canonical) && firstNames[TextFolding.Fold(variant)] != canonical)
                    {
                        throw yaml.Error(group, $"the first name '{variant}' is a variant in two groups of transliteration.first_names.");
                    }
                }
            }
        }
        return new TransliterationDefinition(firstNames.ToFrozenDictionary(StringComparer.Ordinal),
            Rules(yaml, yaml.Optional(map, "rules"), "transliteration.rules"), Rules(yaml, yaml.Optional(map, "match_rules"), "transliteration.match_rules"));
    }

    private static ImmutableArray<TransliterationRule> Rules(YamlNodes yaml, YamlNode? node, string what)
    {
        var rules = ImmutableArray.CreateBuilder<TransliterationRule>();
        foreach (var item in node is null ? [] : yaml.Sequence(node, what).Children)
        {
            var rule = yaml.Mapping(item, $"a rule of {what}");
            yaml.OnlyKeys(rule, $"a rule of {what}", "when", "replace", "with");
            var with = yaml.Optional(rule, "with") is YamlScalarNode { Value: var value } ? value ?? "" : throw yaml.Error(rule, $"a rule of {what} needs the key 'with' (the replacement, may be empty).");
            rules.Add(new TransliterationRule(
                yaml.Optional(rule, "when") is { } when ? Pattern(yaml, when) : null,
                Pattern(yaml, yaml.Required(rule, "replace", $"a rule of {what}")),
                with));
        }
        return rules.ToImmutable();
    }

    private static Regex Pattern(YamlNodes yaml, YamlNode node)
    {
        var text = yaml.Scalar(node, "a transliteration pattern");
        try
        {
            // Compiled: the rules run on every new name a worker meets, for as long as it runs.
            return new Regex(text, RegexOptions.CultureInvariant | RegexOptions.Compiled, RegexLimits.MatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw yaml.Error(node, $"'{text}' is not a valid regular expression: {ex.Message}");
        }
    }
}
