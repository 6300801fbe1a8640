using System.Net;
using System.Text;
using Graph.Worker.Sources.Feeds;

namespace Graph.Worker.Tests.Sources;

/// <summary>The page reader on pages served from memory: the article out, stubs and errors skipped with a reason.</summary>
public sealed class PageReaderTests
{
    private static readonly FeedItem Item = new("item-1", new Uri("https://news.example/2026/ferry.html"), "Ferry item", DateTimeOffset.Parse("2026-11-30T10:00:00Z"));

    private const string Story = """
        <html><head><title>The island ferry will run all winter</title><meta property="og:site_name" content="Island Courier"></head>
        <body><article><h1>The island ferry will run all winter</h1>
        <p>The ferry between the harbour and the island will keep its daily crossings through the winter, the shipping
        company said on Monday, after two years in which the service stopped from December to March.</p>
        <p>Residents had collected signatures for months, arguing that the closure cut the island off from the hospital
        and the schools on the mainland. The company said a second, smaller boat would stand by on stormy days.</p>
        <p>The regional council agreed to cover part of the cost until the spring, when passenger numbers will be reviewed.</p>
        </article></body></html>
        """;

    [Fact]
    public async Task A_readable_page_gives_its_text_title_outlet_and_the_items_date()
    {
        var read = await ReadAsync(HttpStatusCode.OK, Story);

        var article = Assert.IsType<PageArticle>(read.Article);
        Assert.Equal("The island ferry will run all winter", article.Title);
        Assert.Equal("Island Courier", article.Outlet);
        Assert.Equal("2026-11-30", article.Published);
        Assert.Equal(Item.Link.AbsoluteUri, article.Url);
        Assert.Contains("daily crossings through the winter", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_marked_not_free_to_read_is_skipped_as_a_paywall_stub()
    {
        var stub = Story.Replace("<head>", """<head><script type="application/ld+json">{"isAccessibleForFree": "False"}</script>""", StringComparison.Ordinal);
        var read = await ReadAsync(HttpStatusCode.OK, stub);

        Assert.Null(read.Article);
        Assert.Contains("paywall", read.SkipReason, StringComparison.Ordinal);
        Assert.False(read.TryAgain);
    }

    [Fact]
    public async Task A_near_empty_page_is_skipped_with_its_length()
    {
        var read = await ReadAsync(HttpStatusCode.OK, "<html><body><p>Back soon.</p></body></html>");

        Assert.Null(read.Article);
        Assert.Contains("under Feeds:MinTextLength", read.SkipReason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    public async Task An_http_error_is_skipped_and_retried_only_when_it_may_pass(HttpStatusCode status, bool tryAgain)
    {
        var read = await ReadAsync(status, "");

        Assert.Null(read.Article);
        Assert.Contains($"HTTP {(int)status}", read.SkipReason, StringComparison.Ordinal);
        Assert.Equal(tryAgain, read.TryAgain);
    }

    private static async Task<PageRead> ReadAsync(HttpStatusCode status, string html)
    {
        using var http = new HttpClient(new FixedAnswer(status, html));
        return await new PageReader(http, new FeedOptions()).ReadAsync(Item, "Feed title", CancellationToken.None);
    }

    private sealed class FixedAnswer(HttpStatusCode status, string html) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(html, Encoding.UTF8, "text/html") });
    }
}
