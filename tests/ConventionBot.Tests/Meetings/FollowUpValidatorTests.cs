using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Meetings;
using static ConventionBot.Tests.Meetings.MeetingFixtures;

namespace ConventionBot.Tests.Meetings;

public sealed class FollowUpValidatorTests
{
    private static readonly Meeting Held = Meeting("COTECH", Utc(2024, 3, 5, 9), actions:
    [
        new FollowUpAction("Envoyer le calendrier", "Camille Martin", new DateOnly(2024, 3, 15), false),
        new FollowUpAction("Relancer les bailleurs", "Louis Durand", new DateOnly(2024, 3, 20), false),
    ]);

    private static FollowUpForm Form(params NewActionRow[] rows) =>
        new("Compte-rendu", "Décision 1", [true, false], [.. rows, .. Enumerable.Repeat(NewActionRow.Blank, FollowUpForm.NewRows - rows.Length)]);

    [Fact]
    public void Validate_DoneTicksAndOneNewAction_KeepsExistingFirst()
    {
        var result = FollowUpValidator.Validate(Form(new NewActionRow("Préparer le COPIL", "Louis Durand", "2024-04-10")), Held, [], Language.French);

        Assert.True(result.IsValid);
        Assert.Equal([true, false, false], result.Value!.Actions.Select(a => a.Done));
        Assert.Equal(new FollowUpAction("Préparer le COPIL", "Louis Durand", new DateOnly(2024, 4, 10), false), result.Value.Actions[2]);
    }

    [Fact]
    public void Validate_NewActionWithoutOwnerNorDueDate_PointsAtBothFields()
    {
        var result = FollowUpValidator.Validate(Form(NewActionRow.Blank, new NewActionRow("Préparer le COPIL", null, null)), Held, [], Language.French);

        Assert.False(result.IsValid);
        Assert.Equal(["new-due-1", "new-owner-1"], result.Errors.Keys.Order());
    }

    [Fact]
    public void Validate_OwnerWithoutText_AsksForTheAction()
    {
        var result = FollowUpValidator.Validate(Form(new NewActionRow(null, "Louis Durand", "2024-04-10")), Held, [], Language.French);

        Assert.Equal(["new-text-0"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_UnreadableDueDate_SaysWhatWasTyped()
    {
        var result = FollowUpValidator.Validate(Form(new NewActionRow("Préparer le COPIL", "Louis Durand", "fin avril")), Held, [], Language.French);

        Assert.Contains("«\u00A0fin avril\u00A0»", result.Errors["new-due-0"], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MinutesTooLong_IsRefused()
    {
        var form = Form() with { Minutes = new string('x', FollowUpValidator.MinutesMax + 1) };

        var result = FollowUpValidator.Validate(form, Held, [], Language.French);

        Assert.Equal(["minutes"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_OneActionTooMany_IsRefusedOnItsRow()
    {
        var full = Held with { Actions = [.. Enumerable.Repeat(Held.Actions[0], FollowUpValidator.ActionsMax - 1)] };
        var form = new FollowUpForm(null, null, [], [new NewActionRow("A", "B", "2024-04-10"), new NewActionRow("C", "D", "2024-04-10"), NewActionRow.Blank]);

        var result = FollowUpValidator.Validate(form, full, [], Language.French);

        Assert.Equal(["new-text-1"], result.Errors.Keys);
    }

    private static readonly Rsvp[] Answers =
    [
        new("aad-louis", "Louis Durand", true, Utc(2024, 3, 1, 9)),
        new("aad-camille", "Camille Martin", false, Utc(2024, 3, 1, 9)),
    ];

    [Fact]
    public void Validate_AttendeesTickedAndOthersTyped_EachNameOnceTickedFirst()
    {
        var form = Form() with { Attendees = "aad-camille,unknown-id", Others = "Marie Curie, Paul Dupont\ncamille martin;\n  \nJeanne Roux" };

        var result = FollowUpValidator.Validate(form, Held, Answers, Language.French);

        Assert.Equal(["Camille Martin", "Marie Curie", "Paul Dupont", "Jeanne Roux"], result.Value!.Participants);
    }

    [Fact]
    public void Validate_OtherNameTooLong_IsAFieldErrorUnderTheOthersInput()
    {
        var form = Form() with { Others = "Marie Curie\n" + new string('x', Attendance.NameMax + 1) };

        var result = FollowUpValidator.Validate(form, Held, Answers, Language.French);

        Assert.Null(result.Value);
        Assert.StartsWith("Nom trop long (au plus 80 caractères)", result.Errors[Attendance.OthersId], StringComparison.Ordinal);
    }

    [Fact]
    public void Prefill_NothingRecordedYet_TicksThoseWhoAnsweredParticipe()
    {
        var (attendees, others) = Attendance.Prefill(Held, Answers);

        Assert.Equal("aad-louis", attendees);
        Assert.Null(others);
    }

    [Fact]
    public void Prefill_AttendanceRecorded_TicksTheRecordedAnswersAndListsTheOthers()
    {
        var (attendees, others) = Attendance.Prefill(Held with { Participants = ["Camille Martin", "Marie Curie"] }, Answers);

        Assert.Equal("aad-camille", attendees);
        Assert.Equal("Marie Curie", others);
    }
}
