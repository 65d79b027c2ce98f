using ConventionBot.Conversation;
using ConventionBot.Exports.Contract;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ConventionBot.Exports;

public static class ExportsServiceCollectionExtensions
{
    /// <summary>
    /// The consolidated bilan (HTML and CSV) behind signed, expiring links, with the Data Protection key ring kept in
    /// Table Storage so links work on every instance and after restarts. Needs <c>AddBilans()</c>.
    /// </summary>
    public static IServiceCollection AddExports(this IServiceCollection services)
    {
        services.AddOptions<PublicUrlOptions>()
            .BindConfiguration(PublicUrlOptions.SectionName)
            .Configure<IHostEnvironment, IConfiguration>((options, environment, configuration) =>
                options.PublicBaseUrl ??= PublicUrlOptions.Default(environment.IsDevelopment(), configuration[PublicUrlOptions.AppServiceHostName]))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<ExportsOptions>()
            .BindConfiguration(ExportsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddDataProtection().SetApplicationName("ConventionBot");
        services.AddSingleton<TableXmlRepository>();
        services.AddOptions<KeyManagementOptions>().Configure<TableXmlRepository>((options, repository) => options.XmlRepository = repository);
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<ISignedLinks>(sp => sp.GetRequiredService<ExportLinks>());
        services.AddSingleton<ConsolidatedBilanBuilder>();
        services.AddSingleton<BilanExportCard>();
        services.AddSingleton<IBotCommand, ExportCommand>();
        services.AddSingleton<ICardAction, BilanExportAction>();
        services.AddSingleton<ICardAction, JournalExportAction>();
        return services;
    }

    /// <summary>The documents behind signed links: <c>GET /exports/{conventionId}/bilan-{year}.html|csv?t=…</c> and <c>/exports/journal.csv?t=…</c>.</summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportEndpoint.JournalPath, ExportEndpoint.JournalAsync);
        endpoints.MapGet(ExportEndpoint.Route, ExportEndpoint.BilanAsync);
        endpoints.MapGet(DossierExportEndpoint.Route, DossierExportEndpoint.CsvAsync);
        return endpoints;
    }
}
