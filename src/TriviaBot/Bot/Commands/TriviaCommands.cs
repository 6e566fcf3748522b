using TriviaBot.Knowledge;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Interactions;

namespace TriviaBot.Bot.Commands;

/// `/trivia [topic] [kind]`: one question in the channel.
public sealed class TriviaCommand(TriviaEngine engine, KnowledgeStore content) : IBotCommand
{
    public ApplicationCommandDefinition Definition { get; } = new()
    {
        Name = "trivia",
        Description = "Ask one trivia question in this channel.",
        Contexts = [InteractionContextTypes.Guild],
        Options =
        [
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "topic", Description = "An article or question pack (start typing)", Autocomplete = true, MaxLength = 100 },
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "kind", Description = "The kind of question", Choices = Options.KindChoices },
        ],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (context.Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            await TopicSuggestions.SendAsync(context, content, cancellationToken);
            return;
        }

        if (!Options.TryKind(context, out var kind, out var error))
        {
            await context.RespondAsync(error!, ephemeral: true, cancellationToken);
            return;
        }

        await engine.AskAsync(context, Options.String(context, "topic"), kind, cancellationToken);
    }
}

/// `/whosaid [topic]`: a "who said it?" question with speaker buttons.
public sealed class WhoSaidCommand(TriviaEngine engine, KnowledgeStore content) : IBotCommand
{
    public ApplicationCommandDefinition Definition { get; } = new()
    {
        Name = "whosaid",
        Description = "Guess who said a quote from the articles.",
        Contexts = [InteractionContextTypes.Guild],
        Options =
        [
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "topic", Description = "An article (start typing)", Autocomplete = true, MaxLength = 100 },
        ],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        if (context.Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            await TopicSuggestions.SendAsync(context, content, cancellationToken);
            return;
        }

        await engine.AskAsync(context, Options.String(context, "topic"), "who-said", cancellationToken);
    }
}

/// `/trivia-game start rounds:<1–50> [topic] [kind]` and `/trivia-game stop`.
public sealed class TriviaGameCommand(TriviaEngine engine, KnowledgeStore content, Microsoft.Extensions.Options.IOptions<TriviaBot.Game.GameOptions> options) : IBotCommand
{
    public ApplicationCommandDefinition Definition { get; } = new()
    {
        Name = "trivia-game",
        Description = "Play a game of consecutive questions in this channel.",
        Contexts = [InteractionContextTypes.Guild],
        Options =
        [
            new CommandOptionDefinition
            {
                Type = ApplicationCommandOptionType.SubCommand, Name = "start", Description = "Start a game in this channel",
                Options =
                [
                    new CommandOptionDefinition { Type = ApplicationCommandOptionType.Integer, Name = "rounds", Description = "How many questions (1–50)", Required = true, MinValue = 1, MaxValue = 50 },
                    new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "topic", Description = "An article or question pack (start typing)", Autocomplete = true, MaxLength = 100 },
                    new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "kind", Description = "The kind of question", Choices = Options.KindChoices },
                ],
            },
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.SubCommand, Name = "stop", Description = "Stop this channel's game (its starter or Manage Server)" },
        ],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        if (interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            await TopicSuggestions.SendAsync(context, content, cancellationToken);
            return;
        }

        switch (interaction.Command?.SubcommandPath is [var sub, ..] ? sub : null)
        {
            case "start":
                var max = options.Value.MaxRounds;
                if (!Options.TryInt(context, "rounds", 1, max, 5, out var rounds, out var error) || !Options.TryKind(context, out var kind, out error))
                {
                    await context.RespondAsync(error!, ephemeral: true, cancellationToken);
                    return;
                }

                await engine.StartGameAsync(context, (int)rounds, Options.String(context, "topic"), kind, cancellationToken);
                return;
            case "stop":
                await engine.StopGameAsync(context, cancellationToken);
                return;
            default:
                await context.RespondAsync("Use /trivia-game start or /trivia-game stop.", ephemeral: true, cancellationToken);
                return;
        }
    }
}

/// The question buttons and the free-answer modal.
public sealed class QuestionComponents(TriviaEngine engine) : IComponentHandler
{
    public IReadOnlyList<string> Prefixes { get; } = [CustomIds.Choice, CustomIds.FreeAnswer, CustomIds.Modal, CustomIds.Report];

    public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        var customId = interaction.Component?.CustomId ?? interaction.Modal?.CustomId;
        if (!CustomIds.TryParse(customId, out var kind, out var postId, out var index) || interaction.User is null)
        {
            return context.RespondAsync("That button isn't valid any more.", ephemeral: true, cancellationToken);
        }

        return kind switch
        {
            CustomIds.Choice when index >= 0 => engine.AnswerChoiceAsync(context, postId, index, cancellationToken),
            CustomIds.FreeAnswer => engine.OpenFreeAnswerAsync(context, postId, cancellationToken),
            CustomIds.Modal => engine.AnswerFreeAsync(context, postId, interaction.Modal?.Values.GetValueOrDefault(CustomIds.GuessInput) ?? string.Empty, cancellationToken),
            CustomIds.Report => engine.ReportAsync(context, postId, cancellationToken),
            _ => context.RespondAsync("That button isn't valid any more.", ephemeral: true, cancellationToken),
        };
    }
}

/// The `topic` option's autocomplete, shared by /trivia, /whosaid and /trivia-game: articles and packs whose title
/// matches what the user typed, at most Discord's 25.
internal static class TopicSuggestions
{
    public static Task SendAsync(InteractionContext context, KnowledgeStore content, CancellationToken cancellationToken) =>
        context.AutocompleteAsync(Options.Choices(content.Current.Pool.MatchTopics(context.Interaction.Command?.Focused?.AsString(), 25)), cancellationToken);
}
