using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace ConventionBot.TableStorage;

/// <summary>One HTTP response found inside a multipart transaction response.</summary>
internal sealed class BatchPartResponse(int status, string reasonPhrase, IReadOnlyList<HttpHeader> headers, byte[] body, string clientRequestId)
    : Response
{
    public override int Status => status;

    public override string ReasonPhrase => reasonPhrase;

    public override Stream? ContentStream { get; set; } = new MemoryStream(body, 0, body.Length, writable: false, publiclyVisible: true);

    public override string ClientRequestId { get; set; } = clientRequestId;

    public override void Dispose() => ContentStream?.Dispose();

    protected override bool ContainsHeader(string name) => Find(name).Any();

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => headers;

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = Find(name).Select(h => h.Value).FirstOrDefault();
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        var found = Find(name).Select(h => h.Value).ToList();
        values = found.Count > 0 ? found : null;
        return values is not null;
    }

    private IEnumerable<HttpHeader> Find(string name) => headers.Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));
}
