namespace ConventionBot.Tests.Manifest;

public sealed class IconTests
{
    private static PngImage Load(string name) => PngImage.Decode(File.ReadAllBytes(RepositoryRoot.Combine("manifest", name)));

    [Fact]
    public void ColorIcon_Committed_Is192SquareAndOpaque()
    {
        var icon = Load("color.png");

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Coordinates, p => Assert.Equal(255, icon[p.X, p.Y].A));
        Assert.True(icon.Coordinates.Select(p => icon[p.X, p.Y]).Distinct().Count() > 1, "the colour icon is a flat square");
    }

    [Fact]
    public void OutlineIcon_Committed_Is32SquareWithAlphaChannel()
    {
        var icon = Load("outline.png");

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlpha);
    }

    [Fact]
    public void OutlineIcon_Committed_HasTransparentBackground()
    {
        var icon = Load("outline.png");

        Assert.All(new[] { (0, 0), (31, 0), (0, 31), (31, 31) }, c => Assert.Equal(0, icon[c.Item1, c.Item2].A));
    }

    [Fact]
    public void OutlineIcon_Committed_DrawsOnlyInWhite()
    {
        var icon = Load("outline.png");

        var drawn = icon.Coordinates.Select(p => icon[p.X, p.Y]).Where(c => c.A > 0).ToList();
        Assert.NotEmpty(drawn);
        Assert.All(drawn, c => Assert.Equal((255, 255, 255), (c.R, c.G, c.B)));
    }
}
