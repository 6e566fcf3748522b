using System.Globalization;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;
using TriviaBot.Storage;

namespace TriviaBot.Bot.Commands;

/// `/leaderboard [period: all|week] [page]`.
public sealed class LeaderboardCommand(ITriviaStore store, TimeProvider time) : IBotCommand
{
    private const int PageSize = 10;

    public ApplicationCommandDefinition Definition { get; } = new()
    {
        Name = "leaderboard",
        Description = "This server's trivia leaderboard.",
        Contexts = [InteractionContextTypes.Guild],
        Options =
        [
            new CommandOptionDefinition
            {
                Type = ApplicationCommandOptionType.String, Name = "period", Description = "All time, or the last 7 days",
                Choices = [CommandChoice.String("All time", "all"), CommandChoice.String("This week (last 7 days)", "week"), CommandChoice.String("Daily questions, last 7 days", "daily")],
            },
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.Integer, Name = "page", Description = "Page number", MinValue = 1, MaxValue = 1000 },
        ],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var period = Options.String(context, "period") ?? "all";
        if (period is not ("all" or "week" or "daily"))
        {
            await context.RespondAsync($"Option `period` must be all, week or daily (got \"{TriviaMessages.Clip(period, 50)}\").", ephemeral: true, cancellationToken);
            return;
        }

        if (!Options.TryInt(context, "page", 1, 1000, 1, out var page, out var error))
        {
            await context.RespondAsync(error!, ephemeral: true, cancellationToken);
            return;
        }

        DateTimeOffset? since = period is "week" or "daily" ? time.GetUtcNow() - TimeSpan.FromDays(7) : null;
        var guild = context.Interaction.GuildId ?? 0;
        var result = period == "daily"
            ? await store.GetDailyLeaderboardAsync(guild, since!.Value, (int)(page - 1) * PageSize, PageSize, cancellationToken)
            : await store.GetLeaderboardAsync(guild, since, (int)(page - 1) * PageSize, PageSize, cancellationToken);
        if (result.Entries.Count == 0 && page > 1)
        {
            var pages = Math.Max(1, (result.TotalPlayers + PageSize - 1) / PageSize);
            await context.RespondAsync(string.Create(CultureInfo.InvariantCulture, $"Page {page} is empty — the leaderboard has {pages} page{(pages == 1 ? string.Empty : "s")}."), ephemeral: true, cancellationToken);
            return;
        }

        var title = period switch
        {
            "week" => "🏆 Leaderboard — last 7 days",
            "daily" => "📅 Daily question leaderboard — last 7 days",
            _ => "🏆 Leaderboard — all time",
        };
        await context.RespondAsync(new InteractionCallbackData { Embeds = [TriviaMessages.Leaderboard(title, result, (int)page, PageSize)] }, cancellationToken);
    }
}

/// `/score [user]`: points, answered, accuracy, best streak and rank.
public sealed class ScoreCommand(ITriviaStore store) : IBotCommand
{
    public ApplicationCommandDefinition Definition { get; } = new()
    {
        Name = "score",
        Description = "Trivia stats for you or another member.",
        Contexts = [InteractionContextTypes.Guild],
        Options = [new CommandOptionDefinition { Type = ApplicationCommandOptionType.User, Name = "user", Description = "Whose stats (default: yours)" }],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        ulong userId;
        var option = interaction.Command?.Option("user");
        if (option?.Value is null)
        {
            userId = interaction.User?.Id ?? 0;
        }
        else if (!ulong.TryParse(option.AsString(), NumberStyles.None, CultureInfo.InvariantCulture, out userId))
        {
            await context.RespondAsync("Option `user` must be a member of this server.", ephemeral: true, cancellationToken);
            return;
        }

        var guildId = interaction.GuildId ?? 0;
        var player = await store.GetPlayerAsync(guildId, userId, cancellationToken);
        if (player is null)
        {
            await context.RespondAsync(userId == interaction.User?.Id
                ? "You haven't answered a question yet — try /trivia."
                : "That member hasn't answered a question yet.", ephemeral: true, cancellationToken);
            return;
        }

        var total = (await store.GetLeaderboardAsync(guildId, null, 0, 1, cancellationToken)).TotalPlayers;
        await context.RespondAsync(new InteractionCallbackData { Embeds = [TriviaMessages.Player(player, total)] }, cancellationToken);
    }
}
