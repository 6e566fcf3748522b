using TriviaBot.Knowledge;
using System.Globalization;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;
using TriviaBot.Storage;

namespace TriviaBot.Bot.Commands;

/// `/trivia-admin reload | retire <question> | reports | stats` — Manage Server only. Discord hides the command
/// from others (default_member_permissions), and the bot checks the member's permissions itself too, because
/// server admins can override command permissions and a forged or stale client can still send the interaction.
public sealed class TriviaAdminCommand(ITriviaStore store, KnowledgeStore content, TimeProvider time) : IBotCommand
{
    public ApplicationCommandDefinition Definition { get; } = new()
    {
        Name = "trivia-admin",
        Description = "Manage TriviaBot on this server (Manage Server).",
        DefaultMemberPermissions = Permissions.ManageGuild.ToString(CultureInfo.InvariantCulture),
        Contexts = [InteractionContextTypes.Guild],
        Options =
        [
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.SubCommand, Name = "reload", Description = "Reload articles and question packs" },
            new CommandOptionDefinition
            {
                Type = ApplicationCommandOptionType.SubCommand, Name = "retire", Description = "Never ask a question again",
                Options = [new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "question", Description = "Question id, or start typing its text", Required = true, Autocomplete = true, MaxLength = 100 }],
            },
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.SubCommand, Name = "reports", Description = "Questions players reported" },
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.SubCommand, Name = "stats", Description = "Content and play statistics" },
        ],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        if (!Permissions.CanManage(interaction))
        {
            if (interaction.Type == InteractionType.ApplicationCommandAutocomplete)
            {
                await context.AutocompleteAsync([], cancellationToken);
                return;
            }

            await context.RespondAsync("You need the Manage Server permission to use /trivia-admin.", ephemeral: true, cancellationToken);
            return;
        }

        if (interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            await context.AutocompleteAsync(await RetireChoicesAsync(interaction.Command?.Focused?.AsString(), cancellationToken), cancellationToken);
            return;
        }

        switch (interaction.Command?.SubcommandPath is [var sub, ..] ? sub : null)
        {
            case "reload":
                await context.DeferAsync(ephemeral: true, cancellationToken);
                var snapshot = await Task.Run(() => content.Load(), cancellationToken);
                await context.RespondAsync(
                    $"Reloaded: {snapshot.Knowledge.Articles.Count} articles ({snapshot.Knowledge.Skipped.Count} skipped), {snapshot.Pool.Questions.Count} questions to serve, {snapshot.Knowledge.Quotes.Count} quotes, {snapshot.Packs.Packs.Count} packs" +
                    (snapshot.Packs.Errors.Count > 0 ? $"; pack errors: {string.Join("; ", snapshot.Packs.Errors.Take(3))}" : string.Empty) + ". Games in progress carry on.",
                    ephemeral: true, cancellationToken);
                return;
            case "retire":
                await RetireAsync(context, Options.String(context, "question"), cancellationToken);
                return;
            case "reports":
                await ReportsAsync(context, cancellationToken);
                return;
            case "stats":
                await StatsAsync(context, cancellationToken);
                return;
            default:
                await context.RespondAsync("Use reload, retire, reports or stats.", ephemeral: true, cancellationToken);
                return;
        }
    }

    private async Task RetireAsync(InteractionContext context, string? questionId, CancellationToken cancellationToken)
    {
        var known = questionId is not null && (content.Current.Pool.Find(questionId) is not null
            || (await store.GetReportsAsync(1000, cancellationToken)).Any(r => r.QuestionId == questionId));
        if (!known)
        {
            await context.RespondAsync($"Option `question` must be a question id (the Report button and /trivia-admin reports show them; got \"{TriviaMessages.Clip(questionId ?? string.Empty, 60)}\").", ephemeral: true, cancellationToken);
            return;
        }

        var fresh = await store.RetireAsync(questionId!, context.Interaction.User?.Id ?? 0, time.GetUtcNow(), cancellationToken);
        await context.RespondAsync(fresh ? $"Retired `{questionId}`: it will never be asked again." : $"`{questionId}` was already retired.", ephemeral: true, cancellationToken);
    }

    private async Task ReportsAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var reports = await store.GetReportsAsync(15, cancellationToken);
        var text = reports.Count == 0
            ? "No reported questions."
            : string.Join('\n', reports.Select(r => string.Create(CultureInfo.InvariantCulture,
                $"`{r.QuestionId}` ×{r.Reports}{(r.Retired ? " (retired)" : string.Empty)} — {TriviaMessages.Escape(TriviaMessages.Clip(r.Prompt, 150))}")));
        await context.RespondAsync(new InteractionCallbackData
        {
            Embeds = [new Embed { Title = "Reported questions", Description = TriviaMessages.Clip(text, 4000), Color = TriviaMessages.Grey, Footer = new EmbedFooter("Retire one with /trivia-admin retire") }],
            Flags = MessageFlags.Ephemeral,
        }, cancellationToken);
    }

    private async Task StatsAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var snapshot = content.Current;
        var stats = await store.GetStatsAsync(context.Interaction.GuildId ?? 0, cancellationToken);
        var kinds = snapshot.Pool.Questions.GroupBy(q => q.Question.Kind).Select(g => $"{TriviaMessages.KindLabel(g.Key.ToWire())} {g.Count()}");
        await context.RespondAsync(new InteractionCallbackData
        {
            Embeds =
            [
                new Embed
                {
                    Title = "TriviaBot stats",
                    Color = TriviaMessages.Grey,
                    Fields =
                    [
                        new EmbedField("Content", string.Create(CultureInfo.InvariantCulture,
                            $"{snapshot.Knowledge.Articles.Count} articles · {snapshot.Knowledge.Facts.Count} facts · {snapshot.Knowledge.Quotes.Count} quotes · {snapshot.Packs.Packs.Count} packs")),
                        new EmbedField("Questions", string.Create(CultureInfo.InvariantCulture, $"{snapshot.Pool.Questions.Count} to serve ({string.Join(", ", kinds)}) · {stats.Retired} retired · {stats.Reports} reports")),
                        new EmbedField("This server", string.Create(CultureInfo.InvariantCulture, $"{stats.Posts} questions asked · {stats.Answers} answers · {stats.Players} players · {stats.Games} games")),
                    ],
                },
            ],
            Flags = MessageFlags.Ephemeral,
        }, cancellationToken);
    }

    private async Task<IReadOnlyList<CommandChoice>> RetireChoicesAsync(string? typed, CancellationToken cancellationToken)
    {
        var text = typed?.Trim() ?? string.Empty;
        var reported = (await store.GetReportsAsync(25, cancellationToken)).Where(r => !r.Retired).Select(r => (r.QuestionId, r.Prompt));
        var pool = content.Current.Pool.Questions.Select(q => (QuestionId: q.Question.Id, q.Question.Prompt));
        return reported.Concat(pool)
            .Where(q => text.Length == 0 || q.QuestionId.StartsWith(text, StringComparison.OrdinalIgnoreCase) || q.Prompt.Contains(text, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(q => q.QuestionId)
            .Take(25)
            .Select(q => CommandChoice.String(TriviaMessages.Clip(q.Prompt, 100), q.QuestionId.Length <= 100 ? q.QuestionId : q.QuestionId[..100]))
            .ToArray();
    }
}
