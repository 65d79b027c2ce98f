using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.ConventionInfo;

public static class ConventionInfoServiceCollectionExtensions
{
    /// <summary>
    /// Talking about the convention: the <c>convention</c>, <c>chantiers</c>, <c>chantier</c> and
    /// <c>échéances</c> commands, their cards' buttons, and the renewal deadline.
    /// </summary>
    public static IServiceCollection AddConventionInfo(this IServiceCollection services)
    {
        services.AddSingleton<ConventionViews>();
        services.AddSingleton<IBotCommand, ConventionCommand>();
        services.AddSingleton<IBotCommand, DashboardCommand>();
        services.AddSingleton<IBotCommand, ChantiersCommand>();
        services.AddSingleton<IBotCommand, ChantierCommand>();
        services.AddSingleton<IBotCommand, DeadlinesCommand>();
        services.AddSingleton<ICardAction, ConventionInfoAction>();
        services.AddSingleton<IConventionReport, RenewalReport>();
        return services;
    }
}
