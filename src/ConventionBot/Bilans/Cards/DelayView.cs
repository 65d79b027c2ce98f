using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;
using ConventionBot.Calendar;

namespace ConventionBot.Bilans;

/// <summary>What the delay cards show: the year as read or written, the chantier, and what the user typed when it must be kept.</summary>
internal sealed record DelayView(ConventionDefinition Convention, BilanYear Year, Chantier Chantier, Language Language)
{
    public IReadOnlyDictionary<string, string> Typed { get; init; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public string? Notice { get; init; }

    public BilanDelay? Delay => Year.DelayOf(Chantier.Number);

    /// <summary>The chantier's current deadline (the campaign's, or its extension).</summary>
    public DateOnly Deadline => Year.DeadlineOf(Chantier.Number) ?? default;

    /// <summary>What the chantier and campaign cards say of its delay: the extension granted, the request waiting or refused.</summary>
    public static IEnumerable<string> StateLines(ConventionDefinition convention, BilanYear year, int chantier, Language l)
    {
        ArgumentNullException.ThrowIfNull(year);
        if (year.DelayOf(chantier) is not { } delay)
        {
            yield break;
        }
        if (delay.Granted is not null && year.DeadlineOf(chantier) == delay.Granted)
        {
            yield return DelayTexts.Extended(l, delay);
        }
        if (delay.Status != BilanDelayStatus.Granted)
        {
            yield return delay.Status == BilanDelayStatus.Pending ? DelayTexts.Pending(l, convention, delay) : DelayTexts.Refused(l, delay);
        }
    }
}
