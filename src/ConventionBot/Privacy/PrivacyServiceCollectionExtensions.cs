using ConventionBot.Conversation;
using ConventionBot.Privacy.Contract;

namespace ConventionBot.Privacy;

public static class PrivacyServiceCollectionExtensions
{
    /// <summary>Personal data (RGPD): the processing notice, what is stored about a person, and the admins' erasure.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<PersonalDataScanner>();
        services.AddSingleton<IPersonalDataReader>(sp => sp.GetRequiredService<PersonalDataScanner>());
        services.AddSingleton<PersonErasure>();
        services.AddSingleton<EraseCommand>();
        services.AddSingleton<IBotCommand>(sp => sp.GetRequiredService<EraseCommand>());
        services.AddSingleton<ICardAction>(sp => sp.GetRequiredService<EraseCommand>());
        services.AddSingleton<IBotCommand, PrivacyNoticeCommand>();
        return services;
    }
}
