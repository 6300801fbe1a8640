using Graph.IntegrationTests.Support;
using Microsoft.Playwright;

namespace Graph.IntegrationTests.View;

/// <summary>
/// The shipped style file (neo4j/browser-style.grass) loaded into the Neo4j Browser that comes with the test server
/// (3.1.1, Browser 2.x) the way the README tells a person to: <c>:style</c>, then drop the file on the dialog.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class BrowserStyleTests(Neo4jServerFixture server, ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private static readonly string StyleFile = Path.Combine(Neo4jServerFixture.RepositoryRoot(), "neo4j", "browser-style.grass");

    [Fact]
    public async Task The_style_file_colours_entities_by_type_in_Neo4j_Browser()
    {
        await server.ResetAsync();
        await ViewPages.IngestAsync(server, ViewPages.Seeds);
        var errors = new List<string>();
        var page = await chromium.NewPageAsync(new ViewportSize { Width = 1500, Height = 950 });
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(new Uri(server.Options.Uri, "/browser/").ToString());
        await page.WaitForSelectorAsync(".CodeMirror");
        var zone = await OpenStyleDialogAsync(page);
        var grass = await File.ReadAllTextAsync(StyleFile);
        var drop = await page.EvaluateHandleAsync(
            "text => { const dt = new DataTransfer(); dt.items.add(new File([text], 'browser-style.grass', { type: 'text/plain' })); return dt; }", grass);
        foreach (var type in new[] { "dragenter", "dragover", "drop" })
        {
            await zone.DispatchEventAsync(type, new Dictionary<string, object> { ["dataTransfer"] = drop });
        }

        await page.WaitForFunctionAsync("() => (localStorage.getItem('neo4j.grass') || '').includes('#4E79A7')");
        await page.Keyboard.PressAsync("Escape");
        await RunUntilShownAsync(page, "MATCH (s:Entity)-[r]->(o:Entity) WHERE type(r) <> 'MENTIONS' RETURN s, r, o", page.Locator("svg g.node").First);
        await page.WaitForTimeoutAsync(3000); // the Browser's force layout settles

        var fills = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('svg g.node circle')).map(c => (c.getAttribute('fill') || '').toUpperCase())");
        Assert.Contains("#4E79A7", fills); // Person
        Assert.Contains("#E15759", fills); // Treaty
        Assert.Contains("#59A14F", fills); // Country
        Assert.Contains("SIGNED", await page.InnerTextAsync(".frame"));
        await ViewPages.ScreenshotAsync(page, "neo4j-browser-style.png", page.Locator(".frame").First);
        Assert.Empty(errors);
    }

    private static async Task<ILocator> OpenStyleDialogAsync(IPage page)
    {
        var zone = page.Locator(".modal :text('Drop a grass-file here to import')").First;
        await RunUntilShownAsync(page, ":style", zone);
        return zone;
    }

    /// <summary>
    /// A command typed while the Browser is busy (starting, closing a dialog) is lost without a trace: run it again
    /// until what it shows appears, within <see cref="Waits.Patience"/>.
    /// </summary>
    private static async Task RunUntilShownAsync(IPage page, string command, ILocator shown)
    {
        var deadline = DateTime.UtcNow + Waits.Patience;
        while (true)
        {
            await RunAsync(page, command);
            try
            {
                await shown.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
                return;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline)
            {
                await page.Keyboard.PressAsync("Escape");
            }
        }
    }

    private static async Task RunAsync(IPage page, string command)
    {
        await page.ClickAsync(".CodeMirror");
        await page.EvaluateAsync("c => document.querySelector('.CodeMirror').CodeMirror.setValue(c)", command);
        await page.Keyboard.PressAsync("Control+Enter");
        await page.WaitForTimeoutAsync(1500);
    }
}
