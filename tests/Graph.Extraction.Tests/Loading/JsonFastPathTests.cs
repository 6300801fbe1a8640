using Graph.Extraction.Loading;

namespace Graph.Extraction.Tests.Loading;

/// <summary>
/// JSON is read from its UTF-8 bytes without a decoded string in between: the same fields, the same errors, in
/// the same order of precedence as reading the decoded text as a document.
/// </summary>
public sealed class JsonFastPathTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("""{"TEXT": "Corps.", "Headline": "Titre", "LANG": "en-US", "Link": "http://x"}""", "Corps.", "Titre", "en", "http://x")]
    [InlineData("""{"t\u0065xt": "Échappé.", "title": "a\u00e9\ud83d\ude00"}""", "Échappé.", "aé😀", "fr", null)]
    [InlineData("""{"text": "Premier.", "text": "Second.", "body": "Corps."}""", "Premier.", null, "fr", null)]
    [InlineData("""{"nested": {"text": "Pas ici."}, "content": "Ici.", /* note */ "url": null,}""", "Ici.", null, "fr", null)]
    public void Fields_come_from_the_first_top_level_property_of_the_preferred_name(
        string json, string text, string? title, string language, string? url)
    {
        var article = ArticleFileReader.Read(folder.Write("a.json", json)).Article;

        Assert.NotNull(article);
        Assert.Equal(text, article.Text);
        Assert.Equal(title, article.Title);
        Assert.Equal(language, article.Language);
        Assert.Equal(url, article.Url);
    }

    [Theory]
    [InlineData("""{"text": null, "body": "Corps."}""", "has no article text")]
    [InlineData("""{"title": 7}""", "has no article text")]
    [InlineData("""{"text": "Corps.", "title": 7}""", "has a \"title\" property that is a JSON number")]
    [InlineData("""{"text": "Corps.", "Title": "\ud800"}""", "has a \"Title\" string with an invalid \\u escape")]
    [InlineData("""{"text": "Corps.", "title": 7, "x": [1,}""", "is not valid JSON (line 1, position 40)")]
    [InlineData("""{"text": "Corps.", "title": true}""", "is a JSON true; expected a string")]
    [InlineData("""{"text": "Corps."} {}""", "is not valid JSON")]
    [InlineData("\"Corps.\"", "not a JSON string")]
    [InlineData(" \u00a0\u3000 ", "is empty (only whitespace)")]
    public void Errors_keep_their_message_and_precedence(string json, string expected)
    {
        var result = ArticleFileReader.Read(folder.Write("b.json", json));

        Assert.Null(result.Article);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_folder_named_like_an_article_is_not_found()
    {
        var path = Path.Combine(folder.Path, "folder.json");
        Directory.CreateDirectory(path);

        var result = ArticleFileReader.Read(path);

        Assert.Null(result.Article);
        Assert.Contains("was not found", result.Error, StringComparison.Ordinal);
    }
}
