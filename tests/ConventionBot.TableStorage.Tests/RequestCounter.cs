using Azure.Core;
using Azure.Core.Pipeline;

namespace ConventionBot.TableStorage.Tests;

/// <summary>A pipeline policy that counts the requests actually sent.</summary>
public sealed class RequestCounter : HttpPipelineSynchronousPolicy
{
    private int _count;

    public int Count => _count;

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref _count);
}
