using ConventionBot.Access;
using ConventionBot.Conversation;
using ConventionBot.Funding.Contract;
using ConventionBot.Meetings.Contract;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConventionBot.Exports;

public static class ExportsServiceCollectionExtensions
{
    /// <summary>
    /// The consolidated bilan (HTML and CSV), the meetings' invitations (.ics) and a person's data behind signed,
    /// expiring links (also handed to other features as <see cref="ISignedLinks"/>), with the Data Protection key ring
    /// kept in Table Storage so links work on every instance and after restarts, encrypted there by a Key Vault key
    /// when <c>Exports:KeyVaultKeyId</c> is set. Needs <c>AddBilans()</c>, <c>AddMeetings()</c> and <c>AddPrivacy()</c>.
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
        services.AddHttpClient<KeyVaultKeyWrapper>();
        services.AddOptions<KeyManagementOptions>().Configure<TableXmlRepository, IOptions<ExportsOptions>, IServiceProvider>((options, repository, exports, sp) =>
        {
            options.XmlRepository = repository;
            if (exports.Value.KeyVaultKeyId is { } keyId)
            {
                options.XmlEncryptor = new KeyVaultXmlEncryptor(sp.GetRequiredService<KeyVaultKeyWrapper>(), keyId);
            }
        });
        services.AddSingleton<ExportLinks>();
        services.AddSingleton<ISignedLinks>(sp => sp.GetRequiredService<ExportLinks>());
        services.AddSingleton<ConsolidatedBilanBuilder>();
        services.AddSingleton<BilanExportCard>();
        services.AddSingleton<IBotCommand, ExportCommand>();
        services.AddSingleton<IBotCommand, MyDataCommand>();
        services.AddSingleton<ICardAction, BilanExportAction>();
        services.AddSingleton<ICardAction, JournalExportAction>();
        return services;
    }

    /// <summary>
    /// The documents behind signed links: <c>GET /exports/{conventionId}/bilan-{year}.html|csv?t=…</c>, <c>/exports/journal.csv?t=…</c>
    /// and a meeting's invitation, <c>/exports/meetings/{meetingId}.ics?t=…</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ExportEndpoint.JournalPath, ExportEndpoint.JournalAsync);
        endpoints.MapGet(ExportEndpoint.PersonalDataRoute, ExportEndpoint.PersonalDataAsync);
        endpoints.MapGet(ExportEndpoint.Route, ExportEndpoint.BilanAsync);
        endpoints.MapGet(MeetingInvitation.Route, InvitationEndpoint.GetAsync);
        endpoints.MapGet(DossierExportEndpoint.Route, DossierExportEndpoint.CsvAsync);
        return endpoints;
    }
}
