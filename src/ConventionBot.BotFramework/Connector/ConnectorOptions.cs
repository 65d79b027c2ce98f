using System.ComponentModel.DataAnnotations;

namespace ConventionBot.BotFramework.Connector;

/// <summary>Settings of the outbound Connector client, section <c>Connector</c>.</summary>
public sealed class ConnectorOptions : IValidatableObject
{
    public const string SectionName = "Connector";

    /// <summary>Hosts that may receive connector calls, each with its subdomains; null keeps <see cref="DefaultAllowedHosts"/>.</summary>
    public IReadOnlyList<string>? AllowedHosts { get; set; }

    /// <summary>Allows http(s)://localhost and loopback addresses (the Agents Playground); Development only.</summary>
    public bool AllowLocalhost { get; set; }

    [Range(1, 10)]
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First backoff delay; later ones grow exponentially with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A 429 asking to wait longer than this is not retried but surfaced to the caller.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(1);

    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Sends allowed per conversation and window; null keeps <see cref="DefaultConversationRateLimits"/>.</summary>
    public IReadOnlyList<RateLimitRule>? ConversationRateLimits { get; set; }

    /// <summary>
    /// Sends allowed for the whole app (every conversation together) and window; null keeps <see cref="DefaultAppRateLimits"/>.
    /// Several instances each apply it on their own: divide it by the instance count when scaling out.
    /// </summary>
    public IReadOnlyList<RateLimitRule>? AppRateLimits { get; set; }

    /// <summary>Entra authority host; the tenant is appended. Override for sovereign clouds or tests.</summary>
    public Uri TokenAuthorityHost { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>False skips MSAL instance discovery, needed for an authority host MSAL does not know.</summary>
    public bool ValidateTokenAuthority { get; set; } = true;

    /// <summary>Bot Framework protocol §2.4 defaults.</summary>
    public static IReadOnlyList<string> DefaultAllowedHosts { get; } =
    [
        "botframework.com", "smba.trafficmanager.net", "teams.microsoft.com", "teams.microsoft.us",
        "graph.microsoft.com", "sharepoint.com", "svc.ms", "blob.core.windows.net",
    ];

    /// <summary>Teams per-bot, per-conversation send limits (7/1 s, 8/2 s, 60/30 s).</summary>
    public static IReadOnlyList<RateLimitRule> DefaultConversationRateLimits { get; } =
    [
        new(7, TimeSpan.FromSeconds(1)), new(8, TimeSpan.FromSeconds(2)), new(60, TimeSpan.FromSeconds(30)),
    ];

    /// <summary>
    /// Teams' per-app limit (50 requests/s), over a window 2 % longer than a second: the service counts requests
    /// when they arrive, and a request that arrives a few milliseconds late must not push the next second over.
    /// </summary>
    public static IReadOnlyList<RateLimitRule> DefaultAppRateLimits { get; } = [new(50, TimeSpan.FromMilliseconds(1020))];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AllowedHosts?.Any(string.IsNullOrWhiteSpace) == true)
        {
            yield return new ValidationResult("AllowedHosts entries must not be empty.", [nameof(AllowedHosts)]);
        }

        if (ConversationRateLimits?.Any(r => r.Limit < 1 || r.Window <= TimeSpan.Zero) == true)
        {
            yield return new ValidationResult("Each rate limit needs Limit >= 1 and a positive Window.", [nameof(ConversationRateLimits)]);
        }

        if (AppRateLimits?.Any(r => r.Limit < 1 || r.Window <= TimeSpan.Zero) == true)
        {
            yield return new ValidationResult("Each rate limit needs Limit >= 1 and a positive Window.", [nameof(AppRateLimits)]);
        }
    }
}
