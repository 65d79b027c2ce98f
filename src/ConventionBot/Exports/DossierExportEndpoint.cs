using ConventionBot.Conventions;
using Microsoft.AspNetCore.Mvc;

namespace ConventionBot.Exports;

/// <summary><c>GET /exports/{conventionId}/dossier-{year}.csv?t=…</c>: the contribution dossier's files, for a valid signed link only (else a bare 404).</summary>
internal static class DossierExportEndpoint
{
    public const string Route = "/exports/{conventionId}/dossier-{year:int}.csv";

    public static string Path(string conventionId, int year) => $"/exports/{Uri.EscapeDataString(conventionId)}/dossier-{year}.csv";

    public static async Task<IResult> CsvAsync(
        string conventionId, int year, [FromQuery(Name = ExportLinks.TokenParameter)] string? token,
        HttpContext context, ExportLinks links, ConventionCatalog catalog, ConsolidatedBilanBuilder builder, ILogger<ExportLinks> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!links.Allows(context.Request.Path.Value ?? "", token) || catalog.Find(conventionId) is not { } convention || !convention.Years.Contains(year))
        {
            ExportsLog.LinkRefused(logger);
            return Results.NotFound();
        }
        var bilan = await builder.BuildAsync(convention, year, context.RequestAborted).ConfigureAwait(false);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers["X-Content-Type-Options"] = "nosniff";
        ExportsLog.DocumentServed(logger, convention.Id, year, "dossier-csv");
        return Results.File(DossierCsvDocument.Write(bilan), "text/csv; charset=utf-8", $"dossier-{year}-{convention.Id}.csv");
    }
}
