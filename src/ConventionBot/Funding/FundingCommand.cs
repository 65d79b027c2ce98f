using System.Globalization;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Funding;

/// <summary><c>financement 2023</c> / <c>funding 2023</c>: the year's contribution card.</summary>
internal sealed class FundingCommand(ConventionCatalog catalog, FundingScreens screens) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["financement", "funding", "contribution"];

    public CommandHelp Help(Language language) => new(
        44,
        language.Pick("financement 2023", "funding 2023"),
        language.Pick("la contribution de l’année : appel de fonds, dossier, montant, versement", "the year’s contribution: call for funds, dossier, amount, payment"));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (l, (convention, arguments)) = (request.Caller.Language, catalog.Scope(request.Keyword, request.Arguments));
        if (convention.Contribution is null)
        {
            return BotReply.WithText(FundingTexts.NoContribution(l));
        }
        if (!int.TryParse(arguments, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return YearTexts.YearChoice(l, catalog, convention, Keyword(l));
        }
        return convention.Years.Contains(year)
            ? await screens.ShowAsync(convention, year, request.Caller, v => v, cancellationToken).ConfigureAwait(false)
            : YearTexts.YearChoice(l, catalog, convention, Keyword(l), year);
    }

    /// <summary>The command as typed before its year.</summary>
    private static string Keyword(Language l) => l.Pick("financement", "funding");
}
