using ConventionBot.Conventions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConventionBot.Tests.Conventions;

/// <summary>AddConventions in a minimal web app, as Program.cs wires it.</summary>
public sealed class ConventionsStartupTests
{
    [Fact]
    public async Task StartAsync_BrokenDefinitionFolder_FailsWithTheProblems()
    {
        // Arrange
        using var folder = new DefinitionFolder().With("broken.yaml", TestDefinitions.MinimalWith("    group: 2\n", "    group: 9\n"));
        await using var app = BuildApp(folder.Path);

        // Act
        var exception = await Assert.ThrowsAsync<ConventionDefinitionException>(() => app.StartAsync());

        // Assert
        Assert.Contains("broken.yaml:34: items[1].group: group 9 is not defined in groups", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_EmptyDefinitionsPath_FailsOptionsValidation()
    {
        // Arrange
        await using var app = BuildApp(string.Empty);

        // Act
        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        // Assert
        Assert.Contains(nameof(ConventionsOptions.DefinitionsPath), exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ShippedDefinitions_StartsWithTheCatalog()
    {
        // Arrange: no path configured, so the default folder next to the app is used.
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 2, 1, 9, 0, 0, TimeSpan.Zero));
        await using var app = BuildApp(definitionsPath: null, time);

        // Act
        await app.StartAsync();

        // Assert
        var catalog = app.Services.GetRequiredService<ConventionCatalog>();
        Assert.Equal("amp-arhlm-2022-2024", catalog.Default.Id);
        Assert.True(catalog.Default.HasEndedBy(catalog.Today));
        await app.StopAsync();
    }

    private static WebApplication BuildApp(string? definitionsPath, TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        if (definitionsPath is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"{ConventionsOptions.SectionName}:{nameof(ConventionsOptions.DefinitionsPath)}"] = definitionsPath,
            });
        }

        if (time is not null)
        {
            builder.Services.AddSingleton(time);
        }

        builder.Services.AddConventions();
        return builder.Build();
    }
}
