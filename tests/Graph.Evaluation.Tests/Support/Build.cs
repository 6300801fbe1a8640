using System.Collections.Immutable;
using Graph.Core;
using Graph.Core.Articles;
using Graph.Core.Extraction;

namespace Graph.Evaluation.Tests.Support;

/// <summary>Hand-made extraction inputs: only the fields evaluation reads are meaningful.</summary>
internal static class Build
{
    public static ArticleExtraction Extraction(string fileName, ImmutableArray<ExtractedEntity> entities, params Fact[] facts) =>
        new(new Article(Path.GetFileNameWithoutExtension(fileName), fileName, null, "text", "fr", null, null, null, "0"),
            entities, [.. facts], [], "test.v1");

    public static ExtractedEntity Entity(string id, string name, string type, string? wikidata = null, string[]? aliases = null, string[]? mentions = null) =>
        new(id, name, type, [.. aliases ?? []], wikidata, [.. (mentions ?? []).Select(m => new Mention(m, new TextSpan(0, 1)))]);

    public static Fact Fact(string subject, string type, string? obj = null) =>
        new(subject, type, obj, "sentence", new TextSpan(0, 8), ImmutableSortedDictionary<string, object>.Empty, 1.0);
}
