namespace ConventionBot.Bilans;

/// <summary>Who a review is told to: how many contributor conversations will get the notice.</summary>
/// <param name="Conversations">Contributor conversations the notice goes to.</param>
/// <param name="OnlyHere">The only contributor conversation known is the reviewer's own chat, where the answer is shown.</param>
public sealed record ReviewReach(int Conversations, bool OnlyHere);
