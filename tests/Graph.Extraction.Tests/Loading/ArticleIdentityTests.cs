using System.Security.Cryptography;
using System.Text;
using Graph.Core.Articles;
using Graph.Extraction.Loading;

namespace Graph.Extraction.Tests.Loading;

/// <summary>An article's id comes from what identifies its source: its URL, else its path under the folder read.</summary>
public sealed class ArticleIdentityTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static async Task<List<ArticleLoadResult>> ReadAll(params string[] paths)
    {
        var results = new List<ArticleLoadResult>();
        await foreach (var result in new FileArticleSource(paths).ReadAsync(CancellationToken.None))
        {
            results.Add(result);
        }

        return results;
    }

    private static string Hash(string identity) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..10];

    [Fact]
    public async Task Files_of_the_same_name_in_two_folders_are_two_articles()
    {
        folder.Write("x/news.txt", "Le ministre a parlé lundi.");
        folder.Write("y/news.txt", "La ministre a répondu mardi.");

        var results = await ReadAll(folder.Path);

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(["x-news--" + Hash("x/news.txt"), "y-news--" + Hash("y/news.txt")], results.Select(r => r.Article!.Id));
    }

    [Fact]
    public async Task Names_that_slug_alike_are_two_articles()
    {
        folder.Write("report 1.txt", "Premier rapport du comité.");
        folder.Write("Report-1.txt", "Second rapport du comité.");

        var ids = (await ReadAll(folder.Path)).Select(r => r.Article!.Id).ToList();

        Assert.Equal(2, ids.Distinct().Count());
        Assert.All(ids, id => Assert.StartsWith("report-1--", id, StringComparison.Ordinal));
    }

    [Fact]
    public void An_edited_file_keeps_its_id_even_when_its_name_has_no_latin_letter()
    {
        var path = folder.Write("Новости.txt", "Le premier texte de l'article.");
        var before = ArticleFileReader.Read(path).Article!;
        File.WriteAllText(path, "Le texte corrigé de l'article, plus long.");
        var after = ArticleFileReader.Read(path).Article!;

        Assert.NotEqual(before.Sha256, after.Sha256);
        Assert.Equal(before.Id, after.Id);
        Assert.Equal("article--" + Hash("Новости.txt"), after.Id);
    }

    [Fact]
    public void A_file_read_by_itself_and_through_its_folder_gets_the_same_id()
    {
        var path = folder.Write("sub/brief.md", "Une brève sur le traité.");
        var alone = ArticleFileReader.Read(path).Article!;
        var inFolder = ArticleFileReader.Read(path, "brief.md", ArticleReadOptions.Default).Article!;
        Assert.Equal(alone.Id, inFolder.Id);
    }

    [Fact]
    public void A_json_article_is_identified_by_its_url_whatever_its_file_is_called()
    {
        const string json = """{"text": "Le traité a été signé.", "url": " https://www.example.org/monde/traite-signe.html "}""";
        var first = ArticleFileReader.Read(folder.Write("a.json", json)).Article!;
        var renamed = ArticleFileReader.Read(folder.Write("elsewhere/b.json", json.Replace("signé", "signé hier", StringComparison.Ordinal))).Article!;

        Assert.Equal("example-org-monde-traite-signe-html--" + Hash("https://www.example.org/monde/traite-signe.html"), first.Id);
        Assert.Equal(first.Id, renamed.Id);
    }

    [Fact]
    public void A_relative_canonical_link_identifies_nothing_and_the_path_is_used()
    {
        var path = folder.Write("page.html", """<html><head><link rel="canonical" href="/treaty"></head><body><p>Le traité est signé.</p></body></html>""");
        Assert.Equal("page--" + Hash("page.html"), ArticleFileReader.Read(path).Article!.Id);
    }

    [Fact]
    public async Task Two_files_of_one_run_with_the_same_url_do_not_silently_replace_each_other()
    {
        folder.Write("a.json", """{"text": "Premier envoi.", "url": "https://example.org/same"}""");
        folder.Write("b.json", """{"text": "Second envoi.", "url": "https://example.org/same"}""");

        var results = await ReadAll(folder.Path);

        Assert.True(results[0].Succeeded, results[0].Error);
        Assert.False(results[1].Succeeded);
        Assert.Contains("'b.json' would have the article id", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("a.json", results[1].Error, StringComparison.Ordinal);
        Assert.Contains("same URL", results[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_folders_given_apart_with_the_same_file_name_do_not_silently_replace_each_other()
    {
        folder.Write("x/news.txt", "Le ministre a parlé lundi.");
        folder.Write("y/news.txt", "La ministre a répondu mardi.");

        var results = await ReadAll(Path.Combine(folder.Path, "x"), Path.Combine(folder.Path, "y"));

        Assert.Equal([true, false], results.Select(r => r.Succeeded));
        Assert.Contains("Give the folder that holds both", results[1].Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kim à Moscou (2).txt", "kim-a-moscou-2")]
    [InlineData("Новости.txt", "article-0123456789ab")]
    public void The_legacy_id_is_the_bare_slug_of_the_file_name(string fileName, string expected)
    {
        Assert.Equal(expected, ArticleId.Legacy(fileName, "0123456789abcdef0123456789abcdef"));
        Assert.False(ArticleId.IsCurrent(expected));
        Assert.True(ArticleId.IsCurrent(ArticleId.FromRelativePath(fileName)));
    }
}
