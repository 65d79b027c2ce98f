using System.ComponentModel.DataAnnotations;
using ConventionBot.Meetings;
using Microsoft.Extensions.Configuration;

namespace ConventionBot.Tests.Meetings;

public sealed class MeetingOptionsTests
{
    [Fact]
    public void RemindersOffsets_NothingConfigured_AreJ14J7J1()
    {
        var options = Bind<RemindersOptions>(RemindersOptions.SectionName, []);

        Assert.Equal([TimeSpan.FromDays(14), TimeSpan.FromDays(7), TimeSpan.FromDays(1)], options.EffectiveOffsets);
        Assert.Empty(Validate(options));
    }

    [Fact]
    public void RemindersOffsets_MinutesConfigured_ReplaceTheDefaults()
    {
        var options = Bind<RemindersOptions>(RemindersOptions.SectionName, new() { ["Reminders:Offsets:0"] = "00:05:00", ["Reminders:Offsets:1"] = "00:02:00" });

        Assert.Equal([TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(2)], options.EffectiveOffsets);
        Assert.Empty(Validate(options));
    }

    [Theory]
    [InlineData("00:00:00", "00:02:00")]
    [InlineData("-1.00:00:00", "00:02:00")]
    [InlineData("7.00:00:00", "7.00:00:00")]
    public void RemindersOffsets_ZeroNegativeOrRepeated_AreRefused(string first, string second)
    {
        var options = Bind<RemindersOptions>(RemindersOptions.SectionName, new() { ["Reminders:Offsets:0"] = first, ["Reminders:Offsets:1"] = second });

        Assert.NotEmpty(Validate(options));
    }

    [Fact]
    public void Checkpoints_NothingConfigured_AreTheThreeDefaults()
    {
        var options = Bind<GovernanceOptions>(GovernanceOptions.SectionName, []);

        Assert.Collection(options.EffectiveCheckpoints,
            c => Assert.Equal(("COTECH", 6, 30, 1), (c.Instance, c.Month, c.Day, c.Minimum)),
            c => Assert.Equal(("COTECH", 9, 30, 2), (c.Instance, c.Month, c.Day, c.Minimum)),
            c => Assert.Equal(("COPIL", 10, 31, 1), (c.Instance, c.Month, c.Day, c.Minimum)));
        Assert.Empty(Validate(options));
    }

    [Theory]
    [InlineData("COTECH", "2", "29", "1")]
    [InlineData("COTECH", "13", "1", "1")]
    [InlineData("COPIL", "4", "31", "1")]
    [InlineData("COPIL", "6", "30", "0")]
    [InlineData("", "6", "30", "1")]
    public void Checkpoints_ImpossibleEntry_IsRefused(string instance, string month, string day, string minimum)
    {
        var options = Bind<GovernanceOptions>(GovernanceOptions.SectionName, new()
        {
            ["Governance:Checkpoints:0:Instance"] = instance,
            ["Governance:Checkpoints:0:Month"] = month,
            ["Governance:Checkpoints:0:Day"] = day,
            ["Governance:Checkpoints:0:Minimum"] = minimum,
        });

        Assert.NotEmpty(Validate(options));
    }

    private static T Bind<T>(string section, Dictionary<string, string?> values)
        where T : new()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }

    private static List<ValidationResult> Validate(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
