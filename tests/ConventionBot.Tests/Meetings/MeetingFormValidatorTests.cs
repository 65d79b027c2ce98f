using ConventionBot.Calendar;
using ConventionBot.Conversation;
using ConventionBot.Meetings;
using static ConventionBot.Tests.Meetings.MeetingFixtures;

namespace ConventionBot.Tests.Meetings;

public sealed class MeetingFormValidatorTests
{
    // Friday 1 March 2024, 10:00 in Paris.
    private static readonly DateTimeOffset Now = Utc(2024, 3, 1, 9);

    private static readonly MeetingForm Valid = new("COTECH", null, "2024-04-02", "10:00", "120", "Salle du conseil", "Bilan 2023", "1,5");

    private static Validated<MeetingDraft> Validate(MeetingForm form, Language language = Language.French) =>
        MeetingFormValidator.Validate(form, Convention, Now, language);

    [Fact]
    public void Validate_CompleteForm_GivesTheUtcInstantOfTheParisTime()
    {
        var result = Validate(Valid);

        Assert.True(result.IsValid);
        var draft = result.Value!;
        Assert.Equal(Utc(2024, 4, 2, 8), draft.Start);
        Assert.Equal(TimeSpan.FromMinutes(120), draft.Duration);
        Assert.Equal(new MeetingInstance("COTECH", null), draft.Instance);
        Assert.Equal([1, 5], draft.Chantiers);
    }

    [Theory]
    [InlineData("02/04/2024", "14h30")]
    [InlineData("2/4/2024", "14 h 30")]
    [InlineData("2024-04-02", "14:30:00")]
    public void Validate_DateAndTimeTypedByHand_AreRead(string date, string time)
    {
        var result = Validate(Valid with { Date = date, Time = time });

        Assert.Equal(Utc(2024, 4, 2, 12, 30), result.Value!.Start);
    }

    [Fact]
    public void Validate_UnreadableDate_SaysWhatWasTyped()
    {
        var result = Validate(Valid with { Date = "mardi prochain" });

        Assert.False(result.IsValid);
        Assert.Contains("«\u00A0mardi prochain\u00A0»", result.Errors["date"], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_DateInThePast_IsRefused()
    {
        var result = Validate(Valid with { Date = "2024-02-28" });

        Assert.Equal("Cette date est passée\u00A0: choisissez une date à venir.", result.Errors["date"]);
    }

    [Fact]
    public void Validate_EarlierHourToday_IsRefusedOnTheTime()
    {
        var result = Validate(Valid with { Date = "2024-03-01", Time = "09:30" });

        Assert.Equal(["time"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_DateMoreThanThreeYearsAhead_IsRefused()
    {
        var result = Validate(Valid with { Date = "2027-03-02" });

        Assert.Contains("trop lointaine", result.Errors["date"], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_HourSkippedWhenClocksGoForward_IsRefused()
    {
        var result = Validate(Valid with { Date = "2024-03-31", Time = "02:30" });

        Assert.Contains("heure d’été", result.Errors["time"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("601")]
    [InlineData("deux heures")]
    [InlineData("90.5")]
    public void Validate_DurationOutOfRangeOrUnreadable_IsRefused(string duration)
    {
        var result = Validate(Valid with { Duration = duration });

        Assert.Equal(["duration"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_AgendaTooLong_SaysTheLength()
    {
        var result = Validate(Valid with { Agenda = new string('a', 2001) });

        Assert.Equal("Texte trop long\u00A0: 2001 caractères pour 2000 au plus.", result.Errors["agenda"]);
    }

    [Fact]
    public void Validate_UnknownChantier_IsRefused()
    {
        var result = Validate(Valid with { Chantiers = "1,9" });

        Assert.Equal("Chantier inconnu\u00A0: «\u00A09\u00A0» (7 chantiers en tout).", result.Errors["chantiers"]);
    }

    [Fact]
    public void Validate_UnknownInstance_IsRefused()
    {
        var result = Validate(Valid with { Instance = "CODIR" });

        Assert.Contains("«\u00A0CODIR\u00A0»", result.Errors["instance"], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OtherInstanceWithoutLabel_AsksForOne()
    {
        var result = Validate(Valid with { Instance = MeetingInstance.Other });

        Assert.Equal(["label"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_WorkingGroupWithLabel_KeepsTheLabel()
    {
        var result = Validate(Valid with { Instance = "gt", Label = "Attributions" });

        Assert.Equal("Groupe de travail — Attributions", result.Value!.Instance.DisplayName(Language.French));
    }

    [Fact]
    public void Validate_BadLink_IsRefused()
    {
        var result = Validate(Valid with { Location = "https//teams" });

        Assert.Equal(["location"], result.Errors.Keys);
    }

    [Fact]
    public void Validate_SeveralMistakesInEnglish_ReportsEachField()
    {
        var result = Validate(Valid with { Date = "soon", Duration = "0", Chantiers = "12" }, Language.English);

        Assert.Equal(["chantiers", "date", "duration"], result.Errors.Keys.Order());
        Assert.StartsWith("Unreadable date", result.Errors["date"], StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PastModeMeetingAlreadyHeld_GivesItsInstant()
    {
        var result = MeetingFormValidator.Validate(Valid with { Date = "2023-11-14" }, Convention, Now, Language.French, MeetingFormMode.Past);

        Assert.True(result.IsValid);
        Assert.Equal(Utc(2023, 11, 14, 9), result.Value!.Start);
    }

    [Fact]
    public void Validate_PastModeFutureDate_IsRefusedAndPointsToPlanifier()
    {
        var result = MeetingFormValidator.Validate(Valid, Convention, Now, Language.French, MeetingFormMode.Past);

        Assert.False(result.IsValid);
        Assert.Equal("Cette date est à venir\u00A0: seule une réunion déjà tenue se consigne ici. Pour une réunion à venir, utilisez «\u00A0planifier\u00A0».", result.Errors["date"]);
    }

    [Fact]
    public void Validate_PastModeTodayLaterThanNow_RefusesTheTime()
    {
        var result = MeetingFormValidator.Validate(Valid with { Date = "2024-03-01", Time = "15:00" }, Convention, Now, Language.French, MeetingFormMode.Past);

        Assert.Equal("Cette heure n’est pas encore passée\u00A0: la réunion doit avoir commencé.", result.Errors["time"]);
        Assert.False(result.Errors.ContainsKey("date"));
    }

    [Fact]
    public void Validate_PastModeYearsBeforeTheConvention_IsRefusedWithTheEarliestDate()
    {
        var result = MeetingFormValidator.Validate(Valid with { Date = "2018-06-12" }, Convention, Now, Language.French, MeetingFormMode.Past);

        Assert.Equal("Date trop ancienne\u00A0: une réunion se consigne à partir du 01/03/2019.", result.Errors["date"]);
    }

    [Fact]
    public void Validate_UpcomingModePastDate_IsStillRefused()
    {
        var result = Validate(Valid with { Date = "2023-11-14" });

        Assert.Equal(FormTexts.PastDate(Language.French), result.Errors["date"]);
    }
}
