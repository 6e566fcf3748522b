using System.Text.Json.Serialization;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Rest.Models;


namespace TriviaBot.Discord.Rest;

/// <summary>Source-generated serialization of every wire type (no reflection at run time).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GatewayBotModel))]
[JsonSerializable(typeof(UserModel))]
[JsonSerializable(typeof(ApplicationModel))]
[JsonSerializable(typeof(MessageModel))]
[JsonSerializable(typeof(ErrorModel))]
[JsonSerializable(typeof(MessageCreate))]
[JsonSerializable(typeof(MessageEdit))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(ApplicationCommandDefinition))]
[JsonSerializable(typeof(IReadOnlyList<ApplicationCommandDefinition>))]
[JsonSerializable(typeof(List<ApplicationCommandDefinition>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
