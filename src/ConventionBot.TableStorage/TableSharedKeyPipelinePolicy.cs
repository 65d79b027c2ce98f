using System.Globalization;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ConventionBot.TableStorage;

/// <summary>Signs each try with SharedKeyLite: a fresh <c>x-ms-date</c> and an HMAC of it and the canonical resource.</summary>
internal sealed class TableSharedKeyPipelinePolicy(TableSharedKeyCredential credential, TimeProvider timeProvider) : HttpPipelineSynchronousPolicy
{
    public TableSharedKeyPipelinePolicy(TableSharedKeyCredential credential)
        : this(credential, TimeProvider.System)
    {
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        var date = timeProvider.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var signature = credential.ComputeHmacSha256(StringToSign(date, credential.AccountName, message.Request.Uri.ToUri()));
        message.Request.Headers.SetValue("x-ms-date", date);
        message.Request.Headers.SetValue(HttpHeader.Names.Authorization, $"SharedKeyLite {credential.AccountName}:{signature}");
    }

    /// <summary>
    /// <c>x-ms-date + "\n" + "/" + account + path</c> (percent-encoded, as sent), plus <c>?comp=</c> when present:
    /// no other query parameter is signed.
    /// </summary>
    public static string StringToSign(string date, string accountName, Uri uri)
    {
        var resource = "/" + accountName + uri.AbsolutePath;
        var comp = uri.Query.TrimStart('?').Split('&').FirstOrDefault(p => p.StartsWith("comp=", StringComparison.Ordinal));
        return date + "\n" + resource + (comp is null ? string.Empty : "?" + comp);
    }
}
