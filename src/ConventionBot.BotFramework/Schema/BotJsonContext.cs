using System.Text.Json;
using System.Text.Json.Serialization;

namespace ConventionBot.BotFramework.Schema;

// Metadata mode: the serialization fast path would resolve object-typed members (card content, channelData)
// through this context alone instead of BotJson.Options, and fail on types it does not know.
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(ConversationReference))]
[JsonSerializable(typeof(ConversationParameters))]
[JsonSerializable(typeof(ResourceResponse))]
[JsonSerializable(typeof(ConversationResourceResponse))]
[JsonSerializable(typeof(TeamsChannelData))]
[JsonSerializable(typeof(Mention))]
[JsonSerializable(typeof(AdaptiveCardInvokeValue))]
[JsonSerializable(typeof(AdaptiveCardInvokeResponse))]
internal sealed partial class BotJsonContext : JsonSerializerContext;
