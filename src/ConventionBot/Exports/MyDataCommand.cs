using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Cards;
using ConventionBot.Conversation;
using ConventionBot.Privacy.Contract;

namespace ConventionBot.Exports;

/// <summary>
/// <c>mes données</c> (RGPD art. 15), in the person's personal chat only: what is stored about them, counted by table,
/// and signed links to all of it as JSON and CSV. Elsewhere the links would be shown to the whole group.
/// </summary>
internal sealed class MyDataCommand(IPersonalDataReader reader, ExportLinks links) : IBotCommand
{
    public IReadOnlyList<string> Keywords { get; } = ["mes", "my"];

    public CommandHelp Help(Language language) => new(
        91, language.Pick("mes données", "my data"),
        language.Pick("tout ce que je conserve à votre sujet, en JSON et CSV (en conversation privée)",
            "everything I keep about you, as JSON and CSV (in a personal chat)"));

    public async Task<BotReply> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (caller, l) = (request.Caller, request.Caller.Language);
        if (caller.ConversationType != "personal")
        {
            return BotReply.WithText(l.Pick(
                "Vos données ne s’affichent que dans notre conversation privée, pour que personne d’autre ne les voie : écrivez-y « mes données ».",
                "Your data is only shown in our personal chat, so that nobody else sees it: write “my data” there."));
        }
        if (caller.AadObjectId is not { Length: > 0 } id)
        {
            return BotReply.WithText(l.Pick(
                "Teams ne m’a pas transmis votre identifiant Microsoft Entra : je ne peux pas retrouver vos données. Adressez-vous au délégué à la protection des données.",
                "Teams did not give me your Microsoft Entra id: I cannot find your data. Write to the data protection officer."));
        }
        var data = await reader.ReadAsync(id, cancellationToken).ConfigureAwait(false);
        var json = links.Create(ExportEndpoint.PersonalDataPath(id, "json"));
        var csv = links.Create(ExportEndpoint.PersonalDataPath(id, "csv"));
        var title = l.Pick("Vos données", "Your data");
        var tables = data.Rows.GroupBy(r => r.Table).Select(g => $"{g.Key} ({g.Count()})");
        return BotReply.WithCard(CardParts.Card(
            [
                CardParts.Title(title),
                CardParts.Text(data.Rows.Count == 0
                    ? l.Pick("Je ne conserve aucune donnée à votre sujet.", "I keep no data about you.")
                    : l.Pick(
                        $"Je conserve {data.Rows.Count} enregistrement(s) qui vous concernent : {string.Join(", ", tables)}. Les fichiers les donnent en entier, avec vos noms et identifiants.",
                        $"I keep {data.Rows.Count} record(s) about you: {string.Join(", ", tables)}. The files hold them whole, with your names and ids.")),
                CardParts.Text(l.Pick(
                    $"Ces liens s’ouvrent sans connexion Teams jusqu’au {DateText.Moment(json.ExpiresAt, l)} : gardez-les pour vous.",
                    $"These links open without Teams sign-in until {DateText.Moment(json.ExpiresAt, l)}: keep them to yourself.")),
            ],
            [
                new AdaptiveOpenUrlAction { Title = l.Pick("Télécharger (JSON)", "Download (JSON)"), Url = json.Url },
                new AdaptiveOpenUrlAction { Title = l.Pick("Télécharger (CSV)", "Download (CSV)"), Url = csv.Url },
            ],
            title));
    }
}
