using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Graph.Core;
using Graph.Core.Articles;
using Graph.Core.Extraction;
using Graph.Core.Graph;

namespace Graph.Worker.Tests.Support;

/// <summary>Stage inputs built by hand.</summary>
internal static class TestData
{
    public static Article Article(string id, string text = "Kim Jong-un a signé le traité.") => new(
        id, id + ".txt", "Titre", text, "fr", "2024-12-04", null, null, Sha(text));

    public static ArticleLoadResult Loaded(string id, string text = "Kim Jong-un a signé le traité.") =>
        ArticleLoadResult.Loaded($"/articles/{id}.txt", Article(id, text));

    public static Fact Fact(double confidence, string type = "SIGNED", string? obj = "treaty") => new(
        "kim-jong-un",
        type,
        obj,
        "Kim Jong-un a signé le traité.",
        new TextSpan(0, 30),
        ImmutableSortedDictionary<string, object>.Empty.Add("troops", 11000L).Add("date", "2024-06"),
        confidence);

    /// <summary>A minimal mapping, standing in for GraphMapper: the tests here are about the loop around it.</summary>
    public static GraphBatch Map(ArticleExtraction extraction)
    {
        var a = extraction.Article;
        return new GraphBatch(
            new ArticleNode(a.Id, a.Title, a.Source, a.Url, a.Published, a.Language, a.Sha256),
            [.. extraction.Entities.Select(e => new EntityNode(e.Id, e.Type, e.Name, e.Aliases, e.Wikidata))],
            [],
            [.. extraction.Relations.Where(f => f.Object is not null)
                .Select(f => new FactEdge(f.Subject, f.Type, f.Object!, f.Properties))],
            [],
            []);
    }

    /// <summary>Reads an inbox file the way ArticleFileReader would, minus the parsing: "BROKEN" files fail to load.</summary>
    public static ArticleLoadResult ReadFile(string path)
    {
        var text = File.ReadAllText(path);
        var id = Path.GetFileNameWithoutExtension(path);
        return text.StartsWith("BROKEN", StringComparison.Ordinal)
            ? ArticleLoadResult.Failed(path, $"'{Path.GetFileName(path)}' is not an article")
            : ArticleLoadResult.Loaded(path, Article(id, text) with { FileName = Path.GetFileName(path) });
    }

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
