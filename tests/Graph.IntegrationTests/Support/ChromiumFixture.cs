using Microsoft.Playwright;

namespace Graph.IntegrationTests.Support;

/// <summary>
/// One headless Chromium per test class: Debian's <c>chromium</c> package driven by Playwright (no downloaded
/// browser). <c>GRAPH_TEST_CHROMIUM</c> names another executable; CI installs the package (see .ci/run).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public static string Executable =>
        Environment.GetEnvironmentVariable("GRAPH_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"No Chromium at {Executable}: install Debian's package (apt-get install chromium) or set GRAPH_TEST_CHROMIUM.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            // Playwright gives each launch a fresh temporary profile (user data dir).
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
    }

    /// <summary>
    /// A page whose waits are limits that only stop a hung test (<see cref="Waits.Patience"/>), not Playwright's 30 s,
    /// which a loaded machine overruns.
    /// </summary>
    public async Task<IPage> NewPageAsync(ViewportSize viewport)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = viewport });
        page.SetDefaultTimeout((float)Waits.Patience.TotalMilliseconds);
        return page;
    }

    /// <summary>A page with the size of the README's screenshots, failing the test on any script error.</summary>
    public async Task<IPage> NewPageAsync(List<string> errors)
    {
        var page = await NewPageAsync(new ViewportSize { Width = 1500, Height = 900 });
        page.PageError += (_, error) => errors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        // Nothing may come from the network: the page must be self-contained.
        await page.RouteAsync(url => !url.StartsWith("file:", StringComparison.Ordinal), route =>
        {
            errors.Add($"network request: {route.Request.Url}");
            return route.AbortAsync();
        });
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
