using System.Text;
using ConventionBot.Access;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using Microsoft.AspNetCore.Mvc;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// The "Tableau de bord" tab: <c>/tab/dashboard</c> is the page. In Development without an app id it holds the
/// content at once; otherwise it is a shell whose script gets the Teams SSO token and fetches
/// <c>/tab/dashboard/content</c>, which answers only a valid token of an allowed tenant (<see cref="TabSignIn"/>).
/// </summary>
internal static class DashboardEndpoint
{
    public const string PagePath = "/tab/dashboard";

    // Teams shows tabs in a frame of its own sites; nothing else may frame the page, and it loads only its own files.
    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; "
        + "frame-ancestors https://teams.microsoft.com https://*.teams.microsoft.com https://*.cloud.microsoft https://*.office.com https://*.microsoft365.com";

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PagePath, PageAsync);
        endpoints.MapGet(PagePath + "/content", ContentAsync);
        endpoints.MapGet("/tab/dashboard.css", (HttpContext context) => Asset(context, DashboardAssets.Css, "text/css"));
        endpoints.MapGet("/tab/dashboard.js", (HttpContext context) => Asset(context, DashboardAssets.Script, "text/javascript"));
        endpoints.MapGet("/tab/teams.js", (HttpContext context) => TeamsLibrary(context));
        return endpoints;
    }

    private static async Task<IResult> PageAsync(
        [FromQuery] string? convention, [FromQuery] string? lang, [FromQuery] string? theme,
        HttpContext context, TabSignIn signIn, ConventionCatalog catalog, ConventionViews views)
    {
        var l = LanguageOf(lang);
        string? content = null;
        if (signIn.IsAnonymous)
        {
            content = await RenderAsync(catalog, convention, l, views, null, context.RequestAborted).ConfigureAwait(false);
        }
        return Html(context, DashboardHtml.Page(l, theme is "dark" or "contrast" ? theme : "default", content));
    }

    private static async Task<IResult> ContentAsync(
        [FromQuery] string? convention, [FromQuery] string? lang, HttpContext context, TabSignIn signIn, ISignedLinks links,
        ConventionCatalog catalog, ConventionViews views, IConfiguration configuration)
    {
        var l = LanguageOf(lang);
        if (!signIn.IsAnonymous)
        {
            var user = await signIn.AuthenticateAsync(context.Request.Headers.Authorization, links.Absolute("/").Host, context.RequestAborted).ConfigureAwait(false);
            if (user is null)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Html(context, $"<p role=\"alert\">{DashboardHtml.Encode(l.Pick(
                    "Teams ne m’a pas présenté d’identité valide pour vous, ou votre organisation n’utilise pas ConventionBot : je ne montre rien.",
                    "Teams gave me no valid identity for you, or your organisation does not use ConventionBot: I show nothing."))}</p>");
            }
        }
        Func<string, Uri>? chat = configuration["MicrosoftAppId"] is { Length: > 0 } botId
            ? command => new Uri($"https://teams.microsoft.com/l/chat/0/0?users=28:{Uri.EscapeDataString(botId)}&message={Uri.EscapeDataString(command)}")
            : null;
        return Html(context, await RenderAsync(catalog, convention, l, views, chat, context.RequestAborted).ConfigureAwait(false));
    }

    /// <param name="convention">As the page's <c>?convention=</c> says it (id or years); none: the default one.</param>
    private static async Task<string> RenderAsync(
        ConventionCatalog catalog, string? convention, Language l, ConventionViews views, Func<string, Uri>? chat, CancellationToken cancellationToken)
    {
        var definition = ConventionSelector.Select(catalog, convention ?? "") ?? catalog.Default;
        return DashboardHtml.Content(await views.DashboardAsync(definition, l, cancellationToken).ConfigureAwait(false), l, chat);
    }

    private static Language LanguageOf(string? lang) => lang is { } code && code.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.English : Language.French;

    private static IResult Html(HttpContext context, string html)
    {
        Private(context);
        return Results.Text(html, "text/html", Encoding.UTF8, context.Response.StatusCode);
    }

    private static IResult Asset(HttpContext context, string text, string type)
    {
        Private(context);
        return Results.Text(text, type, Encoding.UTF8);
    }

    /// <summary>The pinned Teams JavaScript library (tools/), copied beside the app at build: no CDN.</summary>
    private static IResult TeamsLibrary(HttpContext context)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "tab", "teams.js");
        Private(context);
        return File.Exists(path) ? Results.File(path, "text/javascript") : Results.NotFound();
    }

    private static void Private(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers.ContentSecurityPolicy = Policy;
        headers["X-Content-Type-Options"] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
