using System.Globalization;
using ConventionBot.BotFramework.Builder;
using ConventionBot.Calendar;
using ConventionBot.Conventions;
using ConventionBot.Conversation;
using Microsoft.Extensions.Options;

namespace ConventionBot.Funding;

/// <summary>
/// A dossier file sent in the personal chat, with the item and the year in the same message ("rib 2023"): fetched
/// from Teams' download URL (SharePoint only; loopback in Development), checked as the upload page checks files, and
/// stored the same way. Anything wrong gets a French answer and stores nothing.
/// </summary>
internal sealed class DossierChatFiles(
    ConventionCatalog catalog, DossierService dossier, IHttpClientFactory http, IOptionsMonitor<DossierOptions> options,
    IHostEnvironment environment, ILogger<DossierService> logger) : IFileReceiver
{
    public const string HttpClientName = "teams-files";

    public async Task<BotReply> ReceiveAsync(ITurnContext turn, Caller caller, string text, IReadOnlyList<ReceivedFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(files);
        var l = caller.Language;
        if (caller.ConversationType != "personal")
        {
            return BotReply.WithText(DossierTexts.ChatFilesPersonalOnly(l));
        }
        var words = (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(CommandText.Normalize).ToList();
        var year = words.Select(w => int.TryParse(w, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null).FirstOrDefault(y => y is not null);
        var convention = year is { } asked ? catalog.All.Where(c => c.Years.Contains(asked)).MaxBy(c => c.StartDate) : null;
        var item = DossierItems.All(convention?.Contribution ?? catalog.Default.Contribution)
            .FirstOrDefault(d => words.Any(w => w == d.Id || d.Id.StartsWith(w + "-", StringComparison.Ordinal)));
        if (convention is null || item is null)
        {
            return BotReply.WithText(DossierTexts.ChatFilesWhich(l, DossierItems.All(catalog.Default.Contribution), catalog.Default.Years));
        }
        if (files.Count > 1)
        {
            return BotReply.WithText(DossierTexts.ChatFilesOneAtATime(l));
        }
        var file = files[0];
        if (!IsTeamsStorage(file.DownloadUrl))
        {
            DossierLog.UploadRefused(logger, "download URL outside Teams storage");
            return BotReply.WithText(DossierTexts.ChatFilesNotFromTeams(l));
        }
        var maxBytes = options.CurrentValue.MaxFileBytes;
        using var response = await http.CreateClient(HttpClientName).GetAsync(file.DownloadUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            return BotReply.WithText(DossierTexts.ChatFilesNotReceived(l));
        }
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return BotReply.WithText(DossierTexts.Problem(DossierUploadProblem.TooLarge, maxBytes));
        }
        var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var (upload, problem) = await DossierUploadReader.ReadFileAsync(body, file.Name, maxBytes, cancellationToken).ConfigureAwait(false);
        if (upload is null)
        {
            DossierLog.UploadRefused(logger, problem.ToString());
            return BotReply.WithText(DossierTexts.Problem(problem, maxBytes));
        }
        await using (upload.Content.ConfigureAwait(false))
        {
            var saved = await dossier.AddAsync(convention, year!.Value, item, upload, caller, cancellationToken).ConfigureAwait(false);
            return BotReply.WithText(DossierTexts.ChatFileStored(l, saved, item.Label, year.Value));
        }
    }

    // Teams hands personal-chat files out from the user's OneDrive (SharePoint): never fetch anything else.
    private bool IsTeamsStorage(Uri url) =>
        (url.Scheme == Uri.UriSchemeHttps && url.Host.EndsWith(".sharepoint.com", StringComparison.OrdinalIgnoreCase))
        || (environment.IsDevelopment() && url.IsLoopback);
}
