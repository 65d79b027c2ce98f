using ConventionBot.Bilans;
using ConventionBot.Bilans.Contract;
using ConventionBot.Conventions;
using ConventionBot.Tests.Conventions;

namespace ConventionBot.Tests.Bilans;

/// <summary>A 2023 bilan in every state, on the shipped convention, for building cards without the app.</summary>
internal static class BilanSamples
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static ConventionDefinition Convention { get; } = TestDefinitions.Shipped();

    public static BilanCampaign Campaign { get; } = new(Convention.Id, 2023, new DateOnly(2027, 1, 29), "Claire Métropole", Now, "W/\"etag-campaign\"");

    public static BilanContent Filled { get; } = new(
        [1, 3, 7],
        "Animation du club NPNRU : 4 réunions.\nContribution au PLH ; « guide » publié.",
        new Dictionary<string, string> { ["meetings"] = "4", ["bailleurs"] = "12", ["events"] = "1" },
        "Calendrier serré.",
        "Poursuivre en 2024.",
        BilanProgress.WellAdvanced);

    public static IReadOnlyList<Contributor> Contributors { get; } = [new("bbbbbbbb", "Alice Hlm", "a:alice-chat")];

    public static ChantierBilan InStatus(int chantier, BilanStatus status, string? comment = null) => status == BilanStatus.NotStarted
        ? ChantierBilan.NotStarted(chantier)
        : new ChantierBilan(chantier, status, Filled, 3, "W/\"etag-3\"", "Alice Hlm", Now.AddDays(-2), comment, Contributors);

    /// <summary>Chantiers 1 to 7: not started, draft, submitted, changes requested, validated, validated, draft.</summary>
    public static BilanYear Year(BilanCampaign? campaign = null) => new(2023, campaign ?? Campaign,
    [
        InStatus(1, BilanStatus.NotStarted),
        InStatus(2, BilanStatus.Draft),
        InStatus(3, BilanStatus.Submitted),
        InStatus(4, BilanStatus.ChangesRequested, "Ajoutez les chiffres."),
        InStatus(5, BilanStatus.Validated),
        InStatus(6, BilanStatus.Validated),
        InStatus(7, BilanStatus.Draft),
    ]);

    public static BilanYear AllValidated() => new(2023, Campaign, [.. Enumerable.Range(1, 7).Select(n => InStatus(n, BilanStatus.Validated))]);

    public static IReadOnlyList<BilanVersion> History(int chantier) =>
    [
        new(chantier, 1, BilanEvent.Saved, Filled, "Alice Hlm", Now.AddDays(-5), null),
        new(chantier, 2, BilanEvent.Submitted, Filled, "Bob Hlm", Now.AddDays(-4), null),
        new(chantier, 3, BilanEvent.ChangesRequested, Filled, "Claire Métropole", Now.AddDays(-3), "Ajoutez les chiffres."),
    ];
}
