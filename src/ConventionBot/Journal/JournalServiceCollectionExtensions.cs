using ConventionBot.Conversation;

namespace ConventionBot.Journal;

public static class JournalServiceCollectionExtensions
{
    /// <summary>The audit journal features record their changes in, and the admins' <c>journal</c> command.</summary>
    public static IServiceCollection AddJournal(this IServiceCollection services)
    {
        services.AddSingleton<AuditJournal>();
        services.AddSingleton<JournalCommand>();
        services.AddSingleton<IBotCommand>(sp => sp.GetRequiredService<JournalCommand>());
        services.AddSingleton<ICardAction>(sp => sp.GetRequiredService<JournalCommand>());
        return services;
    }
}
