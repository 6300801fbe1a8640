using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.IntegrationTests.Support;

namespace Graph.IntegrationTests.Feeds;

/// <summary>
/// <c>graph follow</c> against a local news site and a real RabbitMQ: each item's article is published once, however
/// often the feed is polled and however often the follower is restarted; bad pages are skipped with their reason.
/// </summary>
public sealed partial class FeedFollowerTests(RabbitMqServerFixture broker) : IClassFixture<RabbitMqServerFixture>
{
    private static readonly TimeSpan Patience = Waits.Patience;

    [Fact]
    public async Task Polling_a_feed_twice_publishes_each_article_once_and_skips_bad_pages_with_their_reason()
    {
        using var site = new FeedSite();
        using var state = new TemporaryFolder();
        var (queue, settings) = Settings(state);
        site.List("rail-link.html", "members-only.html", "blank.html", "gone.html", "harbour-vote.html");

        var first = await FollowOnceAsync(site, settings);
        var second = await FollowOnceAsync(site, settings);
        site.List("lighthouse.html", "rail-link.html", "members-only.html", "blank.html", "gone.html", "harbour-vote.html");
        var third = await FollowOnceAsync(site, settings);

        Assert.Contains("Published 2 article(s)", first, StringComparison.Ordinal);
        Assert.Contains("isAccessibleForFree: false", first, StringComparison.Ordinal);
        Assert.Contains("under Feeds:MinTextLength", first, StringComparison.Ordinal);
        Assert.Contains("HTTP 404", first, StringComparison.Ordinal);
        Assert.Contains("Published 0 article(s)", second, StringComparison.Ordinal);
        Assert.Equal(1, site.NotModifiedAnswers); // the second poll was a conditional GET the site answered with 304
        Assert.Contains("Published 1 article(s)", third, StringComparison.Ordinal);
        Assert.DoesNotContain("members-only", third, StringComparison.Ordinal); // skipped for good, not retried

        var messages = await broker.DrainAsync(queue);
        var articles = messages.Select(m => JsonDocument.Parse(m.Body).RootElement).ToList();
        Assert.Equal(
            [$"{site.BaseUrl}/news/harbour-vote.html", $"{site.BaseUrl}/news/rail-link.html", $"{site.BaseUrl}/news/lighthouse.html"],
            articles.Select(a => a.GetProperty("url").GetString()));
        var harbour = articles[0];
        Assert.Equal("Port council backs the new harbour wall after a long night of debate", harbour.GetProperty("title").GetString());
        Assert.Equal("2026-11-28", harbour.GetProperty("published").GetString());
        Assert.Equal("The Coastal Ledger", harbour.GetProperty("source").GetString());
        Assert.Contains("Eleven councillors supported", harbour.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Privacy", harbour.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.All(messages, m => Assert.EndsWith(".json", m.Name, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_follower_stopped_and_restarted_publishes_nothing_twice()
    {
        using var site = new FeedSite();
        using var state = new TemporaryFolder();
        var (queue, settings) = Settings(state);
        site.List("rail-link.html", "harbour-vote.html");

        using (var follower = await StartFollowerAsync(site, settings))
        {
            await follower.WaitUntilAsync(() => PublishedPattern().Matches(follower.Output).Count >= 2, Patience, "two articles published");
            var polls = site.FeedRequests;
            await follower.WaitUntilAsync(() => site.FeedRequests >= polls + 2, Patience, "two more polls");
            Assert.True(follower.Terminate(TimeSpan.FromSeconds(30)), "the follower did not stop on SIGTERM");
        }

        using (var restarted = await StartFollowerAsync(site, settings))
        {
            var polls = site.FeedRequests;
            await restarted.WaitUntilAsync(() => site.FeedRequests >= polls + 2, Patience, "two polls after the restart");
            site.List("lighthouse.html", "rail-link.html", "harbour-vote.html");
            await restarted.WaitUntilAsync(() => PublishedPattern().Matches(restarted.Output).Count >= 1, Patience, "the new item published");
            var after = site.FeedRequests;
            await restarted.WaitUntilAsync(() => site.FeedRequests >= after + 2, Patience, "two more polls");
            restarted.Kill();
            Assert.Single(PublishedPattern().Matches(restarted.Output));
        }

        var urls = (await broker.DrainAsync(queue)).Select(m => JsonDocument.Parse(m.Body).RootElement.GetProperty("url").GetString()).ToList();
        Assert.Equal(3, urls.Count);
        Assert.Equal(3, urls.Distinct().Count());
    }

    private (string Queue, (string Key, string Value)[] Settings) Settings(TemporaryFolder state)
    {
        var (queue, settings) = broker.NewQueue();
        return (queue, [.. settings, ("GRAPH_Feeds__StateFolder", state.Path)]);
    }

    private static async Task<string> FollowOnceAsync(FeedSite site, (string Key, string Value)[] settings)
    {
        var (exitCode, output) = await GraphCli.RunAsync(new Neo4jOptions(), settings, "follow", site.FeedUrl, "--once");
        Assert.True(exitCode == 0, $"graph follow exited {exitCode}:\n{output}");
        return output;
    }

    private static Task<WorkerProcess> StartFollowerAsync(FeedSite site, (string Key, string Value)[] settings) =>
        WorkerProcess.StartCommandAsync(new Neo4jOptions(), ["follow", site.FeedUrl, "--interval", "0.5s"], settings);

    [GeneratedRegex(@"Published http\S+")]
    private static partial Regex PublishedPattern();
}
