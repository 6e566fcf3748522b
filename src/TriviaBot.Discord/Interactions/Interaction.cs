using System.Globalization;
using System.Text.Json;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Interactions;

/// <summary>Interaction types.</summary>
public enum InteractionType
{
    /// <summary>Discord checking the HTTP endpoint.</summary>
    Ping = 1,
    /// <summary>A slash or context-menu command.</summary>
    ApplicationCommand = 2,
    /// <summary>A button or select.</summary>
    MessageComponent = 3,
    /// <summary>The user is typing into an autocomplete option.</summary>
    ApplicationCommandAutocomplete = 4,
    /// <summary>A modal was submitted.</summary>
    ModalSubmit = 5,
}

/// <summary>The invoking user.</summary>
public sealed record InteractionUser(ulong Id, string Username, string? GlobalName, bool IsBot);

/// <summary>The invoking member (guild interactions), with the resolved permission bitset.</summary>
public sealed record InteractionMember(InteractionUser User, ulong Permissions, string? Nick, IReadOnlyList<ulong> Roles);

/// <summary>A command option as invoked: a value (string, long, double or bool; snowflakes as strings) or, for a
/// subcommand or group, nested options. While autocompleting, the focused value is whatever was typed (a string).</summary>
public sealed record CommandOptionValue(string Name, ApplicationCommandOptionType Type, object? Value, IReadOnlyList<CommandOptionValue> Options, bool Focused)
{
    /// <summary>The value as a string (any scalar is formatted invariantly).</summary>
    public string? AsString() => Value switch
    {
        null => null,
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => Value.ToString(),
    };

    /// <summary>The value of an integer option.</summary>
    public long AsInt64() => Value switch
    {
        long l => l,
        double d => checked((long)d),
        string s => long.Parse(s, NumberStyles.Integer, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Option '{Name}' has no integer value."),
    };

    /// <summary>The value of a number option.</summary>
    public double AsDouble() => Value switch
    {
        double d => d,
        long l => l,
        string s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"Option '{Name}' has no number value."),
    };

    /// <summary>The value of a boolean option.</summary>
    public bool AsBoolean() => Value as bool? ?? throw new InvalidOperationException($"Option '{Name}' has no boolean value.");

    /// <summary>The id of a user, channel, role, mentionable or attachment option.</summary>
    public ulong AsSnowflake() => ulong.Parse(AsString() ?? throw new InvalidOperationException($"Option '{Name}' has no value."), NumberStyles.None, CultureInfo.InvariantCulture);
}

/// <summary><c>data</c> of a command or autocomplete interaction.</summary>
public sealed record ApplicationCommandData(ulong Id, string Name, ApplicationCommandType Type, IReadOnlyList<CommandOptionValue> Options, ulong? TargetId)
{
    /// <summary>The subcommand group and subcommand invoked, outermost first (empty for a plain command).</summary>
    public IReadOnlyList<string> SubcommandPath
    {
        get
        {
            var path = new List<string>();
            var options = Options;
            while (options.Count == 1 && options[0].Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup)
            {
                path.Add(options[0].Name);
                options = options[0].Options;
            }

            return path;
        }
    }

    /// <summary>The value options of the invoked (sub)command.</summary>
    public IReadOnlyList<CommandOptionValue> LeafOptions
    {
        get
        {
            var options = Options;
            while (options.Count == 1 && options[0].Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup)
            {
                options = options[0].Options;
            }

            return options;
        }
    }

    /// <summary>A value option of the invoked (sub)command by name, or null.</summary>
    public CommandOptionValue? Option(string name) => LeafOptions.FirstOrDefault(o => o.Name == name);

    /// <summary>The option being autocompleted, or null.</summary>
    public CommandOptionValue? Focused => LeafOptions.FirstOrDefault(o => o.Focused);
}

/// <summary><c>data</c> of a component interaction.</summary>
public sealed record ComponentInteractionData(string CustomId, ComponentType ComponentType, IReadOnlyList<string> Values);

/// <summary><c>data</c> of a modal submit: the modal id and each text input's value by custom id.</summary>
public sealed record ModalSubmitData(string CustomId, IReadOnlyDictionary<string, string> Values);

/// <summary>The message a component is attached to.</summary>
public sealed record InteractionMessage(ulong Id, ulong ChannelId, string Content);

/// <summary>An incoming interaction (gateway <c>INTERACTION_CREATE</c> or an HTTP POST).</summary>
public sealed record Interaction
{
    /// <summary>Interaction id (callback route).</summary>
    public required ulong Id { get; init; }

    /// <summary>Application id (webhook routes).</summary>
    public required ulong ApplicationId { get; init; }

    /// <summary>Type.</summary>
    public required InteractionType Type { get; init; }

    /// <summary>Interaction token (valid 15 minutes). Never log it.</summary>
    public required string Token { get; init; }

    /// <summary>Guild, when invoked in one.</summary>
    public ulong? GuildId { get; init; }

    /// <summary>Channel.</summary>
    public ulong? ChannelId { get; init; }

    /// <summary>Member (guild) — null in DMs.</summary>
    public InteractionMember? Member { get; init; }

    /// <summary>The invoking user (from <c>member.user</c> in guilds, <c>user</c> in DMs).</summary>
    public InteractionUser? User { get; init; }

    /// <summary>The user's locale.</summary>
    public string? Locale { get; init; }

    /// <summary>The guild's locale.</summary>
    public string? GuildLocale { get; init; }

    /// <summary>The bot's permissions in the channel.</summary>
    public ulong? AppPermissions { get; init; }

    /// <summary>Command or autocomplete data.</summary>
    public ApplicationCommandData? Command { get; init; }

    /// <summary>Component data.</summary>
    public ComponentInteractionData? Component { get; init; }

    /// <summary>Modal data.</summary>
    public ModalSubmitData? Modal { get; init; }

    /// <summary>The component's message.</summary>
    public InteractionMessage? Message { get; init; }

    /// <summary>Parses the JSON of an interaction.</summary>
    /// <exception cref="FormatException">A required field is missing or malformed.</exception>
    public static Interaction Parse(JsonElement json)
    {
        var type = (InteractionType)RequiredInt(json, "type");
        var member = json.TryGetProperty("member", out var m) && m.ValueKind == JsonValueKind.Object ? ParseMember(m) : null;
        var user = member?.User ?? (json.TryGetProperty("user", out var u) && u.ValueKind == JsonValueKind.Object ? ParseUser(u) : null);
        var data = json.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : (JsonElement?)null;
        return new Interaction
        {
            Id = RequiredSnowflake(json, "id"),
            ApplicationId = RequiredSnowflake(json, "application_id"),
            Type = type,
            Token = String(json, "token") ?? throw new FormatException("Interaction has no token."),
            GuildId = Snowflake(json, "guild_id"),
            ChannelId = Snowflake(json, "channel_id") ?? (json.TryGetProperty("channel", out var c) ? Snowflake(c, "id") : null),
            Member = member,
            User = user,
            Locale = String(json, "locale"),
            GuildLocale = String(json, "guild_locale"),
            AppPermissions = Snowflake(json, "app_permissions"),
            Command = data is { } cd && type is InteractionType.ApplicationCommand or InteractionType.ApplicationCommandAutocomplete ? ParseCommand(cd) : null,
            Component = data is { } md && type == InteractionType.MessageComponent
                ? new ComponentInteractionData(String(md, "custom_id") ?? string.Empty, (ComponentType)(Int(md, "component_type") ?? 0),
                    md.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array
                        ? values.EnumerateArray().Select(v => v.GetString() ?? string.Empty).ToArray()
                        : [])
                : null,
            Modal = data is { } fd && type == InteractionType.ModalSubmit ? ParseModal(fd) : null,
            Message = json.TryGetProperty("message", out var msg) && msg.ValueKind == JsonValueKind.Object
                ? new InteractionMessage(RequiredSnowflake(msg, "id"), Snowflake(msg, "channel_id") ?? 0, String(msg, "content") ?? string.Empty)
                : null,
        };
    }

    private static ApplicationCommandData ParseCommand(JsonElement data) =>
        new(Snowflake(data, "id") ?? 0, String(data, "name") ?? string.Empty, (ApplicationCommandType)(Int(data, "type") ?? 1),
            ParseOptions(data), Snowflake(data, "target_id"));

    private static CommandOptionValue[] ParseOptions(JsonElement parent)
    {
        if (!parent.TryGetProperty("options", out var options) || options.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return options.EnumerateArray().Select(o => new CommandOptionValue(
            String(o, "name") ?? string.Empty,
            (ApplicationCommandOptionType)RequiredInt(o, "type"),
            o.TryGetProperty("value", out var v) ? ParseValue((ApplicationCommandOptionType)RequiredInt(o, "type"), v) : null,
            ParseOptions(o),
            o.TryGetProperty("focused", out var f) && f.ValueKind == JsonValueKind.True)).ToArray();
    }

    private static object? ParseValue(ApplicationCommandOptionType type, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when type == ApplicationCommandOptionType.Integer && value.TryGetInt64(out var l) => l,
        JsonValueKind.Number => value.GetDouble(),
        _ => null,
    };

    private static ModalSubmitData ParseModal(JsonElement data)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Collect(JsonElement component)
        {
            if (component.TryGetProperty("components", out var children) && children.ValueKind == JsonValueKind.Array)
            {
                foreach (var child in children.EnumerateArray())
                {
                    Collect(child);
                }
            }
            else if (component.TryGetProperty("component", out var labelled) && labelled.ValueKind == JsonValueKind.Object)
            {
                Collect(labelled);
            }
            else if (String(component, "custom_id") is { } id)
            {
                values[id] = String(component, "value") ?? string.Empty;
            }
        }

        Collect(data);
        values.Remove(String(data, "custom_id") ?? string.Empty);
        return new ModalSubmitData(String(data, "custom_id") ?? string.Empty, values);
    }

    private static InteractionMember ParseMember(JsonElement member) => new(
        member.TryGetProperty("user", out var u) ? ParseUser(u) : new InteractionUser(0, string.Empty, null, false),
        Snowflake(member, "permissions") ?? 0,
        String(member, "nick"),
        member.TryGetProperty("roles", out var roles) && roles.ValueKind == JsonValueKind.Array
            ? roles.EnumerateArray().Select(r => ulong.Parse(r.GetString() ?? "0", NumberStyles.None, CultureInfo.InvariantCulture)).ToArray()
            : []);

    private static InteractionUser ParseUser(JsonElement user) => new(
        RequiredSnowflake(user, "id"), String(user, "username") ?? string.Empty, String(user, "global_name"),
        user.TryGetProperty("bot", out var b) && b.ValueKind == JsonValueKind.True);

    private static string? String(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int? Int(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    private static int RequiredInt(JsonElement e, string name) => Int(e, name) ?? throw new FormatException($"Missing or malformed '{name}'.");

    private static ulong? Snowflake(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        // Parsed from the raw UTF-8 (no string per id); an escaped value takes the slow path.
        var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(v);
        if (raw is [(byte)'"', .., (byte)'"'])
        {
            raw = raw[1..^1];
        }

        if (raw.IndexOf((byte)'\\') < 0)
        {
            return raw.Length > 0 && raw[0] is >= (byte)'0' and <= (byte)'9'
                && System.Buffers.Text.Utf8Parser.TryParse(raw, out ulong fast, out var consumed) && consumed == raw.Length ? fast : null;
        }

        return ulong.TryParse(v.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    private static ulong RequiredSnowflake(JsonElement e, string name) => Snowflake(e, name) ?? throw new FormatException($"Missing or malformed '{name}'.");
}
