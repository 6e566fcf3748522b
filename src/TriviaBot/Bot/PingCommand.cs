using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Interactions;

namespace TriviaBot.Bot;

/// `/ping`: proves the whole path (gateway dispatch → handler → callback) and reports how long the bot took.
/// The trivia commands arrive with the bot issue; this stays as the health check.
public sealed class PingCommand : IInteractionHandler
{
    public static readonly ApplicationCommandDefinition Definition = new()
    {
        Name = "ping",
        Description = "Check that TriviaBot is alive and how fast it answers.",
    };

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (context.Interaction.Command?.Name != Definition.Name)
        {
            return context.RespondAsync("Unknown command.", ephemeral: true, cancellationToken);
        }

        return context.RespondAsync($"Pong! Answered {context.Elapsed.TotalMilliseconds:0.0} ms after Discord's event arrived.", ephemeral: true, cancellationToken);
    }
}
