using System.Globalization;
using System.Text;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;
using TriviaBot.Game;
using TriviaBot.Storage;

namespace TriviaBot.Bot.Commands;

/// `/daily set | off | status | preview` — Manage Server only (declared, and checked again on our side).
public sealed class DailyCommand(ITriviaStore store, TriviaEngine engine, DailyService daily, TimeProvider time) : IBotCommand
{
    public ApplicationCommandDefinition Definition { get; } = new()
    {
        Name = "daily",
        Description = "A trivia question every day in a channel, at its own local time (Manage Server).",
        DefaultMemberPermissions = Permissions.ManageGuild.ToString(CultureInfo.InvariantCulture),
        Contexts = [InteractionContextTypes.Guild],
        Options =
        [
            new CommandOptionDefinition
            {
                Type = ApplicationCommandOptionType.SubCommand, Name = "set", Description = "Post a daily question in a channel",
                Options =
                [
                    new CommandOptionDefinition { Type = ApplicationCommandOptionType.Channel, Name = "channel", Description = "Where to post", Required = true, ChannelTypes = [0] },
                    new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "time", Description = "Local time, HH:mm (24-hour)", Required = true, MinLength = 4, MaxLength = 5 },
                    new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "timezone", Description = "IANA time zone, e.g. Europe/Berlin (start typing)", Required = true, Autocomplete = true, MaxLength = 64 },
                    new CommandOptionDefinition { Type = ApplicationCommandOptionType.Role, Name = "role", Description = "A role to mention with each post" },
                ],
            },
            new CommandOptionDefinition
            {
                Type = ApplicationCommandOptionType.SubCommand, Name = "off", Description = "Stop the daily question in a channel",
                Options = [new CommandOptionDefinition { Type = ApplicationCommandOptionType.Channel, Name = "channel", Description = "Which channel (default: this one)", ChannelTypes = [0] }],
            },
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.SubCommand, Name = "status", Description = "This server's daily questions and when the next ones come" },
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.SubCommand, Name = "preview", Description = "See the question the next daily post would ask (only you)" },
        ],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        if (interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            await context.AutocompleteAsync(Permissions.CanManage(interaction)
                ? Options.Choices(QuestionPool.Match(DailySchedule.ZoneNames, interaction.Command?.Focused?.AsString(), 25))
                : [], cancellationToken);
            return;
        }

        if (!Permissions.CanManage(interaction))
        {
            await context.RespondAsync("You need the Manage Server permission to use /daily.", ephemeral: true, cancellationToken);
            return;
        }

        switch (interaction.Command?.SubcommandPath is [var sub, ..] ? sub : null)
        {
            case "set":
                await SetAsync(context, cancellationToken);
                return;
            case "off":
                await OffAsync(context, cancellationToken);
                return;
            case "status":
                await StatusAsync(context, cancellationToken);
                return;
            case "preview":
                await PreviewAsync(context, cancellationToken);
                return;
            default:
                await context.RespondAsync("Use /daily set, off, status or preview.", ephemeral: true, cancellationToken);
                return;
        }
    }

    private async Task SetAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        var timeText = Options.String(context, "time");
        var zoneText = Options.String(context, "timezone");
        if (!TryChannel(context, "channel", out var channel))
        {
            await context.RespondAsync("Option `channel` must be a text channel of this server.", ephemeral: true, cancellationToken);
            return;
        }

        if (!DailySchedule.TryParseTime(timeText, out var localTime))
        {
            await context.RespondAsync($"Option `time` must be {DailySchedule.TimeFormatHelp} (got \"{TriviaMessages.Clip(timeText ?? string.Empty, 20)}\").", ephemeral: true, cancellationToken);
            return;
        }

        if (!DailySchedule.TryFindZone(zoneText, out var zone))
        {
            await context.RespondAsync($"Option `timezone` must be {DailySchedule.ZoneHelp} (got \"{TriviaMessages.Clip(zoneText ?? string.Empty, 64)}\").", ephemeral: true, cancellationToken);
            return;
        }

        ulong? role = null;
        if (interaction.Command?.Option("role")?.Value is not null)
        {
            if (!ulong.TryParse(interaction.Command.Option("role")!.AsString(), NumberStyles.None, CultureInfo.InvariantCulture, out var roleId))
            {
                await context.RespondAsync("Option `role` must be a role of this server.", ephemeral: true, cancellationToken);
                return;
            }

            role = roleId;
        }

        var now = time.GetUtcNow();
        var hhmm = localTime.ToString("HH:mm", CultureInfo.InvariantCulture);
        await store.UpsertDailyScheduleAsync(new DailyScheduleRecord(channel, interaction.GuildId ?? 0, hhmm, zone.Id, role, true, null, now, interaction.User?.Id ?? 0), cancellationToken);
        daily.Wake();
        var schedule = DailySchedule.Create(localTime, zone);
        var next = schedule.Next(now).At;
        await context.RespondAsync(
            $"📅 Daily trivia in <#{channel}> at {hhmm} {zone.Id}{(role is { } r ? $", mentioning <@&{r}>" : string.Empty)}. " +
            $"Next post: {schedule.Describe(next)}, {DailySchedule.Relative(next - now)}.", ephemeral: true, cancellationToken);
    }

    private async Task OffAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var channel = context.Interaction.ChannelId ?? 0;
        if (context.Interaction.Command?.Option("channel")?.Value is not null && !TryChannel(context, "channel", out channel))
        {
            await context.RespondAsync("Option `channel` must be a text channel of this server.", ephemeral: true, cancellationToken);
            return;
        }

        var turnedOff = await store.DisableDailyScheduleAsync(channel, "turned off with /daily off", cancellationToken);
        await context.RespondAsync(turnedOff ? $"Daily trivia in <#{channel}> is off." : $"<#{channel}> has no daily trivia on.", ephemeral: true, cancellationToken);
    }

    private async Task StatusAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var schedules = await store.GetDailySchedulesAsync(context.Interaction.GuildId ?? 0, cancellationToken);
        var text = new StringBuilder();
        foreach (var record in schedules)
        {
            text.Append("<#").Append(record.ChannelId).Append("> — ").Append(record.LocalTime).Append(' ').Append(record.TimeZone);
            if (record.RoleId is { } role)
            {
                text.Append(", mentions <@&").Append(role).Append('>');
            }

            if (!record.Enabled)
            {
                text.Append("\n  ⏸️ off: ").Append(record.DisabledReason ?? "turned off");
            }
            else if (DailyService.TryBuild(record, out var schedule))
            {
                var next = schedule.Next(now).At;
                text.Append("\n  next: ").Append(schedule.Describe(next)).Append(", ").Append(DailySchedule.Relative(next - now));
                if (schedule.Latest(now) is { } last && await store.GetDailyClaimAsync(record.ChannelId, last.LocalDate, cancellationToken) is { SkippedReason: { } skipped })
                {
                    text.Append("\n  ⚠️ ").Append(last.LocalDate.ToString("ddd d MMM", CultureInfo.InvariantCulture)).Append(" was skipped: ").Append(skipped);
                }
            }

            text.Append('\n');
        }

        await context.RespondAsync(new InteractionCallbackData
        {
            Embeds = [new Embed { Title = "📅 Daily trivia", Description = schedules.Count == 0 ? "No daily questions yet — set one with /daily set." : TriviaMessages.Clip(text.ToString(), 4000), Color = TriviaMessages.Blurple }],
            Flags = MessageFlags.Ephemeral,
        }, cancellationToken);
    }

    private async Task PreviewAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var channel = context.Interaction.ChannelId ?? 0;
        var question = await engine.PeekDailyAsync(channel, cancellationToken);
        if (question is null)
        {
            await context.RespondAsync("There are no questions to ask yet.", ephemeral: true, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var preview = new PostRecord(0, context.Interaction.GuildId ?? 0, channel, null, null, question.Id, question.ToJson(), null, null, null, now, now.AddDays(1), now.AddDays(1), false, null, true);
        var (embeds, _) = TriviaMessages.Question(0, question, preview, TriviaEngine.DailyLabel + " · preview");
        await context.RespondAsync(new InteractionCallbackData { Embeds = embeds, Flags = MessageFlags.Ephemeral }, cancellationToken);
    }

    private static bool TryChannel(InteractionContext context, string name, out ulong channel)
    {
        channel = 0;
        return context.Interaction.Command?.Option(name)?.AsString() is { } text && ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out channel);
    }
}
