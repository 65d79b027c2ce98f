namespace ConventionBot.Scheduling;

/// <summary>Where a delivery stands: only <see cref="Pending"/> is ever sent.</summary>
internal static class DeliveryState
{
    public const string Pending = "pending";
    public const string Sent = "sent";

    /// <summary>The Connector answered 403/404: the bot was removed or blocked; the reference is marked inactive.</summary>
    public const string Gone = "gone";

    /// <summary>Not attempted, with the reason: no stored reference, an inactive one, or no longer targeted by the renderer.</summary>
    public const string Skipped = "skipped";

    /// <summary>Refused for good (bad request, too large) or still failing after every attempt.</summary>
    public const string Failed = "failed";
}
