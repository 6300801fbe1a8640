using System.Text;
using Graph.Extraction.Loading;

namespace Graph.Extraction.Tests.Loading;

/// <summary>An article that arrives as bytes (a queue message) reads as the same file in a folder would.</summary>
public sealed class ArticleBytesTests : IDisposable
{
    private const string Text = "Lisbon, 3 March. The two delegations met at the old customs house and agreed on a timetable for the talks.\n";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Bytes_under_a_name_give_the_article_and_id_of_that_file_read_from_its_folder()
    {
        folder.Write("desk/talks.txt", Text);
        var fromFolder = new List<Graph.Core.Articles.ArticleLoadResult>();
        await foreach (var result in new FileArticleSource([folder.Path]).ReadAsync(CancellationToken.None))
        {
            fromFolder.Add(result);
        }

        var fromBytes = ArticleFileReader.ReadBytes(Encoding.UTF8.GetBytes(Text), "desk/talks.txt", ArticleReadOptions.Default);

        Assert.Equal(fromFolder.Single().Article, fromBytes.Article);
    }

    [Theory]
    [InlineData("broken.json", "{\"text\": ", "is not valid JSON")]
    [InlineData("report.pdf", "%PDF-1.7", "unsupported extension '.pdf'")]
    [InlineData("blank.txt", "", "is empty")]
    public void Bad_bytes_fail_with_the_name_and_the_problem(string name, string content, string problem)
    {
        var result = ArticleFileReader.ReadBytes(Encoding.UTF8.GetBytes(content), name, ArticleReadOptions.Default);

        Assert.False(result.Succeeded);
        Assert.StartsWith($"'{name}' ", result.Error, StringComparison.Ordinal);
        Assert.Contains(problem, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_over_the_size_limit_fail_unread()
    {
        var result = ArticleFileReader.ReadBytes(new byte[101], "big.txt", ArticleReadOptions.Default with { MaxFileBytes = 100 });

        Assert.Contains("over the limit of 100", result.Error, StringComparison.Ordinal);
    }
}
