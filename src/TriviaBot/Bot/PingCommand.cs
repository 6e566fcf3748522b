using TriviaBot.Bot.Commands;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Interactions;

namespace TriviaBot.Bot;

/// `/ping`: proves the whole path (gateway dispatch → handler → callback) and reports how long the bot took.
public sealed class PingCommand : IBotCommand
{
    public ApplicationCommandDefinition Definition { get; } = new()
    {
        Name = "ping",
        Description = "Check that TriviaBot is alive and how fast it answers.",
    };

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken) =>
        context.RespondAsync($"Pong! Answered {context.Elapsed.TotalMilliseconds:0.0} ms after Discord's event arrived.", ephemeral: true, cancellationToken);
}
