using System.Text.Json;
using Graph.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Graph.IntegrationTests.View;

/// <summary>
/// <c>./graph view</c> end to end: the seeds ingested into the real Neo4j, the page written by the CLI, opened in a
/// real headless Chromium and used with the mouse, as a reader would.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class ViewBrowserTests(Neo4jServerFixture server, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private const float ReadyTimeoutMs = 60_000;
    private static readonly SemaphoreSlim SeedLock = new(1, 1);
    private static string? _seedPage;

    private readonly TemporaryFolder _temp = new();
    private readonly List<string> _errors = [];

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_seed_graph_renders_its_entities_and_facts_on_screen()
    {
        var page = await OpenAsync(await SeedPageAsync());

        Assert.True(await page.EvaluateAsync<int>("() => graphView.visibleNodeCount()") >= 20);
        Assert.True(await page.EvaluateAsync<int>("() => graphView.visibleEdgeCount()") >= 40);
        // Something is drawn: a good share of the canvas is not background.
        var inked = await page.EvaluateAsync<double>(
            """
            () => { const c = document.querySelector('#graph canvas'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                    let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n / (d.length / 4); }
            """);
        Assert.True(inked > 0.01, $"only {inked:P1} of the canvas is drawn");
        Assert.Contains("Kim Jong-un", await page.InnerTextAsync("#facts"));
        await ViewPages.ScreenshotAsync(page, "view-graph.png");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Clicking_the_Kim_Jong_un_SIGNED_arrow_shows_the_sentences_and_their_articles()
    {
        var page = await OpenAsync(await SeedPageAsync());
        var fact = await page.EvaluateAsync<string>("() => graphView.findFact('Kim Jong-un', 'SIGNED', 'Treaty')");
        Assert.False(string.IsNullOrEmpty(fact));

        var point = await page.EvaluateAsync<JsonElement>("id => graphView.edgePoint(id)", fact);
        await page.Mouse.ClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());

        var title = await page.InnerTextAsync("#fact-title");
        Assert.Contains("Kim Jong-un", title);
        Assert.Contains("SIGNED", title);
        Assert.Contains("Treaty on Comprehensive Strategic Partnership", title);
        var evidence = await page.InnerTextAsync("#evidence-list");
        Assert.Contains("signés en juin par le dirigeant nord-coréen Kim Jong-un", evidence);
        Assert.Contains("Défense. La Corée du Nord ratifie le traité de défense avec la Russie", evidence);
        Assert.Contains("2024-11-11", evidence);
        Assert.True(await page.Locator("#evidence-list .evidence").CountAsync() >= 4);
        await ViewPages.ScreenshotAsync(page, "view-evidence.png");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Clicking_an_entity_shows_its_aliases_its_Wikidata_link_and_the_articles_that_mention_it()
    {
        var page = await OpenAsync(await SeedPageAsync());
        var kim = await page.EvaluateAsync<string>("() => graphView.findEntity('Kim Jong-un')");
        var point = await page.EvaluateAsync<JsonElement>("id => graphView.nodePoint(id)", kim);
        await page.Mouse.ClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());

        Assert.Contains("Kim Jong-un", await page.InnerTextAsync("#entity-title"));
        Assert.Equal("https://www.wikidata.org/wiki/Q56226", await page.GetAttributeAsync("#details a[href*='wikidata']", "href"));
        Assert.Contains("Kim Jong Un", await page.InnerTextAsync("#details .aliases"));
        Assert.True(await page.Locator("#mentions li").CountAsync() >= 4);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task The_timeline_puts_the_signing_in_June_and_the_ratification_in_November()
    {
        var page = await OpenAsync(await SeedPageAsync());
        await page.ClickAsync("#mode-timeline");

        var cards = await page.Locator("#timeline .card").AllInnerTextsAsync();
        Assert.Contains(cards, c => c.StartsWith("2024-06", StringComparison.Ordinal) && c.Contains("Kim Jong-un SIGNED", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.StartsWith("2024-11", StringComparison.Ordinal) && c.Contains("RATIFIED", StringComparison.Ordinal));
        Assert.Contains(cards, c => c.Contains("DEPLOYED Kursk Oblast", StringComparison.Ordinal));

        await page.Locator("#timeline .card", new() { HasTextString = "Kim Jong-un SIGNED" }).First.ClickAsync();
        Assert.Contains("signés en juin", await page.InnerTextAsync("#evidence-list"));
        await ViewPages.ScreenshotAsync(page, "view-timeline.png");
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task The_fact_list_answers_who_signed_who_ratified_where_troops_went_and_who_said_what()
    {
        var page = await OpenAsync(await SeedPageAsync());
        var facts = await page.InnerTextAsync("#facts");

        Assert.Contains("Vladimir Putin SIGNED Treaty on Comprehensive Strategic Partnership", facts);
        Assert.Contains("Kim Jong-un RATIFIED", facts);
        Assert.Contains("North Korea DEPLOYED Kursk Oblast", facts);
        Assert.Contains("Choe Son-hui: «", facts);

        await page.Locator("#facts .fact", new() { HasTextString = "North Korea DEPLOYED Kursk Oblast" }).ClickAsync();
        var details = await page.InnerTextAsync("#details");
        Assert.Contains("Troops: 11,000", details);
        Assert.Contains("Claimed by: Ukraine", details);
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Around_an_entity_the_page_keeps_only_its_neighbourhood()
    {
        await server.ResetAsync();
        await ViewPages.IngestAsync(server, ViewPages.Seeds);
        var page = await OpenAsync(await ViewPages.WriteAsync(server, _temp.Combine("choe.html"), "--entity", "Choe Son-hui", "--depth", "1"));

        var names = await page.EvaluateAsync<string[]>("() => JSON.parse(document.getElementById('graph-data').textContent).nodes.filter(n => n.kind === 'entity').map(n => n.name)");
        Assert.Equal(["Choe Son-hui"], names);
        Assert.All(await page.Locator("#facts .fact").AllInnerTextsAsync(), f => Assert.StartsWith("Choe Son-hui", f));
        Assert.Contains("around Choe Son-hui", await page.InnerTextAsync("#summary"));
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task Article_text_is_shown_as_text_and_never_run_as_markup()
    {
        await server.ResetAsync();
        var hostile = "</script><script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">";
        await File.WriteAllTextAsync(_temp.Combine("hostile.json"), JsonSerializer.Serialize(new
        {
            title = "Title " + hostile,
            text = "Kim Jong-un a signé le traité de partenariat stratégique global avec la Russie à Pyongyang. " +
                   "Kim Jong-un a déclaré que « " + hostile + " » était une menace.",
            url = "javascript:window.pwned=3",
            published = "2024-06-20",
            source = "Source " + hostile,
            language = "fr",
        }));
        await ViewPages.IngestAsync(server, _temp.Combine("hostile.json"));
        var page = await OpenAsync(await ViewPages.WriteAsync(server, _temp.Combine("hostile.html")));

        var kim = await page.EvaluateAsync<string>("() => graphView.findEntity('Kim Jong-un')");
        await page.EvaluateAsync("id => graphView.network.selectNodes([id])", kim);
        var point = await page.EvaluateAsync<JsonElement>("id => graphView.nodePoint(id)", kim);
        await page.Mouse.ClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());

        Assert.Contains("Title " + hostile, await page.InnerTextAsync("#mentions"));
        Assert.Null(await page.EvaluateAsync<int?>("() => window.pwned"));
        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Equal(0, await page.Locator("a[href^='javascript']").CountAsync());
        Assert.DoesNotContain(_errors, e => !e.Contains("network request", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_thousand_nodes_open_folded_into_a_readable_number_of_groups()
    {
        await server.ResetAsync();
        // 50 hubs in a chain, each with 39 people who visited it: 2,000 entities, the shape of a news graph.
        await server.Client.RunAsync(
            """
            UNWIND range(0, 49) AS h
            CREATE (hub:Entity:Country {id: 'hub-' + toString(h), name: 'Country ' + toString(h), aliases: []})
            WITH hub, h
            UNWIND range(0, 38) AS i
            CREATE (:Entity:Person {id: 'p-' + toString(h) + '-' + toString(i), name: 'Person ' + toString(h) + '-' + toString(i), aliases: []})
                   -[:VISITED {articles: ['a-' + toString(h)], date: '2024-06'}]->(hub)
            """, CancellationToken.None);
        await server.Client.RunAsync(
            """
            UNWIND range(0, 48) AS h
            MATCH (a:Entity {id: 'hub-' + toString(h)}), (b:Entity {id: 'hub-' + toString(h + 1)})
            CREATE (a)-[:DEPLOYED {articles: ['a-' + toString(h)], date: '2024-08'}]->(b)
            """, CancellationToken.None);
        Assert.Equal(2000, await server.ScalarAsync("MATCH (e:Entity) RETURN count(e)"));

        var page = await OpenAsync(await ViewPages.WriteAsync(server, _temp.Combine("big.html")));

        var visible = await page.EvaluateAsync<int>("() => graphView.visibleNodeCount()");
        Assert.InRange(visible, 1, 120);
        Assert.True(await page.EvaluateAsync<int>("() => graphView.folded()") >= 1880);
        Assert.Contains("2000 nodes", await page.InnerTextAsync("#lod"));
        await ViewPages.ScreenshotAsync(page, "view-2000.png");
        Assert.Empty(_errors);
    }

    private async Task<IPage> OpenAsync(string url)
    {
        var page = await chromium.NewPageAsync(_errors);
        await page.GotoAsync(url);
        await page.WaitForFunctionAsync("() => window.graphView && window.graphView.ready", null, new() { Timeout = ReadyTimeoutMs });
        return page;
    }

    /// <summary>The seeds' page, written once for the class (tests that need another graph reset the database).</summary>
    private async Task<string> SeedPageAsync()
    {
        await SeedLock.WaitAsync();
        try
        {
            if (_seedPage is null || !File.Exists(new Uri(_seedPage).LocalPath))
            {
                await server.ResetAsync();
                await ViewPages.IngestAsync(server, ViewPages.Seeds);
                var path = Path.Combine(Path.GetTempPath(), $"graph-view-seeds-{Environment.ProcessId}.html");
                _seedPage = await ViewPages.WriteAsync(server, path);
            }

            return _seedPage;
        }
        finally
        {
            SeedLock.Release();
        }
    }
}
