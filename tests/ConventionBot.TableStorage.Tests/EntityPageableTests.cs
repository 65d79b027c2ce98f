using Azure;

namespace ConventionBot.TableStorage.Tests;

public sealed class EntityPageableTests
{
    [Fact]
    public async Task AsPages_EmptyPageWithContinuation_KeepsFetchingUntilNoToken()
    {
        // Arrange
        var raw = new BatchPartResponse(200, "OK", [], [], "id");
        var pages = new Dictionary<string, Page<string>>
        {
            [""] = Page<string>.FromValues([], "p1 r1", raw),
            ["p1 r1"] = Page<string>.FromValues(["a", "b"], "p2", raw),
            ["p2"] = Page<string>.FromValues(["c"], null, raw),
        };
        var tokens = new List<string?>();
        var pageable = new EntityPageable<string>(
            (token, _, _) =>
            {
                tokens.Add(token);
                return Task.FromResult(pages[token ?? string.Empty]);
            },
            CancellationToken.None);

        // Act
        var items = new List<string>();
        await foreach (var item in pageable)
        {
            items.Add(item);
        }

        // Assert
        Assert.Equal(["a", "b", "c"], items);
        Assert.Equal([null, "p1 r1", "p2"], tokens);
    }
}
