using ConventionBot.Bilans.Contract;
using ConventionBot.Conversation;
using ConventionBot.Scheduling;
using ConventionBot.Subscriptions.Contract;

namespace ConventionBot.Bilans;

/// <summary>
/// Chooses, when a review is made, the contributor conversations to tell (those the chantier was saved or submitted
/// from that the bot can still reach), and schedules the notice to them through the notification scheduler.
/// </summary>
public sealed class BilanReviewNotifier(
    INotificationScheduler scheduler, IReminderAudience audience, TimeProvider time, ILogger<BilanReviewNotifier> logger)
{
    public const string Kind = "bilan.review";

    // Conversation ids are short (under 200 characters): this keeps the payload far below the scheduler's limit.
    private const int MaxIdsLength = 20_000;

    /// <summary>Schedules the notice of the review that produced <paramref name="reviewed"/>; returns who it goes to.</summary>
    public async Task<ReviewReach> NotifyAsync(string conventionId, int year, ChantierBilan reviewed, Caller reviewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reviewed);
        ArgumentNullException.ThrowIfNull(reviewer);
        var known = reviewed.Contributors.Select(c => c.ConversationId).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        // The reviewer's personal chat shows the answer card; a group chat or channel is told anyway, as its other
        // members may not notice a card updated in place.
        var here = reviewer.ConversationType == "personal" ? reviewer.ConversationId : null;
        var reachable = await audience.ReachableAsync(known.Where(id => id != here), cancellationToken).ConfigureAwait(false);
        var targets = Bounded(reachable.Select(r => r.ConversationId));
        BilansLog.ReviewAudience(logger, conventionId, year, reviewed.Chantier, known.Count, targets.Count);
        if (targets.Count > 0)
        {
            var notice = new BilanNotice(conventionId, year, Chantier: reviewed.Chantier, Version: reviewed.Version, Conversations: targets);
            var key = $"bilan-review:{conventionId}:{year}:{reviewed.Chantier}:v{reviewed.Version}";
            await scheduler.ScheduleAsync(new ScheduledNotification(Kind, key, time.GetUtcNow(), notice.ToJson()), cancellationToken).ConfigureAwait(false);
        }
        return new ReviewReach(targets.Count, known.Count > 0 && known.All(id => id == here));
    }

    private static List<string> Bounded(IEnumerable<string> ids)
    {
        var length = 0;
        return [.. ids.TakeWhile(id => (length += id.Length + 3) <= MaxIdsLength)];
    }
}
