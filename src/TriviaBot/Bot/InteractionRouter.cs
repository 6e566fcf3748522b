using Microsoft.Extensions.Logging;
using TriviaBot.Bot.Commands;
using TriviaBot.Discord.Interactions;

namespace TriviaBot.Bot;

/// The one <see cref="IInteractionHandler"/> the Discord client calls: sends a command (or its autocomplete) to its
/// <see cref="IBotCommand"/> and a button or modal to the <see cref="IComponentHandler"/> of its custom-id prefix.
/// Anything unknown (a stale button of a removed feature) gets an ephemeral explanation.
public sealed class InteractionRouter(IEnumerable<IBotCommand> commands, IEnumerable<IComponentHandler> components, ILogger<InteractionRouter> logger) : IInteractionHandler
{
    private readonly Dictionary<string, IBotCommand> _commands = commands.ToDictionary(c => c.Definition.Name, StringComparer.Ordinal);
    private readonly Dictionary<string, IComponentHandler> _components = components.SelectMany(c => c.Prefixes.Select(p => (p, c))).ToDictionary(x => x.p, x => x.c, StringComparer.Ordinal);

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        switch (interaction.Type)
        {
            case InteractionType.ApplicationCommand or InteractionType.ApplicationCommandAutocomplete
                when interaction.Command is { } command && _commands.TryGetValue(command.Name, out var handler):
                return handler.HandleAsync(context, cancellationToken);
            case InteractionType.MessageComponent or InteractionType.ModalSubmit
                when Prefix(interaction.Component?.CustomId ?? interaction.Modal?.CustomId) is { } prefix && _components.TryGetValue(prefix, out var component):
                return component.HandleAsync(context, cancellationToken);
            case InteractionType.ApplicationCommandAutocomplete:
                return context.AutocompleteAsync([], cancellationToken);
            default:
                logger.LogInformation("No handler for {Type} {Name}", interaction.Type, interaction.Command?.Name ?? interaction.Component?.CustomId ?? interaction.Modal?.CustomId);
                return context.RespondAsync("This bot doesn't know that any more — try the command again.", ephemeral: true, cancellationToken);
        }
    }

    private static string? Prefix(string? customId) =>
        customId is null ? null : customId.IndexOf(':', StringComparison.Ordinal) is var at and > 0 ? customId[..at] : customId;
}
