using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using ConventionBot.Journal;
using ConventionBot.Privacy;
using ConventionBot.Privacy.Contract;
using ConventionBot.Storage;
using ConventionBot.Tests.Bilans;
using ConventionBot.Tests.Funding;
using Microsoft.Extensions.DependencyInjection;

namespace ConventionBot.Tests.Privacy;

/// <summary>
/// Personal data through <c>/api/messages</c> and the signed links, on Azurite: <c>mes données</c> gives a person every
/// row about them and nobody else's; erasing them leaves a pseudonym everywhere and the record whole.
/// </summary>
public sealed class PersonalDataTests : IAsyncLifetime
{
    private BilanApp _app = null!;

    public async Task InitializeAsync()
    {
        _app = await BilanApp.StartAsync();
        await _app.SayAsync(TestUser.Alice, "abonner");
        await _app.SayAsync(TestUser.Bob, "abonner");
        await BilanSteps.OpenCampaignAsync(_app);
        await BilanSteps.SubmitAsync(_app, TestUser.Alice, 5, "Trois ateliers avec les bailleurs.");
        await BilanSteps.SubmitAsync(_app, TestUser.Bob, 4, "Deux réunions.");
        await DelaySteps.AskAsync(_app, TestUser.Alice, 3, "2027-03-15", "Chiffres attendus en février.");
        var form = await _app.SayAsync(TestUser.Admin, "bilan 2023 5");
        await _app.ClickAsync(TestUser.Admin, form, "bilan.requestChanges", new Dictionary<string, string> { ["reviewComment"] = "Précisez les bailleurs." });
        var funding = await _app.SayAsync(TestUser.Alice, "financement 2023");
        Assert.Equal(201, (await DossierSteps.PostFileAsync(_app.Client, DossierSteps.UploadLink(funding, "rib"), "RIB.pdf", DossierSteps.Pdf)).Status);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task MyData_InPersonalChat_LinksToEveryRowAboutThePerson_AndNothingAboutOthers()
    {
        var card = await _app.SayAsync(TestUser.Alice, "mes données");
        var links = CardJson.Links(card);

        var json = JsonDocument.Parse(await _app.Client.GetStringAsync(links[0].PathAndQuery)).RootElement;
        var csv = await _app.Client.GetByteArrayAsync(links[1].PathAndQuery);

        Assert.Contains("Je conserve", CardJson.Texts(card), StringComparison.Ordinal);
        var person = json.GetProperty("person");
        Assert.Equal(TestUser.Alice.AadObjectId, person.GetProperty("aadObjectId").GetString());
        Assert.Equal(["Alice Hlm"], person.GetProperty("names").EnumerateArray().Select(n => n.GetString()));
        Assert.Equal(
            new[] { TestUser.Alice.Id, TestUser.Alice.ConversationId, TestUser.Alice.AadObjectId }.Order(StringComparer.Ordinal),
            person.GetProperty("identifiers").EnumerateArray().Select(n => n.GetString()));
        var rows = json.GetProperty("rows").EnumerateArray().ToList();
        var tables = rows.Select(r => r.GetProperty("table").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Bilans", "Journal", "Subscriptions", "ConversationReferences", "DossierFiles" }, tables);
        Assert.Contains(rows, r => r.GetProperty("rowKey").GetString() == "chantier|05"
            && r.GetProperty("properties").GetProperty("Actions").GetString() == "Trois ateliers avec les bailleurs.");
        Assert.Contains(rows, r => r.GetProperty("rowKey").GetString() == "delay|03" && r.GetProperty("mentions").EnumerateArray().Any(m => m.GetString() == "Delay"));
        Assert.DoesNotContain(rows, r => r.GetRawText().Contains(TestUser.Bob.AadObjectId, StringComparison.Ordinal) || r.GetRawText().Contains("Deux réunions", StringComparison.Ordinal));
        var text = Encoding.UTF8.GetString(csv);
        Assert.StartsWith("\uFEFFTable;Partition;Ligne;Propriété;Valeur;Vous concerne\r\n", text, StringComparison.Ordinal);
        Assert.Contains(";chantier|05;Actions;Trois ateliers avec les bailleurs.;\r\n", text, StringComparison.Ordinal);
        Assert.Contains(";By;Alice Hlm;oui\r\n", text, StringComparison.Ordinal); // The version she submitted.
        Assert.Matches(@";chantier\|05;Contributors;""\[\{""""AadObjectId"""":""""bbbbbbbb-[^\r]*"";oui\r\n", text); // Sent back since: her name is among the contributors.
    }

    [Fact]
    public async Task MyDataLinks_TamperedOrForAnotherPerson_AreRefused()
    {
        var link = CardJson.Links(await _app.SayAsync(TestUser.Alice, "mes données"))[0].PathAndQuery;

        var tampered = await _app.Client.GetAsync(link[..^3] + (link[^3..] == "abc" ? "abd" : "abc"));
        var otherPerson = await _app.Client.GetAsync(link.Replace(TestUser.Alice.AadObjectId, TestUser.Bob.AadObjectId, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherPerson.StatusCode);
    }

    [Fact]
    public async Task MyData_InAGroupChat_IsRefusedWithoutShowingAnything()
    {
        var answer = await _app.SayAsync(TestUser.Alice with { ConversationId = "19:group@thread.v2", ConversationType = "groupChat" }, "mes données");

        Assert.Equal(
            "Vos données ne s’affichent que dans notre conversation privée, pour que personne d’autre ne les voie\u00A0: écrivez-y «\u00A0mes données\u00A0».",
            CardJson.Shown(answer));
    }

    [Fact]
    public async Task Erase_ReplacesTheIdentityEverywhere_KeepsTheRecordAndJournalsIt()
    {
        var search = await _app.SayAsync(TestUser.Admin, "effacer alice");
        var done = await _app.ClickAsync(TestUser.Admin, search, EraseCommand.Verb);

        Assert.Contains("Alice Hlm (identifiant bbbbbbbb-0000-0000-0000-000000000002)\u00A0: mentionné·e dans", CardJson.Texts(search), StringComparison.Ordinal);
        var pseudonym = System.Text.RegularExpressions.Regex.Match(CardJson.Texts(done), "Personne effacée [0-9A-F]{6}").Value;
        Assert.NotEmpty(pseudonym);
        var everything = await DumpAsync();
        foreach (var trace in new[] { "Alice Hlm", TestUser.Alice.AadObjectId, TestUser.Alice.Id, TestUser.Alice.ConversationId })
        {
            Assert.DoesNotContain(trace, everything, StringComparison.Ordinal);
        }
        Assert.Contains("Bob Hlm", everything, StringComparison.Ordinal);
        Assert.Empty((await _app.Services.GetRequiredService<IPersonalDataReader>().ReadAsync(TestUser.Alice.AadObjectId, CancellationToken.None)).Rows);

        var bilan = CardJson.Texts(await _app.SayAsync(TestUser.Admin, "bilan 2023 5"));
        Assert.Contains("Trois ateliers avec les bailleurs.", bilan, StringComparison.Ordinal);
        Assert.Contains(pseudonym, bilan, StringComparison.Ordinal);
        var journal = (await _app.Services.GetRequiredService<AuditJournal>().ReadAsync(JournalQuery.All, null, 20, CancellationToken.None)).Entries;
        Assert.Equal("Données personnelles", journal[0].Subject);
        Assert.Contains($"« {pseudonym} »", journal[0].Summary, StringComparison.Ordinal);
        Assert.Equal(TestUser.Admin.AadObjectId, journal[0].ActorId);
        Assert.Contains(journal, e => e.ActorName == pseudonym && e.Summary == "soumis (version 1)");
    }

    [Fact]
    public async Task Erase_MovesRowsKeyedByTheirTeamsId_AndReplacesTheirLineInNameLists()
    {
        var table = await _app.Services.GetRequiredService<TableProvider>().GetAsync("PrivacyProbe");
        await table.AddEntityAsync(new TableEntity("meeting-1", TableKey.Escape(TestUser.Alice.Id)) { ["UserId"] = TestUser.Alice.Id, ["Name"] = "Alice Hlm", ["Attending"] = true });
        await table.AddEntityAsync(new TableEntity("meeting-1", "meeting") { ["Participants"] = "Claire Métropole\nAlice Hlm\nJean Externe", ["Agenda"] = "Alice Hlm présente le bilan." });

        var done = await _app.ClickAsync(TestUser.Admin, await _app.SayAsync(TestUser.Admin, "effacer bbbbbbbb-0000-0000-0000-000000000002"), EraseCommand.Verb);

        var pseudonym = System.Text.RegularExpressions.Regex.Match(CardJson.Texts(done), "Personne effacée ([0-9A-F]{6})");
        var rows = await table.QueryAsync<TableEntity>().ToListAsync();
        var answer = Assert.Single(rows, r => r.RowKey != "meeting");
        Assert.Equal($"erased-{pseudonym.Groups[1].Value.ToLowerInvariant()}", answer.RowKey);
        Assert.Equal(pseudonym.Value, answer.GetString("Name"));
        Assert.True(answer.GetBoolean("Attending"));
        var meeting = Assert.Single(rows, r => r.RowKey == "meeting");
        Assert.Equal($"Claire Métropole\n{pseudonym.Value}\nJean Externe", meeting.GetString("Participants"));
        Assert.Equal("Alice Hlm présente le bilan.", meeting.GetString("Agenda")); // Free text is the record's: names inside it are not guessed at.
    }

    [Fact]
    public async Task Erase_ByANonAdminOrOfNobody_ChangesNothing()
    {
        var search = await _app.SayAsync(TestUser.Admin, "effacer bob");
        var before = await DumpAsync();

        var refused = await _app.SayAsync(TestUser.Alice, "effacer bob");
        var refusedClick = await _app.ClickAsync(TestUser.Alice, search, EraseCommand.Verb);
        var nobody = await _app.SayAsync(TestUser.Admin, "effacer zorglub");

        Assert.Contains("Seuls les administrateurs", CardJson.Shown(refused), StringComparison.Ordinal);
        Assert.Contains("Seuls les administrateurs", CardJson.Shown(refusedClick), StringComparison.Ordinal);
        Assert.Equal("Je ne connais personne qui corresponde à «\u00A0zorglub\u00A0»\u00A0: donnez une partie du nom affiché dans Teams, ou l’identifiant Microsoft Entra.", CardJson.Shown(nobody));
        Assert.Equal(before, await DumpAsync());
    }

    /// <summary>Every row of every table of the app, as the backup writes them.</summary>
    private async Task<string> DumpAsync()
    {
        var tables = await _app.Services.GetRequiredService<PersonalDataScanner>().LoadAsync(CancellationToken.None);
        return string.Join('\n', tables.SelectMany(t => t.Rows).Select(TableBackup.ToLine));
    }
}
