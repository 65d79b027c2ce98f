using System.Diagnostics;
using System.Diagnostics.Metrics;
using ConventionBot.Diagnostics;

namespace ConventionBot.Bilans;

/// <summary><c>conventionbot.bilan.saves</c>: every save or review of a chantier's bilan, by event and outcome.</summary>
internal sealed class BilanMetrics(IMeterFactory meterFactory)
{
    /// <summary>Written.</summary>
    public const string Saved = "saved";

    /// <summary>The write was refused by its ETag (412): someone saved between our read and our write.</summary>
    public const string Conflict = "conflict";

    /// <summary>The card was built from an older version than the stored one: nothing was tried.</summary>
    public const string Stale = "stale";

    /// <summary>Not allowed in the chantier's status, or without a campaign.</summary>
    public const string Refused = "refused";

    private readonly Counter<long> _saves = meterFactory.Create(ConventionBotTelemetry.Name).CreateCounter<long>(
        "conventionbot.bilan.saves", "{save}", "Saves and reviews of chantier bilans, by event and outcome: saved, conflict (412), stale, refused.");

    public void Record(BilanEvent @event, string outcome) =>
        _saves.Add(1, new TagList { { "bilan.event", EventName(@event) }, { "bilan.outcome", outcome } });

    private static string EventName(BilanEvent @event) => @event switch
    {
        BilanEvent.Saved => "saved",
        BilanEvent.Submitted => "submitted",
        BilanEvent.ChangesRequested => "changes_requested",
        BilanEvent.Validated => "validated",
        _ => "other",
    };
}
