using System.Text;
using ConventionBot.Conventions;
using ConventionBot.Journal;
using ConventionBot.Privacy.Contract;
using Microsoft.AspNetCore.Mvc;

namespace ConventionBot.Exports;

/// <summary>
/// <c>GET /exports/{conventionId}/bilan-{year}.html|csv?t=…</c>: the consolidated bilan, for a valid signed link only.
/// Anything else (no token, tampered, expired, made for another path, unknown document) is a bare 404.
/// </summary>
internal static class ExportEndpoint
{
    public const string Route = "/exports/{conventionId}/bilan-{year:int}.{format}";

    /// <summary>The whole audit journal, as CSV.</summary>
    public const string JournalPath = "/exports/journal.csv";

    /// <summary>Everything stored about a person, as JSON or CSV (<c>mes données</c>).</summary>
    public const string PersonalDataRoute = "/exports/personal/{aadObjectId}.{format}";

    public static string PersonalDataPath(string aadObjectId, string format) =>
        $"/exports/personal/{Uri.EscapeDataString(aadObjectId)}.{format}";

    public static string BilanPath(string conventionId, int year, string format) =>
        $"/exports/{Uri.EscapeDataString(conventionId)}/bilan-{year}.{format}";

    public static async Task<IResult> BilanAsync(
        string conventionId, int year, string format, [FromQuery(Name = ExportLinks.TokenParameter)] string? token,
        HttpContext context, ExportLinks links, ConventionCatalog catalog, ConsolidatedBilanBuilder builder, ILogger<ExportLinks> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!links.Allows(context.Request.Path.Value ?? "", token))
        {
            ExportsLog.LinkRefused(logger);
            return Results.NotFound();
        }
        if (catalog.Find(conventionId) is not { } convention || !convention.Years.Contains(year) || format is not ("html" or "csv"))
        {
            return Results.NotFound();
        }
        var bilan = await builder.BuildAsync(convention, year, context.RequestAborted).ConfigureAwait(false);
        var headers = Private(context);
        ExportsLog.DocumentServed(logger, convention.Id, year, format);
        if (format == "csv")
        {
            return Results.File(BilanCsvDocument.Write(bilan), "text/csv; charset=utf-8", $"bilan-{year}-{convention.Id}.csv");
        }
        // The page holds user text: no script, no outside resource, whatever that text contains.
        headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";
        return Results.Text(BilanHtmlDocument.Write(bilan), "text/html", Encoding.UTF8);
    }

    public static async Task<IResult> JournalAsync(
        [FromQuery(Name = ExportLinks.TokenParameter)] string? token, HttpContext context, ExportLinks links, AuditJournal journal, ILogger<ExportLinks> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!links.Allows(JournalPath, token))
        {
            ExportsLog.LinkRefused(logger);
            return Results.NotFound();
        }
        var entries = await journal.ListAsync(null, null, context.RequestAborted).ConfigureAwait(false);
        Private(context);
        return Results.File(JournalCsvDocument.Write(entries), "text/csv; charset=utf-8", "journal.csv");
    }

    public static async Task<IResult> PersonalDataAsync(
        string aadObjectId, string format, [FromQuery(Name = ExportLinks.TokenParameter)] string? token,
        HttpContext context, ExportLinks links, IPersonalDataReader reader, TimeProvider time, ILogger<ExportLinks> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!links.Allows(PersonalDataPath(aadObjectId, format), token) || format is not ("json" or "csv"))
        {
            ExportsLog.LinkRefused(logger);
            return Results.NotFound();
        }
        var data = await reader.ReadAsync(aadObjectId, context.RequestAborted).ConfigureAwait(false);
        Private(context);
        return format == "csv"
            ? Results.File(PersonalDataDocuments.Csv(data), "text/csv; charset=utf-8", "mes-donnees.csv")
            : Results.File(PersonalDataDocuments.Json(data, time.GetUtcNow()), "application/json; charset=utf-8", "mes-donnees.json");
    }

    // What these documents hold is for the link's holder only: never cached, indexed, sniffed or referred.
    public static IHeaderDictionary Private(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-store";
        headers["Referrer-Policy"] = "no-referrer";
        headers["X-Content-Type-Options"] = "nosniff";
        headers["X-Robots-Tag"] = "noindex, nofollow";
        return headers;
    }
}
