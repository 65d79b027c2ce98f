using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.BotFramework.Tests.AdaptiveCards;

/// <summary>Representative cards that together use every element, input and action type of the model.</summary>
internal static class CardGallery
{
    public static IReadOnlyDictionary<string, AdaptiveCard> All { get; } = new Dictionary<string, AdaptiveCard>
    {
        ["text"] = Text(),
        ["layout"] = Layout(),
        ["inputs"] = Inputs(),
        ["actions"] = Actions(),
        ["refresh"] = Refresh(),
    };

    private static AdaptiveCard Text() => new()
    {
        FallbackText = "Convention 2024 : bilan à valider",
        Speak = "Bilan à valider",
        Lang = "fr",
        MsTeams = new AdaptiveMsTeams { Width = AdaptiveMsTeams.FullWidth },
        Body =
        [
            new AdaptiveTextBlock
            {
                Text = "**Bilan annuel** à valider", Size = AdaptiveTextSize.ExtraLarge, Weight = AdaptiveTextWeight.Bolder,
                Color = AdaptiveTextColor.Accent, IsSubtle = true, Wrap = true, MaxLines = 2,
                HorizontalAlignment = AdaptiveHorizontalAlignment.Center, Spacing = AdaptiveSpacing.Medium, Separator = true,
            },
            new AdaptiveRichTextBlock
            {
                Inlines =
                [
                    new AdaptiveTextRun { Text = "Échéance : ", Weight = AdaptiveTextWeight.Bolder },
                    new AdaptiveTextRun { Text = "31 mars", Italic = true, Underline = true, Color = AdaptiveTextColor.Attention },
                ],
            },
            new AdaptiveImage
            {
                Url = new Uri("https://example.org/logo.png"), AltText = "Logo", Size = AdaptiveImageSize.Small, Style = AdaptiveImageStyle.Person,
            },
        ],
    };

    private static AdaptiveCard Layout() => new()
    {
        SelectAction = new AdaptiveOpenUrlAction { Url = new Uri("https://example.org/conventions/12") },
        Body =
        [
            new AdaptiveContainer
            {
                Style = AdaptiveContainerStyle.Emphasis, Bleed = true,
                SelectAction = new AdaptiveSubmitAction { Data = new JsonObject { ["open"] = 12 } },
                Items = [new AdaptiveTextBlock { Text = "Engagements" }],
            },
            new AdaptiveColumnSet
            {
                Columns =
                [
                    new AdaptiveColumn { Width = AdaptiveColumnWidth.Auto, Items = [new AdaptiveTextBlock { Text = "1" }] },
                    new AdaptiveColumn { Width = AdaptiveColumnWidth.Weighted(2), Style = AdaptiveContainerStyle.Good, Items = [new AdaptiveTextBlock { Text = "Logements" }] },
                    new AdaptiveColumn { Width = AdaptiveColumnWidth.Stretch },
                ],
            },
            new AdaptiveFactSet { Facts = [new AdaptiveFact { Title = "Bailleur", Value = "Habitat 13" }] },
        ],
    };

    private static AdaptiveCard Inputs() => new()
    {
        Body =
        [
            new AdaptiveTextInput
            {
                Id = "comment", Label = "Commentaire", Placeholder = "Votre commentaire", Value = "RAS", IsMultiline = true,
                MaxLength = 500, IsRequired = true, ErrorMessage = "Commentaire obligatoire", Regex = "^.+$",
            },
            new AdaptiveNumberInput { Id = "units", Label = "Logements", Min = 0, Max = 500, Value = 12 },
            new AdaptiveDateInput { Id = "due", Label = "Échéance", Value = new DateOnly(2024, 3, 31), Min = new DateOnly(2024, 1, 1), Max = new DateOnly(2024, 12, 31) },
            new AdaptiveTimeInput { Id = "at", Label = "Heure", Value = new TimeOnly(9, 30), Min = new TimeOnly(8, 0), Max = new TimeOnly(18, 0) },
            new AdaptiveChoiceSetInput
            {
                Id = "partners", Label = "Partenaires", Style = AdaptiveChoiceInputStyle.Filtered, IsMultiSelect = true, Value = "a,b",
                Choices = [new AdaptiveChoice { Title = "Habitat 13", Value = "a" }, new AdaptiveChoice { Title = "Logirem", Value = "b" }],
            },
            new AdaptiveToggleInput { Id = "agree", Title = "Je valide", Value = "oui", ValueOn = "oui", ValueOff = "non" },
        ],
        Actions = [new AdaptiveExecuteAction { Verb = "saveBilan", Title = "Enregistrer", Style = AdaptiveActionStyle.Positive }],
    };

    private static AdaptiveCard Actions() => new()
    {
        Body =
        [
            new AdaptiveActionSet
            {
                Actions =
                [
                    new AdaptiveExecuteAction
                    {
                        Verb = "approve", Title = "Approuver", Data = new JsonObject { ["conventionId"] = "12" },
                        AssociatedInputs = AdaptiveAssociatedInputs.None, IsEnabled = false, Style = AdaptiveActionStyle.Destructive,
                    },
                    new AdaptiveExecuteAction { Verb = "later", Title = "Plus tard", FallbackToSubmit = false },
                ],
            },
        ],
        Actions =
        [
            new AdaptiveSubmitAction { Title = "Envoyer", Data = new JsonObject { ["step"] = 2 }, AssociatedInputs = AdaptiveAssociatedInputs.Auto },
            new AdaptiveOpenUrlAction { Title = "Ouvrir", Url = new Uri("https://example.org") },
            new AdaptiveShowCardAction { Title = "Détails", Card = new AdaptiveCard { Body = [new AdaptiveTextBlock { Text = "Détails" }] } },
        ],
    };

    private static AdaptiveCard Refresh() => new()
    {
        Refresh = new AdaptiveRefresh
        {
            Action = new AdaptiveExecuteAction { Verb = "refreshBilan", Data = new JsonObject { ["bilanId"] = "7" }, FallbackToSubmit = false },
            UserIds = ["29:1abc"],
        },
        Body = [new AdaptiveTextBlock { Text = "Bilan en cours", Wrap = true }],
    };
}
