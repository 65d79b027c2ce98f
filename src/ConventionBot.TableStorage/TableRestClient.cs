using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ConventionBot.TableStorage;

/// <summary>The pipeline and endpoint shared by a service client and the table clients it hands out.</summary>
internal sealed class TableRestClient(HttpPipeline pipeline, Uri endpoint, string accountName, string version)
{
    public const string JsonAccept = "application/json;odata=minimalmetadata";

    public Uri Endpoint { get; } = endpoint;

    public string AccountName { get; } = accountName;

    /// <summary>The endpoint without a trailing slash, to which request paths are appended.</summary>
    public string BaseAddress { get; } = endpoint.AbsoluteUri.TrimEnd('/');

    public HttpMessage CreateMessage(RequestMethod method, string path)
    {
        var message = pipeline.CreateMessage();
        var request = message.Request;
        request.Method = method;
        request.Uri.Reset(new Uri(BaseAddress + path));
        request.Headers.SetValue("x-ms-version", version);
        request.Headers.SetValue("DataServiceVersion", "3.0");
        request.Headers.SetValue(HttpHeader.Names.Accept, JsonAccept);
        return message;
    }

    public HttpMessage CreateMessage(EntityRequest entityRequest)
    {
        var message = CreateMessage(entityRequest.Method, entityRequest.Path);
        if (entityRequest.IfMatch is { } ifMatch)
        {
            message.Request.Headers.SetValue(HttpHeader.Names.IfMatch, ifMatch);
        }

        if (entityRequest.Body is { } body)
        {
            SetJsonBody(message, body);
        }

        return message;
    }

    public static void SetJsonBody(HttpMessage message, byte[] body)
    {
        message.Request.Headers.SetValue(HttpHeader.Names.ContentType, "application/json");
        message.Request.Content = RequestContent.Create(body);
        if (message.Request.Method == RequestMethod.Post)
        {
            message.Request.Headers.SetValue("Prefer", "return-no-content");
        }
    }

    /// <summary>Sends the message; statuses in <paramref name="accepted"/> are returned, other errors thrown.</summary>
    public async Task<Response> SendAsync(HttpMessage message, CancellationToken cancellationToken, params int[] accepted)
    {
        var response = await SendUncheckedAsync(message, cancellationToken).ConfigureAwait(false);
        return response.IsError && !accepted.Contains(response.Status) ? throw CreateException(response) : response;
    }

    public async Task<Response> SendUncheckedAsync(HttpMessage message, CancellationToken cancellationToken)
    {
        await pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        return message.Response;
    }

    public static RequestFailedException CreateException(Response response) => new(response, null, TableErrorParser.Instance);
}
