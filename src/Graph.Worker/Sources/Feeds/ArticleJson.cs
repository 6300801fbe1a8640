using System.Text.Json;
using Graph.Core.Articles;
using Graph.Extraction.Loading;

namespace Graph.Worker.Sources.Feeds;

/// <summary>
/// A page article as the JSON article format the workers read (<c>text</c>, <c>title</c>, <c>url</c>,
/// <c>published</c>, <c>source</c>, <c>language</c>). Its URL makes its id, so a page published twice is one article.
/// </summary>
internal static class ArticleJson
{
    public static ArticleMessage Message(PageArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string?>
        {
            ["title"] = article.Title,
            ["text"] = article.Text,
            ["url"] = article.Url,
            ["published"] = article.Published,
            ["source"] = article.Outlet,
            ["language"] = article.Language,
        });
        return new ArticleMessage(ArticleId.FromUrl(article.Url) + ".json", body);
    }
}
