using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Commands;

/// <summary>Application command types.</summary>
public enum ApplicationCommandType
{
    /// <summary>A slash command.</summary>
    ChatInput = 1,
    /// <summary>A user context-menu command.</summary>
    User = 2,
    /// <summary>A message context-menu command.</summary>
    Message = 3,
}

/// <summary>Application command option types.</summary>
public enum ApplicationCommandOptionType
{
    /// <summary>A subcommand.</summary>
    SubCommand = 1,
    /// <summary>A group of subcommands.</summary>
    SubCommandGroup = 2,
    /// <summary>A string.</summary>
    String = 3,
    /// <summary>An integer (−2^53..2^53).</summary>
    Integer = 4,
    /// <summary>A boolean.</summary>
    Boolean = 5,
    /// <summary>A user id.</summary>
    User = 6,
    /// <summary>A channel id.</summary>
    Channel = 7,
    /// <summary>A role id.</summary>
    Role = 8,
    /// <summary>A user or role id.</summary>
    Mentionable = 9,
    /// <summary>A double.</summary>
    Number = 10,
    /// <summary>An attachment id.</summary>
    Attachment = 11,
}

/// <summary>Where a command can be used (<c>contexts</c>).</summary>
public static class InteractionContextTypes
{
    /// <summary>In a guild.</summary>
    public const int Guild = 0;
    /// <summary>In the bot's DM.</summary>
    public const int BotDm = 1;
    /// <summary>In other DMs and group DMs.</summary>
    public const int PrivateChannel = 2;
}

/// <summary>An option of a command, or a subcommand / subcommand group holding options.</summary>
public sealed record CommandOptionDefinition
{
    /// <summary>Type.</summary>
    [JsonPropertyName("type")] public ApplicationCommandOptionType Type { get; init; }

    /// <summary>Name (same rules as command names).</summary>
    [JsonPropertyName("name")] public required string Name { get; init; }

    /// <summary>Description (1–100).</summary>
    [JsonPropertyName("description")] public required string Description { get; init; }

    /// <summary>Required (required options come first).</summary>
    [JsonPropertyName("required")] public bool? Required { get; init; }

    /// <summary>Fixed choices (≤ 25); exclusive with <see cref="Autocomplete"/>.</summary>
    [JsonPropertyName("choices")] public IReadOnlyList<CommandChoice>? Choices { get; init; }

    /// <summary>Ask the bot for choices while the user types.</summary>
    [JsonPropertyName("autocomplete")] public bool? Autocomplete { get; init; }

    /// <summary>Children of a subcommand or group.</summary>
    [JsonPropertyName("options")] public IReadOnlyList<CommandOptionDefinition>? Options { get; init; }

    /// <summary>Allowed channel types for a channel option.</summary>
    [JsonPropertyName("channel_types")] public IReadOnlyList<int>? ChannelTypes { get; init; }

    /// <summary>Minimum of an integer or number option.</summary>
    [JsonPropertyName("min_value")] public double? MinValue { get; init; }

    /// <summary>Maximum of an integer or number option.</summary>
    [JsonPropertyName("max_value")] public double? MaxValue { get; init; }

    /// <summary>Minimum length of a string option.</summary>
    [JsonPropertyName("min_length")] public int? MinLength { get; init; }

    /// <summary>Maximum length of a string option.</summary>
    [JsonPropertyName("max_length")] public int? MaxLength { get; init; }
}

/// <summary>A command declared in code (and, from <c>GET</c>, one Discord has registered: unknown fields such as
/// <c>id</c> and <c>version</c> are ignored).</summary>
public sealed record ApplicationCommandDefinition
{
    /// <summary>Name: <c>^[-_'\p{L}\p{N}]{1,32}$</c>, lowercase for slash commands.</summary>
    [JsonPropertyName("name")] public required string Name { get; init; }

    /// <summary>Type (default chat input).</summary>
    [JsonPropertyName("type")] public ApplicationCommandType Type { get; init; } = ApplicationCommandType.ChatInput;

    /// <summary>Description (1–100 for slash commands, empty for context-menu commands).</summary>
    [JsonPropertyName("description")] public string Description { get; init; } = string.Empty;

    /// <summary>Options (≤ 25, required first).</summary>
    [JsonPropertyName("options")] public IReadOnlyList<CommandOptionDefinition>? Options { get; init; }

    /// <summary>Permission bitset as a string, e.g. <c>"32"</c> (MANAGE_GUILD); <c>"0"</c> = admins only.</summary>
    [JsonPropertyName("default_member_permissions")] public string? DefaultMemberPermissions { get; init; }

    /// <summary>Where it appears (<see cref="InteractionContextTypes"/>).</summary>
    [JsonPropertyName("contexts")] public IReadOnlyList<int>? Contexts { get; init; }

    /// <summary>Installation contexts (0 guild, 1 user).</summary>
    [JsonPropertyName("integration_types")] public IReadOnlyList<int>? IntegrationTypes { get; init; }

    /// <summary>Age-restricted.</summary>
    [JsonPropertyName("nsfw")] public bool? Nsfw { get; init; }
}

/// <summary>Checks declared commands against Discord's rules before they are sent.</summary>
public static partial class CommandValidator
{
    /// <summary>Global commands per application.</summary>
    public const int MaxCommands = 100;

    [GeneratedRegex(@"^[-_'\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();

    /// <summary>Throws <see cref="ArgumentException"/> naming the command and field of the first violation.</summary>
    public static void Validate(IReadOnlyList<ApplicationCommandDefinition> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        Check(commands.Count <= MaxCommands, "commands", $"has {commands.Count} commands; at most {MaxCommands} are allowed");
        var seen = new HashSet<(string, ApplicationCommandType)>();
        foreach (var command in commands)
        {
            Validate(command);
            Check(seen.Add((command.Name, command.Type)), command.Name, "is declared twice");
        }
    }

    /// <summary>Validates one command.</summary>
    public static void Validate(ApplicationCommandDefinition command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var at = $"command '{command.Name}'";
        if (command.Type == ApplicationCommandType.ChatInput)
        {
            CheckName(command.Name, at + " name");
            CheckDescription(command.Description, at + " description");
        }
        else
        {
            Check(command.Name.Length is >= 1 and <= 32, at + " name", "must be 1 to 32 characters");
            Check(command.Options is null || command.Options.Count == 0, at + " options", "context-menu commands take no options");
        }

        if (command.DefaultMemberPermissions is { } permissions)
        {
            Check(ulong.TryParse(permissions, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _),
                at + " default_member_permissions", "must be a decimal permission bitset string");
        }

        ValidateOptions(command.Options ?? [], at, depth: 0);
    }

    private static void ValidateOptions(IReadOnlyList<CommandOptionDefinition> options, string at, int depth)
    {
        Check(options.Count <= 25, at + " options", $"has {options.Count} options; at most 25 are allowed");
        var names = new HashSet<string>(StringComparer.Ordinal);
        var optionalSeen = false;
        var hasSub = options.Any(o => o.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup);
        foreach (var option in options)
        {
            var oat = $"{at} option '{option.Name}'";
            CheckName(option.Name, oat + " name");
            CheckDescription(option.Description, oat + " description");
            Check(names.Add(option.Name), oat, "is declared twice");
            var isSub = option.Type is ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup;
            Check(!hasSub || isSub, oat, "cannot be mixed with subcommands at the same level");
            if (option.Type == ApplicationCommandOptionType.SubCommandGroup)
            {
                Check(depth == 0, oat, "subcommand groups can only be at the top level");
                Check((option.Options ?? []).All(o => o.Type == ApplicationCommandOptionType.SubCommand), oat + " options", "a group holds only subcommands");
            }
            else if (option.Type == ApplicationCommandOptionType.SubCommand)
            {
                Check(depth <= 1, oat, "subcommands nest at most inside one group");
                Check((option.Options ?? []).All(o => o.Type is not (ApplicationCommandOptionType.SubCommand or ApplicationCommandOptionType.SubCommandGroup)), oat + " options", "a subcommand cannot hold subcommands");
            }
            else
            {
                Check(option.Options is null || option.Options.Count == 0, oat + " options", "only subcommands and groups have options");
                var required = option.Required == true;
                Check(!(required && optionalSeen), oat, "required options must come before optional ones");
                optionalSeen |= !required;
            }

            if (option.Choices is { } choices)
            {
                Check(option.Type is ApplicationCommandOptionType.String or ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number, oat + " choices", "only string, integer and number options have choices");
                Check(choices.Count <= 25, oat + " choices", $"has {choices.Count} choices; at most 25 are allowed");
                Check(option.Autocomplete != true || choices.Count == 0, oat, "cannot have both choices and autocomplete");
                foreach (var choice in choices)
                {
                    Check(choice.Name.Length is >= 1 and <= 100, oat + " choice name", $"'{choice.Name}' must be 1 to 100 characters");
                }
            }

            if (option.Autocomplete == true)
            {
                Check(option.Type is ApplicationCommandOptionType.String or ApplicationCommandOptionType.Integer or ApplicationCommandOptionType.Number, oat + " autocomplete", "only string, integer and number options autocomplete");
            }

            if (isSub)
            {
                ValidateOptions(option.Options ?? [], oat, depth + 1);
            }
        }
    }

    private static void CheckName(string name, string field)
    {
        Check(name is not null && NamePattern().IsMatch(name), field, $"'{name}' must match ^[-_'\\p{{L}}\\p{{N}}]{{1,32}}$");
        Check(string.Equals(name, name!.ToLowerInvariant(), StringComparison.Ordinal), field, $"'{name}' must be lowercase");
    }

    private static void CheckDescription(string description, string field) =>
        Check(description is { Length: >= 1 and <= 100 }, field, $"must be 1 to 100 characters (is {description?.Length ?? 0})");

    private static void Check(bool ok, string field, string problem)
    {
        if (!ok)
        {
            throw new ArgumentException($"{field} {problem}.", field);
        }
    }
}
