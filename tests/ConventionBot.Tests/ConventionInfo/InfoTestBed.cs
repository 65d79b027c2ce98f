using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.ConventionInfo;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using ConventionBot.Tests.Conventions;
using ConventionBot.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.Tests.ConventionInfo;

/// <summary>The convention cards' service on a chosen day, with the shipped convention and any fake reports.</summary>
internal sealed class InfoTestBed
{
    public static readonly DateTimeOffset LateIn2026 = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public InfoTestBed(DateTimeOffset now, IEnumerable<ConventionDefinition>? definitions = null, params IConventionReport[] reports)
    {
        Time = new FakeTimeProvider(now);
        Catalog = new ConventionCatalog(definitions ?? [TestDefinitions.Shipped()], Time);
        Views = new ConventionViews(Catalog, [.. reports, new RenewalReport(Catalog)], Time);
    }

    public FakeTimeProvider Time { get; }

    public ConventionCatalog Catalog { get; }

    public ConventionViews Views { get; }

    public ConventionDefinition Shipped => Catalog.Find("amp-arhlm-2022-2024")!;

    /// <summary>The minimal test definition, 2030-2031.</summary>
    public static ConventionDefinition Minimal()
    {
        using var folder = new DefinitionFolder().With("test.yaml", TestDefinitions.Minimal);
        return ConventionDefinitionLoader.LoadFolder(folder.Path).Single();
    }

    public static Caller Caller(Language language = Language.French, bool isAdmin = false) =>
        new("11111111-1111-1111-1111-111111111111", "Camille Martin", Activities.TenantId, isAdmin, true, language, "a:personal-1", "personal");

    public static string Json(AdaptiveCard card) => AdaptiveCardJson.Serialize(card);
}
