using Azure.Core;
using Azure.Identity;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace ConventionBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Table Storage from a connection string, or from an endpoint and a managed identity.</summary>
    public static IServiceCollection AddTableStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
                options.ConnectionString ??= configuration.GetConnectionString(StorageOptions.ConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddSingleton(sp => CreateServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.AddSingleton<TableProvider>();
        services.AddHealthChecks().AddCheck<TableStorageHealthCheck>("tables");
        return services;
    }

    private static TableServiceClient CreateServiceClient(StorageOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return new TableServiceClient(options.ConnectionString);
        }
        return new TableServiceClient(options.TableEndpoint!, CreateCredential(options.ManagedIdentityClientId));
    }

    private static TokenCredential CreateCredential(string? managedIdentityClientId) =>
        string.IsNullOrWhiteSpace(managedIdentityClientId)
            ? new DefaultAzureCredential()
            : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(managedIdentityClientId));
}
