using System.Text.Json.Nodes;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conversation;

namespace ConventionBot.Privacy;

/// <summary>
/// <c>effacer dupont</c> (admins): finds the people whose name or Microsoft Entra id matches, says what erasing them
/// does, and erases the one whose button is clicked (<see cref="PersonErasure"/>).
/// </summary>
internal sealed class EraseCommand(PersonalDataScanner scanner, PersonErasure erasure) : IBotCommand, ICardAction
{
    public const string Verb = "privacy.erase";
    public const string PersonKey = "person";

    /// <summary>The most people a search offers (one button each).</summary>
    public const int MaxPeople = 5;

    public IReadOnlyList<string> Keywords { get; } = ["effacer", "erase"];

    public IReadOnlyList<string> Verbs { get; } = [Verb];

    public CommandHelp Help(Language language) => new(
        92, language.Pick("effacer dupont", "erase dupont"),
        language.Pick("remplacer l’identité d’une personne par un pseudonyme, le dossier restant intact (administrateurs)",
            "replace a person’s identity with a pseudonym, the record staying whole (administrators)"));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var l = request.Caller.Language;
        if (!request.Caller.IsAdmin)
        {
            return BotReply.WithText(ConversationTexts.AdminOnly(l));
        }
        if (request.Arguments.Length == 0)
        {
            return BotReply.WithText(PrivacyTexts.WhoToErase(l));
        }
        var tables = await scanner.LoadAsync(cancellationToken).ConfigureAwait(false);
        var rows = tables.SelectMany(t => t.Rows).ToList();
        var wanted = CommandText.Normalize(request.Arguments);
        var found = PersonalValues.People(rows)
            .Where(p => string.Equals(p.Key, request.Arguments.Trim(), StringComparison.OrdinalIgnoreCase)
                || p.Value.Any(name => CommandText.Normalize(name).Contains(wanted, StringComparison.Ordinal)))
            .OrderBy(p => p.Value.FirstOrDefault() ?? p.Key, StringComparer.CurrentCulture)
            .ToList();
        if (found.Count == 0)
        {
            return BotReply.WithText(PrivacyTexts.NobodyFound(l, request.Arguments));
        }
        var shown = found.Take(MaxPeople).Select(p =>
        {
            var person = PersonalValues.Resolve(p.Key, rows);
            var mark = PersonalValues.Replacer(person, "", "");
            return (Id: p.Key, Name: p.Value.FirstOrDefault() ?? p.Key, Names: p.Value, Rows: rows.Count(r => PersonalValues.Mentions(r, person, mark).Count > 0));
        }).ToList();
        var title = PrivacyTexts.EraseTitle(l);
        return BotReply.WithCard(CardParts.Card(
            [
                CardParts.Title(title),
                CardParts.Text(PrivacyTexts.EraseExplained(l)),
                .. shown.Select(p => CardParts.Bullet(PrivacyTexts.Candidate(l, string.Join(", ", p.Names), p.Id, p.Rows))),
                .. found.Count > MaxPeople ? [CardParts.Subtle(PrivacyTexts.MorePeople(l, found.Count - MaxPeople))] : Array.Empty<AdaptiveElement>(),
            ],
            shown.Select(p => CardParts.Navigate(PrivacyTexts.EraseButton(l, p.Name), Verb, new JsonObject { [PersonKey] = p.Id })),
            title));
    }

    public async Task<BotReply> ExecuteAsync(CardActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var l = request.Caller.Language;
        if (!request.Caller.IsAdmin)
        {
            return BotReply.WithText(ConversationTexts.AdminOnly(l));
        }
        if (CardData.Text(request.Data, PersonKey) is not { Length: > 0 } id)
        {
            return BotReply.WithText(PrivacyTexts.WhoToErase(l));
        }
        var done = await erasure.EraseAsync(id, request.Caller, cancellationToken).ConfigureAwait(false);
        var title = PrivacyTexts.ErasedTitle(l);
        return BotReply.WithCard(CardParts.Card(
            [CardParts.Title(title), CardParts.Text(PrivacyTexts.Erased(l, done))],
            [],
            title));
    }
}
