using Azure.Core;
using Azure.Core.Pipeline;

namespace ConventionBot.TableStorage;

/// <summary>Appends the connection string's shared access signature to every request (per call, so once).</summary>
internal sealed class TableSasPolicy(string sas) : HttpPipelineSynchronousPolicy
{
    private readonly string[] _parameters = sas.Split('&', StringSplitOptions.RemoveEmptyEntries);

    public override void OnSendingRequest(HttpMessage message)
    {
        foreach (var parameter in _parameters)
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? parameter : parameter[..equals];
            var value = equals < 0 ? string.Empty : parameter[(equals + 1)..];
            message.Request.Uri.AppendQuery(name, value, escapeValue: false);
        }
    }
}
