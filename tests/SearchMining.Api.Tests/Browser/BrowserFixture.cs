using Microsoft.Playwright;

namespace SearchMining.Api.Tests.Browser;

/// <summary>One running service and one headless Chromium for the browser tests; nothing starts when Chromium is absent.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly KestrelApiFactory _server = new();
    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public Uri BaseAddress => _server.BaseAddress;

    public async Task InitializeAsync()
    {
        if (ChromiumLocator.Find() is not { } chromium) return;
        await _server.StartAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumArgs });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await _server.DisposeAsync();
    }
}
