using System.ComponentModel.DataAnnotations;

namespace ConventionBot.BotFramework.Builder;

/// <summary>How <c>/api/messages</c> treats requests (section <c>Bot</c>).</summary>
public sealed class BotAdapterOptions
{
    public const string SectionName = "Bot";

    /// <summary>Larger bodies are refused with 413. Teams activities are a few KB; cards stay under ~100 KB.</summary>
    [Range(1_024, 4 * 1024 * 1024)]
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// How long a non-invoke request waits for its turn before answering 200 anyway; the turn goes on
    /// in the background. Azure Bot Service gives up after about 15 s.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:10")]
    public TimeSpan ResponseWait { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Largest card the bot sends, in bytes. Teams' documented limits vary (28 KB to ~100 KB); a card above
    /// this fails loudly in tests instead of being refused by Teams with 413.
    /// </summary>
    [Range(1_024, 100 * 1024)]
    public int MaxCardBytes { get; set; } = 28 * 1024;
}
