using Microsoft.Playwright;

namespace ConventionBot.BrowserTests;

/// <summary>One bot, one playground and one headless Chromium for the whole run; each journey opens its own page.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly string _workingDirectory = Directory.CreateTempSubdirectory("playground-").FullName;
    private IPlaywright? _playwright;

    public BotServer Bot { get; } = new();

    public Playground Playground { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The personal chat, opened once: the journeys follow each other in one conversation, as a person's would.</summary>
    public Chat Chat { get; private set; } = null!;

    /// <summary>TestResults/screenshots under the test output: one png per journey.</summary>
    public static string ScreenshotsDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public async Task InitializeAsync()
    {
        // This run's screenshots only: no stale .FAILED files from an earlier run.
        if (Directory.Exists(ScreenshotsDirectory))
        {
            Directory.Delete(ScreenshotsDirectory, recursive: true);
        }
        Directory.CreateDirectory(ScreenshotsDirectory);
        Bot.Start();
        Playground = await Playground.StartAsync(new Uri(Bot.BaseAddress, "api/messages"), _workingDirectory);
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            Headless = true,
            ExecutablePath = ChromiumPath(),
            Timeout = 120_000,
        });
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            ViewportSize = new ViewportSize { Width = 1400, Height = 1400 },
        });
        context.SetDefaultTimeout(Chat.Timeout);
        Assertions.SetDefaultExpectTimeout(Chat.Timeout);
        var page = await context.NewPageAsync();
        await page.GotoAsync(Playground.Address.ToString(), new PageGotoOptions { Timeout = Chat.Timeout });
        Chat = new Chat(page);
        // The bot greets the conversation when the playground installs it: the transcript is ready.
        await Assertions.Expect(Chat.LastReply).ToContainTextAsync("Je suis ConventionBot");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (Playground is not null)
        {
            await Playground.DisposeAsync();
        }
        await Bot.DisposeAsync();
        Directory.Delete(_workingDirectory, recursive: true);
    }

    /// <summary>Debian's Chromium, which scripts/tools.sh (ensure_chromium) installs and exports as CHROMIUM_PATH.</summary>
    private static string ChromiumPath()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path)
        {
            return path;
        }
        foreach (var candidate in new[] { "/usr/lib/chromium/chromium", "/usr/bin/chromium" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new InvalidOperationException("No Chromium found. Run the tests with scripts/test.sh, which installs Debian's chromium and sets CHROMIUM_PATH.");
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserJourneys : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser";
}
