using ConventionBot.BotFramework.AdaptiveCards;
using ConventionBot.Conventions;

namespace ConventionBot.Meetings;

/// <summary>Builds the meetings list card through <see cref="MeetingService"/>, for the command and for the buttons that come back to it.</summary>
internal sealed class MeetingLists(MeetingService meetings, ConventionCatalog catalog, TimeProvider time)
{
    public async Task<AdaptiveCard> BuildAsync(Viewer viewer, CancellationToken cancellationToken, string? banner = null)
    {
        var all = await meetings.ListAsync(cancellationToken).ConfigureAwait(false);
        var answers = await meetings.AllAnswersAsync(cancellationToken).ConfigureAwait(false);
        return MeetingListCard.Build(all, answers, catalog, viewer, time.GetUtcNow(), banner);
    }
}
