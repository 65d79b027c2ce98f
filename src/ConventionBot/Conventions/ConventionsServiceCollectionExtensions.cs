using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ConventionBot.Conventions;

/// <summary>Registers the convention definitions feature.</summary>
public static class ConventionsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ConventionsOptions"/> and the <see cref="ConventionCatalog"/> singleton,
    /// loaded when the host starts: an invalid definition makes start-up throw
    /// <see cref="ConventionDefinitionException"/>.
    /// </summary>
    public static IServiceCollection AddConventions(this IServiceCollection services)
    {
        services.AddOptions<ConventionsOptions>()
            .BindConfiguration(ConventionsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new ConventionCatalog(
            ConventionDefinitionLoader.LoadFolder(
                provider.GetRequiredService<IOptions<ConventionsOptions>>().Value.ResolveDefinitionsPath()),
            provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<ConventionsStartupCheck>();
        return services;
    }
}
