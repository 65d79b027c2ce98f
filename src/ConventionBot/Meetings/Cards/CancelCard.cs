using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using static ConventionBot.Cards.CardParts;
using static ConventionBot.Meetings.MeetingCardParts;

namespace ConventionBot.Meetings;

/// <summary>"Cancel this meeting?": the confirmation carries the ETag, so a meeting changed meanwhile is not cancelled blindly.</summary>
internal static class CancelCard
{
    public static AdaptiveCard Build(Meeting meeting, ConventionDefinition convention, Language language, bool changedMeanwhile = false)
    {
        var name = Name(meeting, language);
        var when = DateText.Moment(meeting.Start, language);
        var body = new List<AdaptiveElement>();
        if (changedMeanwhile)
        {
            body.Add(Banner(ListTexts.ChangedSinceConfirm(language), AdaptiveTextColor.Attention));
        }
        body.Add(Title(ListTexts.ConfirmCancel(language, name, when)));
        body.AddRange(Details(meeting, convention, language));
        return new AdaptiveCard
        {
            Body = body,
            Actions =
            [
                Button(ListTexts.ConfirmCancelButton(language), MeetingVerbs.ConfirmCancel, MeetingCardData.ForMeeting(meeting, withETag: true), AdaptiveActionStyle.Destructive),
                Navigate(ListTexts.KeepButton(language), MeetingVerbs.List),
            ],
            FallbackText = ListTexts.ConfirmCancel(language, name, when),
        };
    }
}
