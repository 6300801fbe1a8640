using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SmartReader;

namespace Graph.Worker.Sources.Feeds;

/// <summary>
/// Fetches an item's page and takes out the article with SmartReader (a port of Mozilla's Readability): text, title,
/// publication date, outlet. An empty page, a paywall stub or an HTTP error is skipped with its reason.
/// </summary>
internal sealed partial class PageReader(HttpClient http, FeedOptions options)
{
    public async Task<PageRead> ReadAsync(FeedItem item, string? feedTitle, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        string html;
        try
        {
            using var response = await http.GetAsync(item.Link, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                var code = (int)response.StatusCode;
                return PageRead.Skipped(
                    $"the page answered HTTP {code} {response.ReasonPhrase}", tryAgain: code >= 500 || response.StatusCode == HttpStatusCode.TooManyRequests);
            }

            html = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e)
        {
            return PageRead.Skipped($"the page could not be fetched: {e.Message}", tryAgain: true);
        }

        // schema.org's marker, which publishers put on pages whose text is behind a paywall.
        if (NotFreeMarker().IsMatch(html))
        {
            return PageRead.Skipped("the page is marked isAccessibleForFree: false (a paywall stub)");
        }

        var article = new Reader(item.Link.AbsoluteUri, html).GetArticle();
        var text = article.TextContent?.Trim() ?? "";
        if (!article.IsReadable || text.Length < options.MinTextLength)
        {
            return PageRead.Skipped(
                $"the page has {text.Length} characters of article text, under Feeds:MinTextLength ({options.MinTextLength}): an empty page or a paywall stub");
        }

        var published = article.PublicationDate is { } date ? new DateTimeOffset(date) : item.Published;
        return PageRead.Of(new PageArticle(
            item.Link.AbsoluteUri,
            NonEmpty(article.Title) ?? item.Title,
            text,
            published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            NonEmpty(article.SiteName) ?? NonEmpty(feedTitle) ?? item.Link.Host,
            NonEmpty(article.Language)));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex("\"isAccessibleForFree\"\\s*:\\s*\"?false\"?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotFreeMarker();
}
