using ConventionBot.Access;
using Microsoft.Extensions.Options;

namespace ConventionBot.Meetings;

/// <summary>
/// Whether an Entra object id is an admin, for messages sent outside a turn (no activity to identify).
/// Same rule as <see cref="AccessPolicy"/>: the configured list, or anyone in Development when it is empty.
/// </summary>
internal sealed class AdminDirectory(IOptionsMonitor<AccessOptions> options, IHostEnvironment environment)
{
    public bool IsAdmin(string? aadObjectId)
    {
        var admins = options.CurrentValue.Admins;
        return (aadObjectId is not null && admins.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase))
            || (environment.IsDevelopment() && admins.Count == 0);
    }
}
