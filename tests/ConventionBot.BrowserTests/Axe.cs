using System.Text.Json;
using Microsoft.Playwright;

namespace ConventionBot.BrowserTests;

/// <summary>axe-core (pinned in tools/package.json) run inside a page: the WCAG 2.x A and AA rules RGAA builds on.</summary>
public static class Axe
{
    private static readonly string Script = File.ReadAllText(
        Path.Combine(Playground.RepositoryRoot(), "tools", "node_modules", "axe-core", "axe.min.js"));

    /// <summary>
    /// Every violation found on the page at <paramref name="url"/>, one line each: rule, impact, the first offending
    /// element. The page is loaded in a context of its own that lets axe's script in past the page's CSP.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IBrowser browser, string url)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { BypassCSP = true, Locale = "fr-FR" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = Script });
        var json = await page.EvaluateAsync<string>("""
            async () => JSON.stringify((await axe.run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
            })).violations.map(v => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} × ${v.nodes[0]?.html ?? ''}`))
            """);
        return JsonSerializer.Deserialize<string[]>(json)!;
    }
}
