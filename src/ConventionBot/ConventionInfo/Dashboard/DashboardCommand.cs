using ConventionBot.Access;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using Microsoft.Extensions.Options;

namespace ConventionBot.ConventionInfo;

/// <summary>
/// <c>tableau de bord</c> (<c>dashboard</c>): the dashboard reduced to a card (each panel's rows as symbols and words,
/// the next deadline) with a button that opens the tab: the page itself in Development (the Agents Playground shows
/// no tabs), the Teams tab by its deep link otherwise.
/// </summary>
internal sealed class DashboardCommand(ConventionCatalog catalog, ConventionViews views, ISignedLinks links, TabSignIn signIn, IOptions<TabOptions> tab) : IBotCommand
{
    /// <summary>The static tab's entity id in the manifest.</summary>
    public const string TabEntityId = "dashboard";

    public IReadOnlyList<string> Keywords { get; } = ["tableau", "dashboard"];

    public CommandHelp Help(Language language) => new(
        15, language.Pick("tableau de bord", "dashboard"),
        language.Pick("où en est la convention, en un coup d’œil : bilans, gouvernance, contribution, échéances", "where the convention stands at a glance: bilans, governance, contribution, deadlines"));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var l = request.Caller.Language;
        // "tableau de bord 2023": the words after the keyword, then which convention (none: the default one).
        var rest = request.Arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => CommandText.Normalize(w) is "de" or "bord");
        var convention = ConventionSelector.Select(catalog, string.Join(' ', rest)) ?? catalog.Default;
        var dashboard = await views.DashboardAsync(convention, l, cancellationToken).ConfigureAwait(false);
        return BotReply.WithCard(DashboardCard.Build(dashboard, l, TabUrl(convention)));
    }

    private Uri TabUrl(ConventionDefinition convention)
    {
        if (signIn.IsAnonymous || tab.Value.TeamsAppId is not { Length: > 0 } appId)
        {
            return links.Absolute($"{DashboardEndpoint.PagePath}?convention={Uri.EscapeDataString(convention.Id)}");
        }
        return new Uri($"https://teams.microsoft.com/l/entity/{Uri.EscapeDataString(appId)}/{TabEntityId}");
    }
}
