using TriviaBot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Interactions;

namespace TriviaBot.Bot.Commands;

/// A slash command: its declaration and its handler (autocomplete of its options included).
public interface IBotCommand
{
    ApplicationCommandDefinition Definition { get; }

    Task HandleAsync(InteractionContext context, CancellationToken cancellationToken);
}

/// Components (buttons, modals) whose custom id starts with one of <see cref="Prefixes"/>.
public interface IComponentHandler
{
    IReadOnlyList<string> Prefixes { get; }

    Task HandleAsync(InteractionContext context, CancellationToken cancellationToken);
}

public static class BotCommandServiceCollectionExtensions
{
    /// Declares a slash command explicitly (no assembly scanning).
    public static IServiceCollection AddSlashCommand<T>(this IServiceCollection services)
        where T : class, IBotCommand
    {
        services.AddSingleton<T>();
        services.AddSingleton<IBotCommand>(sp => sp.GetRequiredService<T>());
        return services;
    }
}

/// Option helpers that turn a bad value into one clear sentence for an ephemeral reply.
internal static class Options
{
    public static string? String(InteractionContext context, string name) =>
        context.Interaction.Command?.Option(name)?.AsString() is { } s && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

    public static bool TryInt(InteractionContext context, string name, long min, long max, long fallback, out long value, out string? error)
    {
        error = null;
        value = fallback;
        var option = context.Interaction.Command?.Option(name);
        if (option?.Value is null)
        {
            return true;
        }

        try
        {
            value = option.AsInt64();
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidOperationException)
        {
            error = $"Option `{name}` must be a whole number from {min} to {max}.";
            return false;
        }

        if (value < min || value > max)
        {
            error = $"Option `{name}` must be from {min} to {max} (got {value}).";
            return false;
        }

        return true;
    }

    /// The `kind` option: null when absent, an error when it isn't one of the three kinds.
    public static bool TryKind(InteractionContext context, out string? kind, out string? error)
    {
        error = null;
        kind = null;
        var raw = String(context, "kind");
        if (raw is null)
        {
            return true;
        }

        if (TriviaBot.Knowledge.QuestionKinds.TryParse(raw, out var parsed))
        {
            kind = TriviaBot.Knowledge.QuestionKinds.ToWire(parsed);
            return true;
        }

        error = $"Option `kind` must be one of multiple-choice, free-answer or who-said (got \"{TriviaMessages.Clip(raw, 50)}\").";
        return false;
    }

    public static IReadOnlyList<CommandChoice> Choices(IEnumerable<string> names) =>
        names.Take(25).Select(n => CommandChoice.String(TriviaMessages.Clip(n, 100), TriviaMessages.Clip(n, 100))).ToArray();

    public static readonly IReadOnlyList<CommandChoice> KindChoices =
    [
        CommandChoice.String("Multiple choice", "multiple-choice"),
        CommandChoice.String("Free answer", "free-answer"),
        CommandChoice.String("Who said it?", "who-said"),
    ];
}
