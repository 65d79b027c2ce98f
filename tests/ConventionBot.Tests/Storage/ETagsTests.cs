using Azure;
using ConventionBot.Storage;

namespace ConventionBot.Tests.Storage;

public sealed class ETagsTests
{
    [Fact]
    public void Text_TableETag_IsTheRawValueACardCarries()
    {
        var etag = new ETag("W/\"datetime'2024-04-02T12%3A00%3A00.0000000Z'\"");

        var text = ETags.Text(etag);

        Assert.Equal("W/\"datetime'2024-04-02T12%3A00%3A00.0000000Z'\"", text);
    }

    [Fact]
    public void Text_Unknown_IsEmpty()
    {
        Assert.Equal("", ETags.Text(null));
    }

    [Fact]
    public void Parse_TextACardCarried_IsTheSameETag()
    {
        var etag = new ETag("W/\"datetime'2024-04-02T12%3A00%3A00.0000000Z'\"");

        Assert.Equal(etag, ETags.Parse(ETags.Text(etag)));
    }
}
