using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriviaBot.Discord;
using TriviaBot.Discord.Rest;
using TriviaBot.Game;
using TriviaBot.Storage;

namespace TriviaBot.Bot;

public sealed class DailyOptions
{
    public const string Section = "Daily";

    /// If the bot was down at a channel's post time and comes back within this window, it posts late, once;
    /// after it, the day is skipped (and the log says why).
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Daily:CatchUpWindow must be between 00:00:00 and 1.00:00:00.")]
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(6);

    /// How long a claim belongs to the process that took it before another may finish it (after a crash).
    [Range(typeof(TimeSpan), "00:00:10", "00:30:00", ErrorMessage = "Daily:ClaimLease must be between 00:00:10 and 00:30:00.")]
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(1);
}

/// Posts each channel's daily question at its local time, exactly once per local date: the (channel, date) is
/// claimed in the database with its question post before anything is sent; the message goes out with a nonce made
/// from that post (enforce_nonce), so a retry after a crash returns the message already sent instead of a second
/// one; the message id is recorded after. A claim left unfinished by a dead process is taken over once its lease
/// runs out. The question stays open until the next daily post, which is when the engine reveals it with stats.
public sealed class DailyService(
    ITriviaStore store,
    TriviaEngine engine,
    DiscordRestClient rest,
    IOptions<DailyOptions> options,
    TimeProvider time,
    ILogger<DailyService> logger) : BackgroundService
{
    private static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _wake = new(0);
    private readonly DailyOptions _options = options.Value;

    /// This process's name on its claims.
    public string Instance { get; } = Environment.MachineName + "/" + Guid.NewGuid().ToString("N")[..8];

    /// Test seam: runs after each step ("claimed", "sent", "recorded"); a test throws from it to stop right there,
    /// as a crash would.
    internal Func<string, Task>? AfterStep { get; set; }

    /// A schedule changed: look again now rather than at the next planned wake-up.
    public void Wake() => _wake.Release();

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset? nextDue = null;
            try
            {
                nextDue = await TickAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Daily scheduling pass failed; trying again shortly");
            }

            var wakeAt = time.GetUtcNow() + MaxSleep;
            if (nextDue is { } due && due < wakeAt)
            {
                wakeAt = due;
            }

            using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            try
            {
                await Task.WhenAny(time.DelayUntilAsync(wakeAt, sleep.Token), _wake.WaitAsync(sleep.Token));
            }
            finally
            {
                await sleep.CancelAsync();
            }
        }
    }

    /// One pass: finish abandoned claims, post what is due; returns when the next post is due.
    internal async Task<DateTimeOffset?> TickAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var schedules = (await store.GetDailySchedulesAsync(null, cancellationToken)).Where(s => s.Enabled).ToList();
        await ResumeAbandonedAsync(schedules, now, cancellationToken);
        DateTimeOffset? next = null;
        foreach (var record in schedules)
        {
            if (!TryBuild(record, out var schedule))
            {
                await DisableAsync(record.ChannelId, $"the time zone '{record.TimeZone}' is no longer known", cancellationToken);
                continue;
            }

            await PostIfDueAsync(record, schedule, now, cancellationToken);
            var upcoming = schedule.Next(now).At;
            next = next is null || upcoming < next ? upcoming : next;
        }

        return next;
    }

    public static bool TryBuild(DailyScheduleRecord record, out DailySchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(record);
        schedule = null!;
        if (!DailySchedule.TryParseTime(record.LocalTime, out var at) || !DailySchedule.TryFindZone(record.TimeZone, out var zone))
        {
            return false;
        }

        schedule = DailySchedule.Create(at, zone);
        return true;
    }

    private async Task PostIfDueAsync(DailyScheduleRecord record, DailySchedule schedule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (schedule.Latest(now) is not { } due || due.At < record.UpdatedAt)
        {
            return; // Nothing due yet, or the schedule was set after today's time: it starts with the next one.
        }

        if (await store.GetDailyClaimAsync(record.ChannelId, due.LocalDate, cancellationToken) is not null)
        {
            return;
        }

        var late = now - due.At;
        if (late > _options.CatchUpWindow)
        {
            var reason = string.Create(CultureInfo.InvariantCulture,
                $"the bot was not running at {schedule.Describe(due.At)}; {late.TotalHours:0.0} h later is past the {_options.CatchUpWindow.TotalHours:0.#} h catch-up window");
            if (await store.SkipDailyAsync(record.ChannelId, due.LocalDate, Instance, now, reason, cancellationToken))
            {
                logger.LogWarning("Daily question for channel {ChannelId} on {Date} skipped: {Reason}", record.ChannelId, due.LocalDate, reason);
            }

            return;
        }

        var question = await engine.PickDailyAsync(record.ChannelId, cancellationToken);
        if (question is null)
        {
            if (await store.SkipDailyAsync(record.ChannelId, due.LocalDate, Instance, now, "there are no questions to ask", cancellationToken))
            {
                logger.LogWarning("Daily question for channel {ChannelId} on {Date} skipped: there are no questions", record.ChannelId, due.LocalDate);
            }

            return;
        }

        var closes = schedule.Next(due.At).At;
        var claimed = await store.ClaimDailyAsync(record.ChannelId, due.LocalDate, Instance, now,
            new NewPost(null, record.GuildId, record.ChannelId, null, null, question.Id, question.ToJson(), null, null, now, closes, closes, Daily: true), cancellationToken);
        if (claimed is not { } claim)
        {
            return; // Another process claimed this day first.
        }

        if (late > TimeSpan.FromMinutes(1))
        {
            logger.LogInformation("Daily question for channel {ChannelId} on {Date} posted {Late} late (the bot was down at its time)", record.ChannelId, due.LocalDate, late);
        }

        await StepAsync("claimed");
        await SendAsync(record, claim.Claim, claim.Post, cancellationToken);
    }

    private async Task ResumeAbandonedAsync(List<DailyScheduleRecord> schedules, DateTimeOffset now, CancellationToken cancellationToken)
    {
        foreach (var claim in await store.GetUnfinishedDailyClaimsAsync(cancellationToken))
        {
            var record = schedules.FirstOrDefault(s => s.ChannelId == claim.ChannelId);
            if (record is null || claim.PostId is not { } postId)
            {
                continue; // Turned off meanwhile (a missing channel, say): never retried.
            }

            if (!await store.TakeOverDailyClaimAsync(claim.ChannelId, claim.LocalDate, Instance, now, now - _options.ClaimLease, cancellationToken))
            {
                continue; // Still another process's to finish.
            }

            var post = await store.GetPostAsync(postId, cancellationToken);
            if (post is not { IsOpen: true })
            {
                continue;
            }

            logger.LogInformation("Finishing the daily question for channel {ChannelId} on {Date} that {Claimer} claimed at {ClaimedAt}",
                claim.ChannelId, claim.LocalDate, claim.ClaimedBy, claim.ClaimedAt);
            await SendAsync(record, claim, post, cancellationToken);
        }
    }

    private async Task SendAsync(DailyScheduleRecord record, DailyClaim claim, PostRecord post, CancellationToken cancellationToken)
    {
        var question = QuestionSnapshot.FromJson(post.QuestionJson);
        var (embeds, components) = TriviaMessages.Question(post.Id, question, post, TriviaEngine.DailyLabel);
        var message = new MessageCreate
        {
            // The role ping, if set, is the only mention this message may make.
            Content = record.RoleId is { } role ? string.Create(CultureInfo.InvariantCulture, $"<@&{role}>") : null,
            Embeds = embeds,
            Components = components,
            AllowedMentions = record.RoleId is { } r ? AllowedMentions.Role(r) : AllowedMentions.None,
        };
        DiscordMessage sent;
        try
        {
            sent = await rest.CreateMessageAsync(record.ChannelId, message, nonce: Nonce(post.Id), enforceNonce: true, cancellationToken: cancellationToken);
        }
        catch (DiscordApiException ex) when (ex.Code is DiscordErrorCodes.MissingAccess or DiscordErrorCodes.MissingPermissions or DiscordErrorCodes.UnknownChannel)
        {
            var reason = ex.Code switch
            {
                DiscordErrorCodes.UnknownChannel => "the channel no longer exists",
                DiscordErrorCodes.MissingAccess => "the bot can't see the channel (50001 Missing Access)",
                _ => "the bot may not post there (50013 Missing Permissions)",
            };
            await DisableAsync(record.ChannelId, reason, cancellationToken);
            await engine.CancelPostAsync(post.Id, cancellationToken);
            return;
        }

        await StepAsync("sent");
        await store.RecordDailyMessageAsync(record.ChannelId, claim.LocalDate, post.Id, sent.Id, time.GetUtcNow(), cancellationToken);
        await StepAsync("recorded");
        engine.ArmPost(post with { MessageId = sent.Id });
    }

    private async Task DisableAsync(ulong channelId, string reason, CancellationToken cancellationToken)
    {
        if (await store.DisableDailyScheduleAsync(channelId, reason, cancellationToken))
        {
            logger.LogWarning("Daily trivia in channel {ChannelId} turned off: {Reason}. /daily status shows it; /daily set turns it back on", channelId, reason);
        }
    }

    /// Discord's nonce (≤ 25 characters), the same for every attempt at one claim's message.
    internal static string Nonce(long postId) => "daily-" + postId.ToString(CultureInfo.InvariantCulture);

    private Task StepAsync(string step) => AfterStep?.Invoke(step) ?? Task.CompletedTask;
}
