using Graph.Core.Articles;
using Graph.Extraction.Loading;

namespace Graph.Extraction.Tests.Loading;

public sealed class FileArticleSourceTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static async Task<List<ArticleLoadResult>> ReadAll(FileArticleSource source)
    {
        var results = new List<ArticleLoadResult>();
        await foreach (var result in source.ReadAsync(CancellationToken.None))
        {
            results.Add(result);
        }

        return results;
    }

    [Fact]
    public async Task Folders_are_read_recursively_in_ordinal_order_skipping_hidden_and_unsupported_files()
    {
        folder.Write("b.txt", "Texte B.");
        folder.Write("a.json", "{\"text\": \"Texte A.\"}");
        folder.Write("sub/c.md", "Texte C.");
        folder.Write("sub/Z.html", "<p>Texte Z.</p>");
        folder.Write(".hidden.txt", "Caché.");
        folder.Write(".git/d.txt", "Caché aussi.");
        folder.Write("notes.docx", "ignoré");

        var results = await ReadAll(new FileArticleSource([folder.Path]));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Error));
        Assert.Equal(["a.json", "b.txt", "sub/Z.html", "sub/c.md"],
            results.Select(r => Path.GetRelativePath(folder.Path, r.Path).Replace('\\', '/')));
    }

    [Fact]
    public async Task A_broken_file_yields_a_failed_result_and_the_others_still_load()
    {
        folder.Write("1.txt", "Bon texte.");
        folder.Write("2.txt", string.Empty);
        folder.Write("3.json", "{ nope");

        var results = await ReadAll(new FileArticleSource([folder.Path]));

        Assert.Equal([true, false, false], results.Select(r => r.Succeeded));
    }

    [Fact]
    public async Task A_path_that_does_not_exist_is_reported_as_a_failure()
    {
        var missing = Path.Combine(folder.Path, "nowhere");
        var results = await ReadAll(new FileArticleSource([missing]));
        var result = Assert.Single(results);
        Assert.False(result.Succeeded);
        Assert.Contains("not found", result.Error);
    }

    [Fact]
    public async Task A_file_given_twice_is_read_once()
    {
        var path = folder.Write("x.txt", "Texte.");
        Assert.Single(await ReadAll(new FileArticleSource([path, folder.Path])));
    }
}
