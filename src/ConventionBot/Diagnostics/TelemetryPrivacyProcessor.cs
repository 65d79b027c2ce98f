using System.Diagnostics;
using OpenTelemetry;

namespace ConventionBot.Diagnostics;

/// <summary>
/// Runs on every span before any exporter: the URLs that instrumentations record (incoming requests, HttpClient,
/// Azure SDK calls) are cut by <see cref="UrlRedaction"/>, and queries dropped, so no conversation id, object id,
/// table key or signed token leaves the app. Our own spans never record URLs.
/// </summary>
internal sealed class TelemetryPrivacyProcessor : BaseProcessor<Activity>
{
    private static readonly string[] Urls = ["url.full", "http.url"];
    private static readonly string[] Paths = ["url.path", "http.target"];

    public override void OnEnd(Activity data)
    {
        ArgumentNullException.ThrowIfNull(data);
        foreach (var name in Urls)
        {
            if (data.GetTagItem(name) is string url)
            {
                data.SetTag(name, UrlRedaction.Redact(url));
            }
        }
        foreach (var name in Paths)
        {
            if (data.GetTagItem(name) is string path)
            {
                data.SetTag(name, UrlRedaction.RedactPath(path));
            }
        }
        if (data.GetTagItem("url.query") is not null)
        {
            data.SetTag("url.query", null);
        }
    }
}
