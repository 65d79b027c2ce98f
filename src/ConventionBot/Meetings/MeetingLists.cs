using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.Meetings;

/// <summary>Builds the meetings list card from storage, for the command and for the buttons that come back to it.</summary>
internal sealed class MeetingLists(MeetingStore store, TimeProvider time)
{
    public async Task<AdaptiveCard> BuildAsync(Viewer viewer, CancellationToken cancellationToken, string? banner = null)
    {
        var meetings = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        var answers = await store.AllAnswersAsync(cancellationToken).ConfigureAwait(false);
        return MeetingListCard.Build(meetings, answers, viewer, time.GetUtcNow(), banner);
    }
}
