using ConventionBot.Bilans.Contract;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Bilans;

/// <summary>What the campaign card shows: the year's state, and the deadline the admin typed when it must be kept.</summary>
internal sealed record CampaignView(ConventionDefinition Convention, BilanYear Year, DateOnly Today, bool IsAdmin, Language Language)
{
    public string? DeadlineTyped { get; init; }

    public IReadOnlyList<string> Errors { get; init; } = [];

    public string? Notice { get; init; }
}
