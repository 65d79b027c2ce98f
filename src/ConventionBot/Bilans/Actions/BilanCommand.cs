using System.Globalization;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary><c>bilan 2023</c> (the year's campaign) and <c>bilan 2023 5</c> or <c>bilan 2023 npnru</c> (one chantier's card).</summary>
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
        var (caller, l, convention) = (request.Caller, request.Caller.Language, catalog.Default);
        var words = request.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0 || !int.TryParse(words[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return YearTexts.YearChoice(l, convention, Keyword(l));
        }
        if (!convention.Years.Contains(year))
        {
            return YearTexts.YearChoice(l, convention, Keyword(l), year);
        }
        if (words.Length == 1)
        {
            return await screens.ShowCampaignAsync(convention, year, caller, v => v, cancellationToken).ConfigureAwait(false);
        }
        var asked = CommandText.Normalize(words[1]) is var normalized && normalized.StartsWith("chantier ", StringComparison.Ordinal)
            ? words[1]["chantier ".Length..].Trim()
            : words[1];
        return convention.FindChantier(asked) is { } chantier
            ? await screens.ShowChantierAsync(convention, year, chantier, caller, v => v, cancellationToken).ConfigureAwait(false)
            : BotReply.WithText(BilanTexts.ChantierUnknown(l, words[1]));
    }

    /// <summary>The command as typed before its year.</summary>
    private static string Keyword(Language l) => l.Pick("bilan", "report");
}
