using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace Graph.Evaluation;

/// <summary>
/// Gold annotations: one YAML document per article (shared/gold/seeds.yaml, shared/dev/gold/dNN.yaml).
/// </summary>
public sealed record GoldSet(ImmutableArray<GoldArticle> Articles)
{
    /// <summary>The alias table's file name, skipped when a folder is loaded.</summary>
    public const string AliasFileName = "entities.yaml";

    /// <summary>Loads a multi-document YAML file, or every *.yaml / *.yml of a folder except entities.yaml, in name order.</summary>
    /// <exception cref="GoldFormatException">The file is missing, not YAML, or an article lacks a required field.</exception>
    public static GoldSet Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        IEnumerable<string> files;
        if (Directory.Exists(path))
        {
            files = Directory.EnumerateFiles(path)
                .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                .Where(f => !Path.GetFileName(f).Equals(AliasFileName, StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal);
        }
        else if (File.Exists(path))
        {
            files = [path];
        }
        else
        {
            throw new GoldFormatException($"{path}: no such gold file or folder.");
        }

        var articles = ImmutableArray.CreateBuilder<GoldArticle>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var document in YamlNodes.LoadStream(file).Documents)
            {
                if (document.RootNode is YamlScalarNode { Value: null or "" })
                {
                    continue; // an empty document, e.g. a trailing "---"
                }

                var article = ReadArticle(YamlNodes.Mapping(document.RootNode, file, "an article document"), file);
                if (!seen.Add(article.Article))
                {
                    throw YamlNodes.Error(document.RootNode, file, $"article '{article.Article}' is annotated twice");
                }

                articles.Add(article);
            }
        }

        return new GoldSet(articles.ToImmutable());
    }

    /// <summary>The gold for an article file name, or null when it is not annotated.</summary>
    public GoldArticle? Find(string fileName) =>
        Articles.FirstOrDefault(a => string.Equals(a.Article, fileName, StringComparison.Ordinal));

    private static GoldArticle ReadArticle(YamlMappingNode node, string path)
    {
        var article = new GoldArticle(
            YamlNodes.Required(node, "article", path),
            YamlNodes.Required(node, "language", path),
            ReadEntities(node, "entities", path),
            ReadRelations(node, "relations", path),
            ReadEntities(node, "optional_entities", path),
            ReadRelations(node, "optional_relations", path));
        var annotated = YamlNodes.Strings(node, "annotated_relations", path);
        return YamlNodes.Get(node, "annotated_relations") is null
            ? article
            : article with { AnnotatedRelations = [.. annotated.Select(r => r.ToUpperInvariant()).Distinct(StringComparer.Ordinal)] };
    }

    private static ImmutableArray<GoldEntity> ReadEntities(YamlMappingNode article, string key, string path) =>
        [.. YamlNodes.Sequence(article, key, path).Select(item =>
        {
            var entity = YamlNodes.Mapping(item, path, $"an item of '{key}'");
            return new GoldEntity(YamlNodes.Required(entity, "id", path), YamlNodes.Required(entity, "type", path));
        })];

    private static ImmutableArray<GoldRelation> ReadRelations(YamlMappingNode article, string key, string path) =>
        [.. YamlNodes.Sequence(article, key, path).Select(item =>
        {
            var relation = YamlNodes.Mapping(item, path, $"an item of '{key}'");
            return new GoldRelation(
                YamlNodes.Required(relation, "s", path),
                YamlNodes.Required(relation, "rel", path).ToUpperInvariant(),
                YamlNodes.Scalar(relation, "o", path),
                YamlNodes.Number(relation, "troops", path),
                YamlNodes.Strings(relation, "claimed_by", path),
                YamlNodes.Numbers(relation, "alt_troops", path),
                YamlNodes.Strings(relation, "alt_claimed_by", path));
        })];
}
