using System.Globalization;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>
/// <c>bilan 2023</c> (the year's campaign) and <c>bilan 2023 5</c>, <c>bilan 2023 npnru</c> or <c>bilan 2016 action 12</c>
/// (one item's card), for the convention the year or a leading id designates (<see cref="ConventionCatalog.Scope"/>).
/// </summary>
internal sealed class BilanCommand(ConventionCatalog catalog, BilanScreens screens) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["bilan", "bilans", "report"];

    public CommandHelp Help(Language language) => new(
        40,
        language.Pick("bilan 2023", "report 2023"),
        language.Pick("la campagne de bilan annuel de l’année, chantier par chantier (bilan 2023 5 : un chantier)",
            "the year’s annual bilan campaign, workstream by workstream (report 2023 5: one workstream)"));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (caller, l, (convention, arguments)) = (request.Caller, request.Caller.Language, catalog.Scope(request.Keyword, request.Arguments));
        var words = arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || !int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return YearTexts.YearChoice(l, catalog, convention, Keyword(l));
        }
        if (!convention.Years.Contains(year))
        {
            return YearTexts.YearChoice(l, catalog, convention, Keyword(l), year);
        }
        if (words.Length == 1)
        {
            return await screens.ShowCampaignAsync(convention, year, caller, v => v, cancellationToken).ConfigureAwait(false);
        }
        // "bilan 2023 chantier 5", "bilan 2016 action 12": the item word may come before the number.
        var asked = words[1].Split(' ', 2) is [var first, var rest] && convention.Levels.Item.Words.Contains(CommandText.Normalize(first)) ? rest.Trim() : words[1];
        return convention.FindChantier(asked) is { } chantier
            ? await screens.ShowChantierAsync(convention, year, chantier, caller, v => v, cancellationToken).ConfigureAwait(false)
            : BotReply.WithText(BilanTexts.ChantierUnknown(l, convention, words[1]));
    }

    /// <summary>The command as typed before its year.</summary>
    private static string Keyword(Language l) => l.Pick("bilan", "report");
}
