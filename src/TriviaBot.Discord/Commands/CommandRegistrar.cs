using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Commands;

/// <summary>What <see cref="CommandRegistrar.RegisterAsync"/> did.</summary>
public enum CommandRegistrationOutcome
{
    /// <summary>The registered set already equalled the declared one; no PUT was sent.</summary>
    Unchanged,
    /// <summary>The set was bulk-overwritten.</summary>
    Overwritten,
}

/// <summary>Registers the declared commands with one bulk overwrite, to <see cref="DiscordOptions.DevelopmentGuildId"/>
/// when set (instant) or globally, and skips the PUT when Discord already has a semantically equal set: Discord
/// limits command creates per day, and a restart loop must not burn them.</summary>
public sealed class CommandRegistrar(DiscordRestClient rest, DiscordOptions options, ILogger<CommandRegistrar> logger)
{
    /// <summary>Validates, compares with the registered set and overwrites it if different.</summary>
    public async Task<CommandRegistrationOutcome> RegisterAsync(ulong applicationId, IReadOnlyList<ApplicationCommandDefinition> commands, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commands);
        CommandValidator.Validate(commands);
        ulong? guildId = string.IsNullOrWhiteSpace(options.DevelopmentGuildId)
            ? null
            : ulong.Parse(options.DevelopmentGuildId, NumberStyles.None, CultureInfo.InvariantCulture);
        var registered = guildId is { } g
            ? await rest.GetGuildCommandsAsync(applicationId, g, cancellationToken).ConfigureAwait(false)
            : await rest.GetGlobalCommandsAsync(applicationId, cancellationToken).ConfigureAwait(false);
        if (AreEquivalent(registered, commands))
        {
            logger.LogInformation("{Count} commands unchanged ({Scope}); skipping the overwrite", commands.Count, guildId is null ? "global" : "guild");
            return CommandRegistrationOutcome.Unchanged;
        }

        _ = guildId is { } guild
            ? await rest.BulkOverwriteGuildCommandsAsync(applicationId, guild, commands, cancellationToken).ConfigureAwait(false)
            : await rest.BulkOverwriteGlobalCommandsAsync(applicationId, commands, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Overwrote {Count} commands ({Scope})", commands.Count, guildId is null ? "global" : "guild");
        return CommandRegistrationOutcome.Overwritten;
    }

    /// <summary>True when both sets are equal once defaults are filled in and commands are ordered by name.</summary>
    public static bool AreEquivalent(IReadOnlyList<ApplicationCommandDefinition> registered, IReadOnlyList<ApplicationCommandDefinition> declared)
    {
        ArgumentNullException.ThrowIfNull(registered);
        ArgumentNullException.ThrowIfNull(declared);
        return string.Equals(Canonical(registered), Canonical(declared), StringComparison.Ordinal);
    }

    internal static string Canonical(IReadOnlyList<ApplicationCommandDefinition> commands)
    {
        var normalized = commands
            .Select(Normalize)
            .OrderBy(c => c.Type)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return JsonSerializer.Serialize(normalized, DiscordJsonContext.Default.ListApplicationCommandDefinition);
    }

    private static ApplicationCommandDefinition Normalize(ApplicationCommandDefinition command) => command with
    {
        Description = command.Description ?? string.Empty,
        Options = NormalizeOptions(command.Options),
        DefaultMemberPermissions = string.IsNullOrEmpty(command.DefaultMemberPermissions) ? null : command.DefaultMemberPermissions,
        Contexts = command.Contexts is null ? null : command.Contexts.Order().ToArray(),
        IntegrationTypes = command.IntegrationTypes is null or { Count: 0 } ? [0] : command.IntegrationTypes.Order().ToArray(),
        Nsfw = command.Nsfw == true ? true : null,
    };

    private static CommandOptionDefinition[]? NormalizeOptions(IReadOnlyList<CommandOptionDefinition>? options) =>
        options is null or { Count: 0 }
            ? null
            : options.Select(o => o with
            {
                Required = o.Required == true ? true : null,
                Autocomplete = o.Autocomplete == true ? true : null,
                Choices = o.Choices is null or { Count: 0 } ? null : o.Choices.Select(c => c with { Value = c.Value.Clone() }).ToArray(),
                Options = NormalizeOptions(o.Options),
                ChannelTypes = o.ChannelTypes is null or { Count: 0 } ? null : o.ChannelTypes.Order().ToArray(),
            }).ToArray();
}
