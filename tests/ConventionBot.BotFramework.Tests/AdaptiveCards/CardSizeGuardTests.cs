using System.Text;
using ConventionBot.BotFramework.AdaptiveCards;

namespace ConventionBot.BotFramework.Tests.AdaptiveCards;

public sealed class CardSizeGuardTests
{
    [Fact]
    public void Measure_AsciiJson_CountsUtf16Bytes()
    {
        var size = CardSizeGuard.Measure("{\"a\":1}"u8);

        Assert.Equal(14, size);
    }

    [Fact]
    public void Measure_ThreeByteCharacters_CountsUtf8Bytes()
    {
        var size = CardSizeGuard.Measure(Encoding.UTF8.GetBytes("€€€€"));

        Assert.Equal(12, size);
    }

    [Fact]
    public void EnsureFits_SizeEqualToCap_DoesNotThrow()
    {
        var exception = Record.Exception(() => CardSizeGuard.EnsureFits("{\"a\":1}"u8, maxBytes: 14));

        Assert.Null(exception);
    }

    [Fact]
    public void EnsureFits_OneByteOverCap_ThrowsWithSizes()
    {
        var exception = Assert.Throws<CardTooLargeException>(() => CardSizeGuard.EnsureFits("{\"a\":1}"u8, maxBytes: 13));

        Assert.Equal(14, exception.SizeBytes);
        Assert.Equal(13, exception.MaxBytes);
        Assert.Contains("14 bytes", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_CardOverDefaultCap_ThrowsCardTooLargeException()
    {
        var card = new AdaptiveCard { Body = [new AdaptiveTextBlock { Text = new string('x', CardSizeGuard.DefaultMaxBytes / 2) }] };

        var exception = Assert.Throws<CardTooLargeException>(() => AdaptiveCardJson.Serialize(card));

        Assert.Equal(CardSizeGuard.DefaultMaxBytes, exception.MaxBytes);
        Assert.True(exception.SizeBytes > CardSizeGuard.DefaultMaxBytes);
    }

    [Fact]
    public void Serialize_SameCardWithLargerCap_Succeeds()
    {
        var card = new AdaptiveCard { Body = [new AdaptiveTextBlock { Text = new string('x', CardSizeGuard.DefaultMaxBytes / 2) }] };

        var json = AdaptiveCardJson.Serialize(card, maxBytes: 100 * 1024);

        Assert.Contains(new string('x', 100), json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonElement_CardOverCustomCap_Throws()
    {
        var card = CardGallery.All["inputs"];

        Assert.Throws<CardTooLargeException>(() => AdaptiveCardJson.ToJsonElement(card, maxBytes: 100));
    }
}
