using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;

namespace ConventionBot.Tests.ConventionInfo;

/// <summary>A feature's report as the meetings or bilans features would give one: a text per card, and deadlines.</summary>
internal sealed class FakeReport(int order, string name, params Deadline[] deadlines) : IConventionReport
{
    public int Order => order;

    public string ConventionText(Language language) => language.Pick($"Section {name} de la convention", $"{name} convention section");

    public string ChantierText(int number) => $"Section {name} du chantier {number}";

    public Task<IReadOnlyList<AdaptiveElement>> ConventionSectionAsync(ConventionDefinition convention, Language language, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AdaptiveElement>>([new AdaptiveTextBlock { Text = ConventionText(language), Wrap = true }]);

    public Task<IReadOnlyList<AdaptiveElement>> ChantierSectionAsync(ConventionDefinition convention, Chantier chantier, Language language, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AdaptiveElement>>([new AdaptiveTextBlock { Text = ChantierText(chantier.Number), Wrap = true }]);

    public Task<IReadOnlyList<Deadline>> DeadlinesAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Deadline>>(deadlines);

    public Task<DashboardPanel?> DashboardAsync(ConventionDefinition convention, DateTimeOffset now, Language language, CancellationToken cancellationToken) =>
        Task.FromResult<DashboardPanel?>(new DashboardPanel(order, $"Panneau {name}", "Ligne", ["2024"], [new DashboardRow("a", [new DashboardCell($"{name} a", DashboardTone.Done)])]));
}
