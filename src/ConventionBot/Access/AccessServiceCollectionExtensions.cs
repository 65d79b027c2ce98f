using Microsoft.Extensions.Options;

namespace ConventionBot.Access;

public static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddAccess(this IServiceCollection services)
    {
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>();
        services.AddSingleton<AccessPolicy>();
        services.AddOptions<TabOptions>().BindConfiguration(TabOptions.SectionName);
        services.AddSingleton<TabSignIn>();
        return services;
    }
}
