namespace ConventionBot.Funding;

/// <summary>What the dossier's pages and files are: for the link's holder only, never cached, indexed, sniffed or referred.</summary>
internal static class DossierPageHeaders
{
    public static void Set(HttpContext context, bool formAction)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        // No script, no outside resource; the form posts only to this app.
        headers.ContentSecurityPolicy = $"default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action {(formAction ? "'self'" : "'none'")}";
    }
}
