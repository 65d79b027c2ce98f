using ConventionBot.Tests.Bilans;
using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.BotFramework.Tests.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Meetings;
using static ConventionBot.Tests.Meetings.MeetingFixtures;

namespace ConventionBot.Tests.Meetings;

public sealed class MeetingCardsTests
{
    private static readonly DateTimeOffset Now = Utc(2024, 3, 1, 9);

    private static readonly Meeting Previous = Meeting("COTECH", Utc(2024, 2, 6, 9), MeetingStatus.Held, actions:
    [
        new FollowUpAction("Envoyer le calendrier des groupes de travail", "Camille Martin", new DateOnly(2024, 2, 20), false),
        new FollowUpAction("Relancer les bailleurs", "Louis Durand", new DateOnly(2024, 3, 20), false),
        new FollowUpAction("Réserver la salle", "Louis Durand", new DateOnly(2024, 2, 10), true),
    ]) with { Minutes = "Tour de table des chantiers.", Decisions = "Le COPIL aura lieu en avril." };

    private static readonly Meeting Next = Meeting("COTECH", Utc(2024, 4, 2, 8));

    private static readonly Meeting Online = Meeting(MeetingInstance.WorkingGroup, Utc(2024, 3, 12, 13)) with
    {
        Instance = new MeetingInstance(MeetingInstance.WorkingGroup, "Attributions"),
        Location = "https://teams.microsoft.com/l/meetup-join/abc",
    };

    // As long as a real signed link: the Data Protection token is some 200 characters of base64url.
    private static readonly Uri Invitation = new("https://conventionbot.azurewebsites.net/exports/meetings/abc123def456.ics?t=" + new string('T', 220));

    private static readonly Rsvp[] Answers =
    [
        new("11111111-1111-1111-1111-111111111111", "Camille Martin", true, Now),
        new("22222222-2222-2222-2222-222222222222", "Louis Durand", false, Now),
    ];

    [Fact]
    public async Task EveryMeetingCard_BothLanguagesAndTheirStates_PassTheOfficialParser()
    {
        var cards = new Dictionary<string, string>();
        foreach (var language in Enum.GetValues<Language>())
        {
            foreach (var (name, card) in Cards(language))
            {
                cards[$"{name}-{language}"] = AdaptiveCardJson.Serialize(card);
            }
        }

        var result = await new AdaptiveCardValidator().ValidateAsync(cards);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
    }

    [Fact]
    public void FormCard_AfterAnError_KeepsWhatWasTypedAndShowsTheMessageUnderTheField()
    {
        var form = new MeetingForm("COTECH", "Bilan", "2024-04-02", "10:00", "5", "Salle 3", "Ordre du jour", "1,5");
        var validated = MeetingFormValidator.Validate(form, Convention, Now, Language.French);

        var json = AdaptiveCardJson.Serialize(MeetingFormCard.Build(Convention, form, Language.French, validated.Errors));

        Assert.Contains("\"value\":\"Salle 3\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"Ordre du jour\"", json, StringComparison.Ordinal);
        Assert.Contains("\"value\":\"1,5\"", json, StringComparison.Ordinal);
        Assert.Contains("La durée doit être comprise entre 15 minutes et 10 heures.", json, StringComparison.Ordinal);
        Assert.Contains(FormTexts.Summary(Language.French), CardJson.Texts(json), StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingCard_ReminderOfNextCotech_ChasesThePreviousOpenActionsOnly()
    {
        var json = AdaptiveCardJson.Serialize(MeetingCard.Build(Next, Convention, MeetingHeadline.Reminder, Previous, Utc(2024, 3, 26, 9), null, Language.French));

        Assert.Contains("Rappel\u00A0: COTECH dans 7 jours", CardJson.Texts(json), StringComparison.Ordinal);
        Assert.Contains("Envoyer le calendrier des groupes de travail — Camille Martin, pour le 20/02/2024 ⚠ en retard", json, StringComparison.Ordinal);
        Assert.Contains("Relancer les bailleurs — Louis Durand, pour le 20/03/2024 ⚠ en retard", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Réserver la salle", json, StringComparison.Ordinal);
        Assert.Contains("\"verb\":\"meeting.rsvp\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MeetingListCard_ManyMeetingsSeenByAnAdmin_StaysUnderTheCardSizeCap()
    {
        var meetings = Enumerable.Range(0, 20).Select(i => Online with
        {
            Id = $"m{i:00}", Start = Now.AddDays((i * 7) - 70), Location = new string('l', MeetingFormValidator.LocationMax),
            Instance = new MeetingInstance(MeetingInstance.Other, new string('n', MeetingFormValidator.LabelMax)),
            Organizer = Online.Organizer with { AadObjectId = "11111111-1111-1111-1111-111111111111" },
        }).ToList();
        var admin = new Viewer("11111111-1111-1111-1111-111111111111", "Camille Martin", true, Language.French);

        var json = AdaptiveCardJson.Serialize(MeetingListCard.Build(meetings, Answers.ToLookup(_ => "m12"), Catalog, admin, Now));

        Assert.Contains(ListTexts.More(Language.French, 9 - MeetingListCard.UpcomingShown), json, StringComparison.Ordinal);
        Assert.Contains(ListTexts.More(Language.French, 11 - MeetingListCard.PastShown), json, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowUpAndReminderCards_EveryFieldAtItsLimit_StayUnderTheCardSizeCap()
    {
        var action = new FollowUpAction(new string('a', FollowUpValidator.ActionMax), new string('o', FollowUpValidator.OwnerMax), new DateOnly(2024, 3, 20), false);
        var full = Previous with
        {
            Location = new string('l', MeetingFormValidator.LocationMax), Agenda = new string('g', MeetingFormValidator.AgendaMax),
            Minutes = new string('m', FollowUpValidator.MinutesMax), Decisions = new string('d', FollowUpValidator.DecisionsMax),
            Actions = [.. Enumerable.Repeat(action, FollowUpValidator.ActionsMax)],
            Instance = new MeetingInstance(MeetingInstance.Other, new string('n', MeetingFormValidator.LabelMax)),
            Participants = [.. Enumerable.Range(0, Attendance.TextMax / (Attendance.NameMax + 2)).Select(i => i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture) + new string('p', Attendance.NameMax - 3))],
        };
        Rsvp[] answers = [.. Enumerable.Range(0, Attendance.ChoicesMax + 3).Select(i => new Rsvp(Guid.NewGuid().ToString(), new string('r', 40) + i.ToString(System.Globalization.CultureInfo.InvariantCulture), i % 2 == 0, Now))];
        var rows = Enumerable.Repeat(new NewActionRow(action.Text, action.Owner, "2024-04-10"), FollowUpForm.NewRows).ToList();
        var errors = FollowUpValidator.Validate(FollowUpForm.From(full, answers) with { NewActions = rows }, full, answers, Language.French).Errors;

        AdaptiveCardJson.Serialize(FollowUpCard.Form(full, FollowUpForm.From(full, answers) with { NewActions = rows }, answers, Language.French, errors, NoticeTexts.FollowUpIntro(Language.French), stale: true));
        AdaptiveCardJson.Serialize(FollowUpCard.View(full, Convention, Language.French, canEdit: true, NoticeTexts.FollowUpSaved(Language.French)));
        AdaptiveCardJson.Serialize(MeetingCard.Build(full with { Id = "next", Start = Utc(2024, 4, 2, 8) }, Convention, MeetingHeadline.Reminder, full, Now, Answers[0], Language.French, Invitation));
        AdaptiveCardJson.Serialize(ConfirmationCard.Build(full, Convention, MeetingTexts.Edited(Language.French), ReminderPlanner.Plan(Next.Start, RemindersOptions.DefaultOffsets, Now), Language.French, Invitation));
        AdaptiveCardJson.Serialize(MeetingFormCard.Build(Convention, MeetingForm.From(full), Language.French, errors, full, stale: true));

        Assert.NotEmpty(errors);
    }

    private static IEnumerable<(string Name, AdaptiveCard Card)> Cards(Language language)
    {
        var badForm = new MeetingForm("AUTRE", null, "bientôt", "25h", "1000", "https//x", new string('a', 2001), "9");
        var errors = MeetingFormValidator.Validate(badForm, Convention, Now, language).Errors;
        var answers = Answers.ToLookup(_ => Next.Id);
        var admin = new Viewer("11111111-1111-1111-1111-111111111111", "Camille Martin", true, language);
        var reader = new Viewer("33333333-3333-3333-3333-333333333333", "Lou Reader", false, language);
        Meeting[] all = [Previous, Next, Online, Meeting("COPIL", Utc(2024, 4, 9, 8), MeetingStatus.Cancelled)];
        var followUpErrors = FollowUpValidator.Validate(
            new FollowUpForm(null, null, [true, false, false], [new NewActionRow("Préparer", null, "fin avril"), NewActionRow.Blank, NewActionRow.Blank]), Previous, [], language).Errors;
        var alert = CheckpointPlanner.Upcoming([Convention], GovernanceOptions.DefaultCheckpoints, Now)[0];

        yield return ("form-new", MeetingFormCard.Build(Convention, MeetingForm.Empty, language));
        yield return ("form-errors", MeetingFormCard.Build(Convention, badForm, language, errors));
        yield return ("form-edit", MeetingFormCard.Build(Convention, MeetingForm.From(Next), language, editing: Next));
        yield return ("form-stale", MeetingFormCard.Build(Convention, MeetingForm.From(Next) with { Agenda = "Mon texte" }, language, editing: Online, stale: true));
        yield return ("confirm-scheduled", ConfirmationCard.Build(Next, Convention, MeetingTexts.Scheduled(language), ReminderPlanner.Plan(Next.Start, RemindersOptions.DefaultOffsets, Now), language, Invitation));
        yield return ("confirm-no-reminder", ConfirmationCard.Build(Online, Convention, MeetingTexts.Edited(language), [], language));
        yield return ("confirm-cancelled", ConfirmationCard.Build(Next with { Status = MeetingStatus.Cancelled }, Convention, MeetingTexts.Cancelled(language), [], language, Invitation));
        yield return ("list-admin", MeetingListCard.Build(all, answers, Catalog, admin, Now));
        yield return ("list-reader", MeetingListCard.Build(all, answers, Catalog, reader, Now, "Cette réunion n’existe plus."));
        yield return ("list-empty", MeetingListCard.Build([], Array.Empty<Rsvp>().ToLookup(_ => ""), Catalog, reader, Now));
        yield return ("reminder-answered", MeetingCard.Build(Next, Convention, MeetingHeadline.Reminder, Previous, Now, Answers[0], language, Invitation));
        yield return ("notice-online", MeetingCard.Build(Online, Convention, MeetingHeadline.Scheduled, null, Now, null, language, Invitation));
        yield return ("notice-cancelled", MeetingCard.Build(Next with { Status = MeetingStatus.Cancelled }, Convention, MeetingHeadline.Cancelled, Previous, Now, null, language, Invitation));
        yield return ("cancel", CancelCard.Build(Next, Convention, language));
        yield return ("cancel-changed", CancelCard.Build(Online, Convention, language, changedMeanwhile: true));
        yield return ("participants", ParticipantsCard.Build(Next, Answers, language));
        yield return ("participants-none", ParticipantsCard.Build(Next, [], language));
        yield return ("followup-intro", FollowUpCard.Form(Previous, FollowUpForm.From(Previous, []), [], language, intro: NoticeTexts.FollowUpIntro(language)));
        yield return ("followup-errors-stale", FollowUpCard.Form(Previous, FollowUpForm.From(Previous, []), [], language, followUpErrors, stale: true));
        yield return ("followup-first", FollowUpCard.Form(Next, FollowUpForm.From(Next, Answers), Answers, language));
        yield return ("followup-view", FollowUpCard.View(Previous, Convention, language, canEdit: true, NoticeTexts.FollowUpSaved(language)));
        yield return ("followup-view-empty", FollowUpCard.View(Next, Convention, language, canEdit: false));
        var held = Previous with { Status = MeetingStatus.Held, Participants = ["Louis Durand", "Marie Curie"] };
        yield return ("form-record", MeetingFormCard.Build(Convention, MeetingForm.Empty, language, errors, mode: MeetingFormMode.Past));
        yield return ("form-edit-held", MeetingFormCard.Build(Convention, MeetingForm.From(held), language, editing: held, stale: true, mode: MeetingFormMode.Past));
        yield return ("followup-attendance", FollowUpCard.Form(held, FollowUpForm.From(held, Answers), Answers, language, intro: MeetingTexts.Recorded(language)));
        yield return ("followup-view-held", FollowUpCard.View(held, Convention, language, canEdit: true, canEditMeeting: true));
        yield return ("list-admin-held", MeetingListCard.Build([held, Next], answers, Catalog, admin, Now));
        yield return ("checkpoint", CheckpointCard.Build(Convention, alert, all, language));
        yield return ("report-convention", new AdaptiveCard { Body = [.. ReportSections.Convention(Convention, all, language)] });
        yield return ("report-chantier", new AdaptiveCard { Body = [.. ReportSections.Chantier(Convention, Convention.Chantiers[0], all, Now, language)] });
        yield return ("report-chantier-none", new AdaptiveCard { Body = [.. ReportSections.Chantier(Convention, Convention.Chantiers[6], all, Now, language)] });
    }
}
