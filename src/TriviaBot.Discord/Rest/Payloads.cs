using System.Text.Json;
using System.Text.Json.Serialization;

namespace TriviaBot.Discord.Rest;

/// <summary><c>allowed_mentions</c>. Every outgoing message carries one; the default pings nobody, because trivia
/// text comes from articles and can contain <c>@everyone</c>.</summary>
public sealed record AllowedMentions
{
    /// <summary>Mention types parsed from the content (<c>roles</c>, <c>users</c>, <c>everyone</c>); empty by default.</summary>
    [JsonPropertyName("parse")]
    public IReadOnlyList<string> Parse { get; init; } = [];

    /// <summary>Role ids allowed to be pinged.</summary>
    [JsonPropertyName("roles")]
    public IReadOnlyList<string>? Roles { get; init; }

    /// <summary>User ids allowed to be pinged.</summary>
    [JsonPropertyName("users")]
    public IReadOnlyList<string>? Users { get; init; }

    /// <summary>Pings nobody: <c>{"parse":[]}</c>.</summary>
    public static AllowedMentions None { get; } = new();

    /// <summary>Pings exactly one role (e.g. the daily-trivia role) and nobody else.</summary>
    public static AllowedMentions Role(ulong roleId) => new() { Roles = [roleId.ToString(System.Globalization.CultureInfo.InvariantCulture)] };
}

/// <summary>An embed footer.</summary>
public sealed record EmbedFooter([property: JsonPropertyName("text")] string Text);

/// <summary>An embed author.</summary>
public sealed record EmbedAuthor([property: JsonPropertyName("name")] string Name);

/// <summary>An embed field.</summary>
public sealed record EmbedField(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("inline")] bool Inline = false);

/// <summary>An embed.</summary>
public sealed record Embed
{
    /// <summary>Title (≤ 256).</summary>
    [JsonPropertyName("title")] public string? Title { get; init; }

    /// <summary>Description (≤ 4096).</summary>
    [JsonPropertyName("description")] public string? Description { get; init; }

    /// <summary>Link of the title.</summary>
    [JsonPropertyName("url")] public string? Url { get; init; }

    /// <summary>Colour as 0xRRGGBB.</summary>
    [JsonPropertyName("color")] public int? Color { get; init; }

    /// <summary>Footer (≤ 2048).</summary>
    [JsonPropertyName("footer")] public EmbedFooter? Footer { get; init; }

    /// <summary>Author (≤ 256).</summary>
    [JsonPropertyName("author")] public EmbedAuthor? Author { get; init; }

    /// <summary>Fields (≤ 25; name ≤ 256, value ≤ 1024).</summary>
    [JsonPropertyName("fields")] public IReadOnlyList<EmbedField>? Fields { get; init; }
}

/// <summary>Component types.</summary>
public enum ComponentType
{
    /// <summary>A row of up to 5 buttons or one select.</summary>
    ActionRow = 1,
    /// <summary>A button.</summary>
    Button = 2,
    /// <summary>A string select.</summary>
    StringSelect = 3,
    /// <summary>A text input (modals only).</summary>
    TextInput = 4,
}

/// <summary>Button styles.</summary>
public enum ButtonStyle
{
    /// <summary>Blurple.</summary>
    Primary = 1,
    /// <summary>Grey.</summary>
    Secondary = 2,
    /// <summary>Green.</summary>
    Success = 3,
    /// <summary>Red.</summary>
    Danger = 4,
    /// <summary>A link (url, no custom_id).</summary>
    Link = 5,
}

/// <summary>An option of a string select.</summary>
public sealed record SelectOption(
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("description")] string? Description = null);

/// <summary>A message or modal component: an action row, a button, a string select or a text input (one wire
/// shape; unused fields stay null and are not sent). Use the static factories.</summary>
public sealed record Component
{
    /// <summary>The component type.</summary>
    [JsonPropertyName("type")] public ComponentType Type { get; init; }

    /// <summary>Developer id (1–100 chars, unique per message).</summary>
    [JsonPropertyName("custom_id")] public string? CustomId { get; init; }

    /// <summary>Button style, or text input style (1 short, 2 paragraph).</summary>
    [JsonPropertyName("style")] public int? Style { get; init; }

    /// <summary>Button or text input label.</summary>
    [JsonPropertyName("label")] public string? Label { get; init; }

    /// <summary>Link button URL.</summary>
    [JsonPropertyName("url")] public string? Url { get; init; }

    /// <summary>Disabled.</summary>
    [JsonPropertyName("disabled")] public bool? Disabled { get; init; }

    /// <summary>Select options.</summary>
    [JsonPropertyName("options")] public IReadOnlyList<SelectOption>? Options { get; init; }

    /// <summary>Placeholder.</summary>
    [JsonPropertyName("placeholder")] public string? Placeholder { get; init; }

    /// <summary>Select minimum values.</summary>
    [JsonPropertyName("min_values")] public int? MinValues { get; init; }

    /// <summary>Select maximum values.</summary>
    [JsonPropertyName("max_values")] public int? MaxValues { get; init; }

    /// <summary>Text input minimum length.</summary>
    [JsonPropertyName("min_length")] public int? MinLength { get; init; }

    /// <summary>Text input maximum length.</summary>
    [JsonPropertyName("max_length")] public int? MaxLength { get; init; }

    /// <summary>Text input required.</summary>
    [JsonPropertyName("required")] public bool? Required { get; init; }

    /// <summary>Text input pre-filled value.</summary>
    [JsonPropertyName("value")] public string? Value { get; init; }

    /// <summary>Children of an action row.</summary>
    [JsonPropertyName("components")] public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>An action row.</summary>
    public static Component Row(params Component[] components) => new() { Type = ComponentType.ActionRow, Components = components };

    /// <summary>An interactive button.</summary>
    public static Component Button(string customId, string label, ButtonStyle style = ButtonStyle.Primary, bool disabled = false) =>
        new() { Type = ComponentType.Button, CustomId = customId, Label = label, Style = (int)style, Disabled = disabled ? true : null };

    /// <summary>A link button.</summary>
    public static Component LinkButton(string url, string label) =>
        new() { Type = ComponentType.Button, Url = url, Label = label, Style = (int)ButtonStyle.Link };

    /// <summary>A string select.</summary>
    public static Component StringSelect(string customId, IReadOnlyList<SelectOption> options, string? placeholder = null) =>
        new() { Type = ComponentType.StringSelect, CustomId = customId, Options = options, Placeholder = placeholder };

    /// <summary>A text input for a modal; <paramref name="paragraph"/> picks style 2.</summary>
    public static Component TextInput(string customId, string label, bool paragraph = false, bool required = true, int? maxLength = null) =>
        new() { Type = ComponentType.TextInput, CustomId = customId, Label = label, Style = paragraph ? 2 : 1, Required = required, MaxLength = maxLength };
}

/// <summary>Message flags.</summary>
public static class MessageFlags
{
    /// <summary>Only the invoking user sees the message (interaction responses).</summary>
    public const int Ephemeral = 64;
}

/// <summary>A new message (<c>POST /channels/{id}/messages</c>) or followup (<c>POST /webhooks/{app}/{token}</c>).</summary>
public sealed record MessageCreate
{
    /// <summary>Content (≤ 2000).</summary>
    [JsonPropertyName("content")] public string? Content { get; init; }

    /// <summary>Embeds (≤ 10, ≤ 6000 characters in total).</summary>
    [JsonPropertyName("embeds")] public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Action rows (≤ 5 × 5 buttons).</summary>
    [JsonPropertyName("components")] public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>Always sent; pings nobody unless set.</summary>
    [JsonPropertyName("allowed_mentions")] public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>Flags (64 = ephemeral, followups only).</summary>
    [JsonPropertyName("flags")] public int? Flags { get; init; }

    /// <summary>Nonce for idempotent creates.</summary>
    [JsonPropertyName("nonce")] public string? Nonce { get; init; }

    /// <summary>With a nonce: Discord returns the existing message instead of a duplicate.</summary>
    [JsonPropertyName("enforce_nonce")] public bool? EnforceNonce { get; init; }
}

/// <summary>A message edit (<c>PATCH</c> a channel message or <c>@original</c>); null fields stay unchanged.</summary>
public sealed record MessageEdit
{
    /// <summary>Content (≤ 2000).</summary>
    [JsonPropertyName("content")] public string? Content { get; init; }

    /// <summary>Embeds.</summary>
    [JsonPropertyName("embeds")] public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Action rows; an empty list removes them.</summary>
    [JsonPropertyName("components")] public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>Always sent.</summary>
    [JsonPropertyName("allowed_mentions")] public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;
}

/// <summary>An autocomplete choice or a command option choice; the value is a string, an integer or a double.</summary>
public sealed record CommandChoice(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] JsonElement Value)
{
    /// <summary>A string choice.</summary>
    public static CommandChoice String(string name, string value) => new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.String));

    /// <summary>An integer choice.</summary>
    public static CommandChoice Integer(string name, long value) => new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Int64));

    /// <summary>A number choice.</summary>
    public static CommandChoice Number(string name, double value) => new(name, JsonSerializer.SerializeToElement(value, DiscordJsonContext.Default.Double));
}

/// <summary>Interaction callback types.</summary>
public enum InteractionResponseType
{
    /// <summary>ACK a PING.</summary>
    Pong = 1,
    /// <summary>Respond with a message.</summary>
    ChannelMessageWithSource = 4,
    /// <summary>ACK now, edit <c>@original</c> later; the user sees "thinking".</summary>
    DeferredChannelMessageWithSource = 5,
    /// <summary>Components: ACK now, edit the message later.</summary>
    DeferredUpdateMessage = 6,
    /// <summary>Components: edit the message the component is on.</summary>
    UpdateMessage = 7,
    /// <summary>Autocomplete choices.</summary>
    ApplicationCommandAutocompleteResult = 8,
    /// <summary>Show a modal.</summary>
    Modal = 9,
}

/// <summary>The <c>data</c> of an interaction response: a message, autocomplete choices or a modal.</summary>
public sealed record InteractionCallbackData
{
    /// <summary>Content (≤ 2000).</summary>
    [JsonPropertyName("content")] public string? Content { get; init; }

    /// <summary>Embeds.</summary>
    [JsonPropertyName("embeds")] public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Action rows (messages) or text-input rows (modals).</summary>
    [JsonPropertyName("components")] public IReadOnlyList<Component>? Components { get; init; }

    /// <summary>Sent with every message response (null only for autocomplete and modals).</summary>
    [JsonPropertyName("allowed_mentions")] public AllowedMentions? AllowedMentions { get; init; } = AllowedMentions.None;

    /// <summary>Flags (64 = ephemeral).</summary>
    [JsonPropertyName("flags")] public int? Flags { get; init; }

    /// <summary>Autocomplete choices (≤ 25).</summary>
    [JsonPropertyName("choices")] public IReadOnlyList<CommandChoice>? Choices { get; init; }

    /// <summary>Modal id.</summary>
    [JsonPropertyName("custom_id")] public string? CustomId { get; init; }

    /// <summary>Modal title (≤ 45).</summary>
    [JsonPropertyName("title")] public string? Title { get; init; }
}

/// <summary>An interaction response (<c>POST /interactions/{id}/{token}/callback</c>). Build it with the static
/// factories, which enforce Discord's limits.</summary>
public sealed record InteractionResponse(
    [property: JsonPropertyName("type")] InteractionResponseType Type,
    [property: JsonPropertyName("data")] InteractionCallbackData? Data = null)
{
    /// <summary>PONG.</summary>
    public static InteractionResponse Pong { get; } = new(InteractionResponseType.Pong);

    /// <summary>A message response (type 4).</summary>
    public static InteractionResponse Message(InteractionCallbackData data) =>
        Validated(new(InteractionResponseType.ChannelMessageWithSource, data));

    /// <summary>A message response with just text; <paramref name="ephemeral"/> sets flag 64.</summary>
    public static InteractionResponse Message(string content, bool ephemeral = false) =>
        Message(new InteractionCallbackData { Content = content, Flags = ephemeral ? MessageFlags.Ephemeral : null });

    /// <summary>A deferred message response (type 5).</summary>
    public static InteractionResponse Deferred(bool ephemeral = false) =>
        new(InteractionResponseType.DeferredChannelMessageWithSource, new InteractionCallbackData { Flags = ephemeral ? MessageFlags.Ephemeral : null });

    /// <summary>A deferred update of the component's message (type 6).</summary>
    public static InteractionResponse DeferredUpdate() => new(InteractionResponseType.DeferredUpdateMessage);

    /// <summary>Updates the component's message (type 7).</summary>
    public static InteractionResponse UpdateMessage(InteractionCallbackData data) =>
        Validated(new(InteractionResponseType.UpdateMessage, data));

    /// <summary>Autocomplete choices (type 8, ≤ 25).</summary>
    public static InteractionResponse Autocomplete(IReadOnlyList<CommandChoice> choices) =>
        Validated(new(InteractionResponseType.ApplicationCommandAutocompleteResult, new InteractionCallbackData { Choices = choices, AllowedMentions = null }));

    /// <summary>A modal (type 9) of text inputs, one per row.</summary>
    public static InteractionResponse Modal(string customId, string title, params Component[] textInputs) =>
        Validated(new(InteractionResponseType.Modal, new InteractionCallbackData
        {
            CustomId = customId,
            Title = title,
            AllowedMentions = null,
            Components = textInputs.Select(t => t.Type == ComponentType.ActionRow ? t : Component.Row(t)).ToArray(),
        }));

    private static InteractionResponse Validated(InteractionResponse response)
    {
        DiscordLimits.Validate(response);
        return response;
    }
}

/// <summary>A user as REST returns it.</summary>
public sealed record DiscordUser(ulong Id, string Username, string? GlobalName, bool IsBot);

/// <summary>A message as REST returns it.</summary>
public sealed record DiscordMessage(ulong Id, ulong ChannelId, string Content, DiscordUser? Author, int Flags,
    IReadOnlyList<Component> Components, IReadOnlyList<Embed> Embeds);
