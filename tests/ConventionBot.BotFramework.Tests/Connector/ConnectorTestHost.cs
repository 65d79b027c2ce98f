using ConventionBot.BotFramework.Connector;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.BotFramework.Tests.Connector;

/// <summary>The production registration (<c>AddBotConnector</c>) with fast test settings.</summary>
internal static class ConnectorTestHost
{
    public static ServiceProvider Create(
        IReadOnlyDictionary<string, string?>? settings = null,
        IAccessTokenProvider? tokens = null,
        TimeProvider? timeProvider = null,
        Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Connector:AllowLocalhost"] = "true",
            ["Connector:MaxRetryAttempts"] = "3",
            ["Connector:RetryBaseDelay"] = "00:00:00.010",
            ["Connector:AttemptTimeout"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging();
        // AddBotConnector reads the bot identity through the options every host provides.
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { EnvironmentName = Environments.Development });
        if (timeProvider is not null)
        {
            services.AddSingleton(timeProvider);
        }

        services.AddBotConnector();
        if (tokens is not null)
        {
            services.AddSingleton(tokens);
        }

        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public static IConnectorClient Connector(this ServiceProvider provider) => provider.GetRequiredService<IConnectorClient>();
}
