using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ConventionBot.BrowserTests;

/// <summary>
/// The playground's personal chat with the bot, as a person uses it: type in the composer, read the bubbles and cards,
/// click the cards' buttons. Waits for text, never for time. Text assertions normalise whitespace (Playwright's
/// <c>ToContainTextAsync</c> does), so the bot's no-break spaces (U+00A0, U+202F) compare equal to plain spaces.
/// </summary>
public sealed class Chat(IPage page)
{
    /// <summary>The machine running the tests is shared and loaded: generous, but finite.</summary>
    public const float Timeout = 60_000;

    // A message of the transcript has a header (author, time) and a body; only the bot's messages name an author.
    private const string BotMessageSelector = "div:has(> [aria-label='Message header'] [aria-label='Message author'])";

    private const string UserMessageSelector = "div:has(> [aria-label='Message header']:not(:has([aria-label='Message author'])))";

    public IPage Page { get; } = page;

    /// <summary>The bot's latest message (bubble or card). Re-resolved on every use, so waiting on it sees new replies and updated cards.</summary>
    public ILocator LastReply => Page.Locator(BotMessageSelector).Last;

    public ILocator Composer => Page.Locator("[data-lexical-editor='true']");

    /// <summary>Types a message, sends it, and waits until the bot's latest message contains <paramref name="expected"/>.</summary>
    public async Task<ILocator> SendAsync(string text, string expected)
    {
        var sent = await Page.Locator(UserMessageSelector).CountAsync();
        var replies = await Page.Locator(BotMessageSelector).CountAsync();
        await Composer.FillAsync(text);
        await Composer.PressAsync("Enter");
        // The playground does not always show the message before its reply (it was seen after it): count each side.
        await Expect(Page.Locator(UserMessageSelector).Nth(sent)).ToContainTextAsync(text);
        await Expect(Page.Locator(BotMessageSelector).Nth(replies)).ToBeVisibleAsync();
        await Expect(LastReply).ToContainTextAsync(expected);
        return LastReply;
    }

    /// <summary>Clicks a card button and waits until the bot's latest message (a new one or the card updated in place) contains <paramref name="expected"/>.</summary>
    public async Task<ILocator> ClickAsync(ILocator button, string expected)
    {
        await button.ClickAsync();
        await Expect(LastReply).ToContainTextAsync(expected);
        return LastReply;
    }

    /// <summary>A button of a card, by its visible label.</summary>
    public static ILocator Button(ILocator card, string label) =>
        card.GetByRole(AriaRole.Button, new() { Name = label, Exact = true });

    /// <summary>
    /// Fills an Adaptive Card date or time input. The playground renders them as Fluent UI comboboxes that only take
    /// typed text (setting the value from a script is ignored): type it, then Tab to commit it, and check what the
    /// person then sees in the box (the playground shows dates the French way: "17 décembre 2026").
    /// </summary>
    public static async Task FillComboboxAsync(ILocator card, string label, string typed, string shown)
    {
        var input = card.GetByRole(AriaRole.Combobox, new() { Name = label });
        await input.FillAsync(typed);
        await input.PressAsync("Tab");
        await Expect(input).ToHaveValueAsync(shown);
    }

    /// <summary>
    /// A screenshot of what the person sees now, the top of the bot's latest message (its title and notice) in view,
    /// and that message's accessibility tree (what a screen reader announces: roles and names) next to it.
    /// </summary>
    public async Task ScreenshotAsync(string name)
    {
        if (await Page.Locator(BotMessageSelector).CountAsync() > 0)
        {
            await LastReply.EvaluateAsync("e => e.scrollIntoView({ block: 'start' })");
            await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ScreenshotsDirectory, name + ".aria.yml"), await LastReply.AriaSnapshotAsync());
        }
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotsDirectory, name + ".png") });
    }

    /// <summary>Runs a journey; on failure keeps a screenshot and the page's HTML next to the others, then fails.</summary>
    public async Task JourneyAsync(string name, Func<Task> journey)
    {
        try
        {
            await journey();
            await ScreenshotAsync(name);
        }
        catch
        {
            await ScreenshotAsync(name + ".FAILED");
            await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ScreenshotsDirectory, name + ".FAILED.html"), await Page.ContentAsync());
            throw;
        }
    }
}
