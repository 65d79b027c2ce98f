using Azure;

namespace ConventionBot.TableStorage;

/// <summary>The answer of <c>GetEntityIfExistsAsync</c> when the entity does not exist.</summary>
internal sealed class NoValueResponse<T>(Response response) : NullableResponse<T>
{
    public override bool HasValue => false;

    public override T Value => throw new InvalidOperationException("The entity does not exist; check HasValue before reading Value.");

    public override Response GetRawResponse() => response;
}
