using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriviaBot.Discord.Rest.Models;

internal sealed record SessionStartLimitModel(
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("remaining")] int Remaining,
    [property: JsonPropertyName("reset_after")] long ResetAfter,
    [property: JsonPropertyName("max_concurrency")] int MaxConcurrency);

internal sealed record GatewayBotModel(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("shards")] int Shards,
    [property: JsonPropertyName("session_start_limit")] SessionStartLimitModel SessionStartLimit)
{
    public GatewayBotInfo ToDomain() => new(Url, Shards, new SessionStartLimit(
        SessionStartLimit.Total, SessionStartLimit.Remaining, SessionStartLimit.ResetAfter, SessionStartLimit.MaxConcurrency));
}

internal sealed record UserModel(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("username")] string? Username,
    [property: JsonPropertyName("global_name")] string? GlobalName,
    [property: JsonPropertyName("bot")] bool? Bot)
{
    public DiscordUser ToDomain() => new(Snowflake.Parse(Id), Username ?? string.Empty, GlobalName, Bot ?? false);
}

internal sealed record ApplicationModel(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name);

internal sealed record MessageModel(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("channel_id")] string? ChannelId,
    [property: JsonPropertyName("content")] string? Content,
    [property: JsonPropertyName("author")] UserModel? Author,
    [property: JsonPropertyName("flags")] int? Flags,
    [property: JsonPropertyName("components")] IReadOnlyList<Component>? Components,
    [property: JsonPropertyName("embeds")] IReadOnlyList<Embed>? Embeds)
{
    public DiscordMessage ToDomain() => new(Snowflake.Parse(Id), ChannelId is null ? 0 : Snowflake.Parse(ChannelId),
        Content ?? string.Empty, Author?.ToDomain(), Flags ?? 0, Components ?? [], Embeds ?? []);
}

internal sealed record ErrorModel(
    [property: JsonPropertyName("code")] int? Code,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("errors")] JsonElement? Errors,
    [property: JsonPropertyName("retry_after")] double? RetryAfter,
    [property: JsonPropertyName("global")] bool? Global);

internal static class Snowflake
{
    public static ulong Parse(string value) => ulong.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);

    public static string Format(ulong value) => value.ToString(CultureInfo.InvariantCulture);
}
