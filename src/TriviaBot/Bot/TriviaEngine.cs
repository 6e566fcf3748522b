using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriviaBot.Discord;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;
using TriviaBot.Game;
using TriviaBot.Knowledge;
using TriviaBot.Knowledge.Answers;
using TriviaBot.Storage;

namespace TriviaBot.Bot;

/// Runs questions in channels: posts them, takes answers, shows the hint at half time, reveals and scores at the
/// end of the window, and chains a game's rounds. Every state change is in the database first (the post, each
/// answer, the reveal with its scores), so a restart — even after kill -9 — picks up where the last process left:
/// <see cref="RecoverAsync"/> re-arms every open post and resumes every active game.
public sealed class TriviaEngine(
    ITriviaStore store,
    KnowledgeStore content,
    DiscordRestClient rest,
    IOptions<GameOptions> options,
    TimeProvider time,
    ILogger<TriviaEngine> logger) : IDisposable
{
    // An interaction token edits its message for 15 minutes; past that (or without one) the bot edits by message id.
    private static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(14);

    private readonly ConcurrentDictionary<long, OpenPost> _open = new();
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private long _trackCounter;
    private readonly ConcurrentDictionary<long, SemaphoreSlim> _gameGates = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly GameOptions _options = options.Value;

    private sealed record OpenPost(PostRecord Record, QuestionSnapshot Question, CancellationTokenSource Cancel);

    // A post read from the database to judge one answer (armed by another process, or not yet re-armed) has no timer.
    private static readonly CancellationTokenSource NotArmed = new();

    public void Dispose()
    {
        _stopping.Cancel();
        _stopping.Dispose();
    }

    /// Lets the timers stop; open posts stay open in the database for the next start to finish.
    public async Task StopAsync(TimeSpan timeout)
    {
        await _stopping.CancelAsync();
        var pending = _running.Values.ToArray();
        if (pending.Length > 0)
        {
            await Task.WhenAny(Task.WhenAll(pending), Task.Delay(timeout, time));
        }
    }

    /// Re-arms open posts (revealing those whose window passed while the bot was down) and resumes active games.
    public async Task RecoverAsync(CancellationToken cancellationToken)
    {
        var posts = await store.GetOpenPostsAsync(cancellationToken);
        foreach (var post in posts)
        {
            var question = QuestionSnapshot.FromJson(post.QuestionJson);
            if (post.GameId is not null && post.MessageId is null && post.InteractionToken is null)
            {
                // The process died between storing the round and learning its message id: send it again with the same
                // nonce, which Discord dedupes, so the round appears once either way.
                await SendGameRoundAsync(post, question, cancellationToken);
            }

            else if (post.MessageId is null && TokenValid(post))
            {
                await LearnMessageIdAsync(post);
            }

            Arm(post, question);
        }

        foreach (var game in await store.GetActiveGamesAsync(cancellationToken))
        {
            var gamePosts = await store.GetGamePostsAsync(game.Id, cancellationToken);
            if (gamePosts.All(p => !p.IsOpen))
            {
                Track(ContinueGameAsync(game.Id, TimeSpan.Zero));
            }
        }

        if (posts.Count > 0)
        {
            logger.LogInformation("Recovered {Posts} open questions", posts.Count);
        }
    }

    /// The daily question for a channel: one it hasn't had (until it has had them all), from the newest articles.
    public Task<QuestionSnapshot?> PickDailyAsync(ulong channelId, CancellationToken cancellationToken) =>
        NewestUnseenAsync(channelId, startNewCycle: true, cancellationToken);

    /// What <see cref="PickDailyAsync"/> would pick, without starting a new cycle (for /daily preview).
    public Task<QuestionSnapshot?> PeekDailyAsync(ulong channelId, CancellationToken cancellationToken) =>
        NewestUnseenAsync(channelId, startNewCycle: false, cancellationToken);

    private async Task<QuestionSnapshot?> NewestUnseenAsync(ulong channelId, bool startNewCycle, CancellationToken cancellationToken)
    {
        var snapshot = content.Current;
        var seen = await store.GetSeenAsync(channelId, cancellationToken);
        var retired = await store.GetRetiredAsync(cancellationToken);
        var result = snapshot.Pool.PickNewest(seen, retired, snapshot.ArticleDates, Random.Shared);
        if (result.Picked is not { } picked)
        {
            return null;
        }

        if (result.CycleRestarted && startNewCycle)
        {
            await store.ResetSeenAsync(channelId, [], cancellationToken);
        }

        return QuestionSnapshot.Of(picked.Question, picked.Topic, Random.Shared);
    }

    /// Arms a post made elsewhere (the daily question): its reveal at its closing time.
    public void ArmPost(PostRecord post)
    {
        ArgumentNullException.ThrowIfNull(post);
        Arm(post, QuestionSnapshot.FromJson(post.QuestionJson));
    }

    public const string DailyLabel = "📅 Daily question";

    /// `/trivia` and `/whosaid`: one question in the channel.
    public async Task AskAsync(InteractionContext context, string? topic, string? kind, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        var channelId = interaction.ChannelId ?? 0;
        if (await store.GetActiveGameAsync(channelId, cancellationToken) is not null)
        {
            await context.RespondAsync("A game is running in this channel — play along, or start a question in another channel.", ephemeral: true, cancellationToken);
            return;
        }

        if (await store.GetOpenStandalonePostAsync(channelId, cancellationToken) is { } open)
        {
            var left = open.ClosesAt - time.GetUtcNow();
            await context.RespondAsync(string.Create(CultureInfo.InvariantCulture,
                $"There's already a question open here — its answer comes in {Math.Max(1, (int)Math.Ceiling(left.TotalSeconds))} s."), ephemeral: true, cancellationToken);
            return;
        }

        var picked = await PickAsync(channelId, topic, kind, cancellationToken);
        if (picked.Error is { } error)
        {
            await context.RespondAsync(error, ephemeral: true, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var question = picked.Question!;
        var post = await store.CreatePostAsync(new NewPost(interaction.Id, interaction.GuildId ?? 0, channelId, null, null, question.Id, question.ToJson(),
            interaction.ApplicationId, interaction.Token, now, now + _options.HintAt, now + _options.AnswerWindow), cancellationToken);
        if (post is null)
        {
            return; // A redelivered /trivia: the first delivery posted it.
        }

        // Armed before the reply goes out, so the hint and reveal timers exist by the time anyone sees the question.
        Arm(post, question);
        var (embeds, components) = TriviaMessages.Question(post.Id, question, post, null);
        try
        {
            await context.RespondAsync(new InteractionCallbackData { Embeds = embeds, Components = components }, cancellationToken);
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException)
        {
            logger.LogWarning("Could not post question {PostId} in channel {ChannelId}: {Error}; withdrawing it", post.Id, channelId, ex.Message);
            await WithdrawAsync(post.Id, cancellationToken);
            throw;
        }

        Track(LearnMessageIdAsync(post));
    }

    /// A click on a choice button: the first answer per user counts; the reply is ephemeral.
    public async Task AnswerChoiceAsync(InteractionContext context, long postId, int index, CancellationToken cancellationToken)
    {
        var open = await FindOpenAsync(postId, cancellationToken);
        if (open is null || index < 0 || index >= open.Question.Choices.Count)
        {
            await context.RespondAsync(open is null ? "This question has closed." : "That isn't one of the choices.", ephemeral: true, cancellationToken);
            return;
        }

        var choice = open.Question.Choices[index];
        await RecordAsync(context, open, choice, index == open.Question.CorrectIndex, $"**{TriviaMessages.Letter(index)}. {TriviaMessages.Escape(choice)}**", cancellationToken);
    }

    /// The "Answer" button of a free-answer question opens a modal.
    public async Task OpenFreeAnswerAsync(InteractionContext context, long postId, CancellationToken cancellationToken)
    {
        var open = await FindOpenAsync(postId, cancellationToken);
        if (open is null)
        {
            await context.RespondAsync("This question has closed.", ephemeral: true, cancellationToken);
            return;
        }

        await context.ShowModalAsync(CustomIds.ForModal(postId), "Your answer",
            [Component.TextInput(CustomIds.GuessInput, TriviaMessages.Clip(open.Question.Prompt, 45), maxLength: 200)], cancellationToken);
    }

    /// The modal's text: matched against the accepted answers (case, punctuation, articles, number words, typos).
    public async Task AnswerFreeAsync(InteractionContext context, long postId, string guess, CancellationToken cancellationToken)
    {
        var open = await FindOpenAsync(postId, cancellationToken);
        if (open is null)
        {
            await context.RespondAsync("This question has closed.", ephemeral: true, cancellationToken);
            return;
        }

        guess = guess.Trim();
        if (guess.Length == 0)
        {
            await context.RespondAsync("Type an answer in the box — it was empty.", ephemeral: true, cancellationToken);
            return;
        }

        var accepted = open.Question.Accepted.Count > 0 ? open.Question.Accepted : [open.Question.Answer];
        var correct = AnswerMatcher.Default.IsMatch(guess, accepted);
        await RecordAsync(context, open, TriviaMessages.Clip(guess, 200), correct, $"**{TriviaMessages.Escape(TriviaMessages.Clip(guess, 200))}**", cancellationToken);
    }

    public async Task ReportAsync(InteractionContext context, long postId, CancellationToken cancellationToken)
    {
        var post = await store.GetPostAsync(postId, cancellationToken);
        if (post is null)
        {
            await context.RespondAsync("That question is no longer known.", ephemeral: true, cancellationToken);
            return;
        }

        var question = QuestionSnapshot.FromJson(post.QuestionJson);
        var user = context.Interaction.User?.Id ?? 0;
        var fresh = await store.ReportAsync(question.Id, user, postId, question.Prompt, time.GetUtcNow(), cancellationToken);
        await context.RespondAsync(fresh
            ? $"Thanks — question `{question.Id}` is reported. Server admins see reports with /trivia-admin reports."
            : "You've already reported this question.", ephemeral: true, cancellationToken);
    }

    /// `/trivia-game start`.
    public async Task StartGameAsync(InteractionContext context, int rounds, string? topic, string? kind, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        var channelId = interaction.ChannelId ?? 0;
        if (await store.GetOpenStandalonePostAsync(channelId, cancellationToken) is not null)
        {
            await context.RespondAsync("A question is open in this channel — wait for its answer, then start the game.", ephemeral: true, cancellationToken);
            return;
        }

        // Check the content first so a game that could not post a single question is never stored.
        var probe = await PickAsync(channelId, topic, kind, cancellationToken);
        if (probe.Error is { } error)
        {
            await context.RespondAsync(error, ephemeral: true, cancellationToken);
            return;
        }

        var user = interaction.User!;
        var started = await store.StartGameAsync(new NewGame(interaction.Id, interaction.GuildId ?? 0, channelId, user.Id, rounds, topic, kind, time.GetUtcNow()), cancellationToken);
        switch (started.Outcome)
        {
            case GameStartOutcome.Duplicate:
                return;
            case GameStartOutcome.ChannelBusy:
                await context.RespondAsync(string.Create(CultureInfo.InvariantCulture,
                    $"A game is already running in this channel ({started.Game!.Rounds} rounds). Play along, or ask whoever started it (or someone with Manage Server) to /trivia-game stop."),
                    ephemeral: true, cancellationToken);
                return;
        }

        var game = started.Game!;
        await context.RespondAsync(new InteractionCallbackData
        {
            Embeds =
            [
                new Embed
                {
                    Title = "🎮 Trivia game",
                    Description = string.Create(CultureInfo.InvariantCulture,
                        $"**{TriviaMessages.Escape(DisplayName(interaction))}** started a game of {rounds} round{(rounds == 1 ? string.Empty : "s")}{(topic is null ? string.Empty : $" on \"{TriviaMessages.Clip(topic, 100)}\"")}. " +
                        $"{_options.AnswerWindow.TotalSeconds:0} s per question, a hint at half time; faster answers score more, and three right in a row earns a streak bonus."),
                    Color = TriviaMessages.Gold,
                },
            ],
        }, cancellationToken);
        Track(ContinueGameAsync(game.Id, TimeSpan.Zero));
    }

    /// `/trivia-game stop`: by whoever started it, or anyone who can manage the server.
    public async Task StopGameAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        var game = await store.GetActiveGameAsync(interaction.ChannelId ?? 0, cancellationToken);
        if (game is null)
        {
            await context.RespondAsync("No game is running in this channel.", ephemeral: true, cancellationToken);
            return;
        }

        if (game.StartedBy != interaction.User?.Id && !Permissions.CanManage(interaction))
        {
            await context.RespondAsync("Only whoever started the game, or someone with Manage Server, can stop it.", ephemeral: true, cancellationToken);
            return;
        }

        if (!await store.EndGameAsync(game.Id, time.GetUtcNow(), "stopped", cancellationToken))
        {
            await context.RespondAsync("That game has just ended.", ephemeral: true, cancellationToken);
            return;
        }

        await context.RespondAsync(new InteractionCallbackData { Content = $"⏹️ Game stopped by {TriviaMessages.Escape(DisplayName(interaction))}." }, cancellationToken);
        foreach (var post in (await store.GetGamePostsAsync(game.Id, cancellationToken)).Where(p => p.IsOpen))
        {
            await RevealAsync(post.Id);
        }

        await PostScoreboardAsync(game, "stopped", CancellationToken.None);
    }

    /// Retired questions must not come back even if they are open right now in a channel: nothing else to do
    /// here, the pool filter does the rest.
    public static string DisplayName(Interaction interaction) =>
        interaction.Member?.Nick ?? interaction.User?.GlobalName ?? interaction.User?.Username ?? "someone";

    private async Task RecordAsync(InteractionContext context, OpenPost open, string choice, bool correct, string shown, CancellationToken cancellationToken)
    {
        var interaction = context.Interaction;
        var now = time.GetUtcNow();
        var elapsed = now - open.Record.PostedAt;
        var result = await store.RecordAnswerAsync(new NewAnswer(open.Record.Id, interaction.User!.Id, DisplayName(interaction), choice, correct,
            elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed, Scoring.HintStage(elapsed, open.Record.HintAt - open.Record.PostedAt), now, interaction.Id), cancellationToken);
        var left = Math.Max(1, (int)Math.Ceiling((open.Record.ClosesAt - now).TotalSeconds));
        var when = open.Record.Daily
            ? "The answer comes with the next daily question, " + DailySchedule.Relative(open.Record.ClosesAt - now) + "."
            : string.Create(CultureInfo.InvariantCulture, $"The answer comes in {left} s.");
        var text = result.Outcome switch
        {
            AnswerOutcome.Recorded => $"🔒 Locked in {shown}. {when}",
            AnswerOutcome.AlreadyAnswered => $"You already locked in **{TriviaMessages.Escape(result.Existing!.Choice)}** — only your first answer counts.",
            AnswerOutcome.Closed => "This question has closed.",
            _ => null,
        };
        if (text is not null)
        {
            await context.RespondAsync(text, ephemeral: true, cancellationToken);
        }
    }

    private sealed record Picked(QuestionSnapshot? Question, string? Error);

    private async Task<Picked> PickAsync(ulong channelId, string? topic, string? kind, CancellationToken cancellationToken)
    {
        var snapshot = content.Current;
        var seen = await store.GetSeenAsync(channelId, cancellationToken);
        var retired = await store.GetRetiredAsync(cancellationToken);
        var result = snapshot.Pool.Pick(topic, kind, seen, retired, Random.Shared);
        switch (result.Outcome)
        {
            case PickOutcome.NoMatch:
                return new Picked(null, snapshot.Pool.Questions.Count == 0
                    ? "There are no questions yet — an admin can add articles to config/articles and run /trivia-admin reload."
                    : $"No questions match{(topic is null ? string.Empty : $" topic \"{TriviaMessages.Clip(topic, 100)}\"")}{(kind is null ? string.Empty : $" of kind {TriviaMessages.KindLabel(kind)}")}. Pick a topic from the list as you type.");
            case PickOutcome.FilterExhausted:
                return new Picked(null, "This channel has had every question matching that — they come round again once the channel has had all the others. Try another topic or kind.");
        }

        if (result.CycleRestarted)
        {
            await store.ResetSeenAsync(channelId, [], cancellationToken);
            logger.LogInformation("Channel {ChannelId} has had every question; starting a new cycle", channelId);
        }

        var pooled = result.Picked!;
        return new Picked(QuestionSnapshot.Of(pooled.Question, pooled.Topic, Random.Shared), null);
    }

    private async Task<OpenPost?> FindOpenAsync(long postId, CancellationToken cancellationToken)
    {
        if (_open.TryGetValue(postId, out var open))
        {
            return open;
        }

        var post = await store.GetPostAsync(postId, cancellationToken);
        return post is { IsOpen: true } ? new OpenPost(post, QuestionSnapshot.FromJson(post.QuestionJson), NotArmed) : null;
    }

    private void Arm(PostRecord post, QuestionSnapshot question)
    {
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        var open = new OpenPost(post, question, cancel);
        if (!_open.TryAdd(post.Id, open))
        {
            cancel.Dispose();
            return;
        }

        Track(RunPostAsync(open));
    }

    private async Task RunPostAsync(OpenPost open)
    {
        var post = open.Record;
        var cancel = open.Cancel.Token;
        try
        {
            if (!post.HintShown && post.HintAt < post.ClosesAt && time.GetUtcNow() < post.ClosesAt)
            {
                await time.DelayUntilAsync(post.HintAt, cancel);
                await ShowHintAsync(open, cancel);
            }

            await time.DelayUntilAsync(post.ClosesAt, cancel);
            await RevealAsync(post.Id);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            // Shutting down: the post stays open in the database and the next start finishes it.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Question {PostId} in channel {ChannelId} failed; it stays open for the next start", post.Id, post.ChannelId);
        }
        finally
        {
            if (_open.TryRemove(post.Id, out var removed))
            {
                removed.Cancel.Dispose();
            }
        }
    }

    private async Task ShowHintAsync(OpenPost open, CancellationToken cancellationToken)
    {
        var post = await store.GetPostAsync(open.Record.Id, cancellationToken);
        if (post is not { IsOpen: true })
        {
            return;
        }

        if (post.MessageId is null && !TokenValid(post))
        {
            return; // Nothing to edit: the reveal will post the answer as a new message.
        }

        var eliminated = TriviaMessages.Eliminated(open.Question, post.Id);
        var (embeds, components) = TriviaMessages.Question(post.Id, open.Question, post, await RoundLabelAsync(post, cancellationToken), eliminated, hintShown: true);
        await store.MarkHintShownAsync(post.Id, cancellationToken);
        await EditPostAsync(post, new MessageEdit { Embeds = embeds, Components = components }, cancellationToken);
    }

    /// Reveals and scores a post once (the store refuses a second reveal), edits its message, and moves its game on.
    private async Task RevealAsync(long postId)
    {
        var outcome = await store.RevealAsync(postId, time.GetUtcNow(), ScoreRule, CancellationToken.None);
        if (outcome is null)
        {
            return;
        }

        var post = outcome.Post;
        if (_open.TryGetValue(postId, out var open) && open.Record.Id == postId)
        {
            await open.Cancel.CancelAsync();
        }

        // The next round's pause starts now, before the edit, so it runs alongside the edit's round trip.
        Task? next = null;
        if (post.GameId is { } gameId)
        {
            next = ContinueGameAsync(gameId, _options.RoundGap);
            Track(next);
        }

        var question = QuestionSnapshot.FromJson(post.QuestionJson);
        var (embeds, components) = TriviaMessages.Reveal(post.Id, question, outcome, await RoundLabelAsync(post, CancellationToken.None));
        try
        {
            await EditPostAsync(post, new MessageEdit { Embeds = embeds, Components = components }, CancellationToken.None);
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException)
        {
            logger.LogWarning("Could not show the answer of question {PostId} in channel {ChannelId}: {Error}", post.Id, post.ChannelId, ex.Message);
        }
    }

    /// By speed and hint stage; a daily question is open all day, so there being right is what counts.
    private int ScoreRule(PostRecord post, AnswerRecord answer, int streakBefore) =>
        post.Daily ? DailyPoints : Scoring.Points(answer.Elapsed, _options.HintAt, _options.AnswerWindow, streakBefore);

    private const int DailyPoints = 10;

    private async Task ContinueGameAsync(long gameId, TimeSpan pause)
    {
        // One mover per game: a reveal and a recovery must not both post the next round.
        var gate = _gameGates.GetOrAdd(gameId, _ => new SemaphoreSlim(1, 1));
        try
        {
            var gap = pause > TimeSpan.Zero ? Task.Delay(pause, time, _stopping.Token) : Task.CompletedTask;
            await gap;
            await gate.WaitAsync(_stopping.Token);
            try
            {
                await MoveGameOnAsync(gameId);
            }
            finally
            {
                gate.Release();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down; the next start resumes the game.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Game {GameId} could not move on; the next start resumes it", gameId);
        }
    }

    private async Task MoveGameOnAsync(long gameId)
    {
        var game = await store.GetGameAsync(gameId, _stopping.Token);
        if (game is not { IsActive: true })
        {
            return;
        }

        var posts = await store.GetGamePostsAsync(gameId, _stopping.Token);
        if (posts.Any(p => p.IsOpen))
        {
            return;
        }

        var round = posts.Count + 1;
        if (round > game.Rounds)
        {
            if (await store.EndGameAsync(gameId, time.GetUtcNow(), "finished", _stopping.Token))
            {
                await PostScoreboardAsync(game, "finished", _stopping.Token);
            }

            return;
        }

        var picked = await PickAsync(game.ChannelId, game.Topic, game.Kind, _stopping.Token);
        if (picked.Error is not null)
        {
            // The content changed under the game (a reload) or the channel ran out: end it with what it has.
            if (await store.EndGameAsync(gameId, time.GetUtcNow(), "out of questions", _stopping.Token))
            {
                await PostScoreboardAsync(game, "out of questions", _stopping.Token);
            }

            return;
        }

        var now = time.GetUtcNow();
        var question = picked.Question!;
        var post = await store.CreatePostAsync(new NewPost(null, game.GuildId, game.ChannelId, gameId, round, question.Id, question.ToJson(), null, null,
            now, now + _options.HintAt, now + _options.AnswerWindow), _stopping.Token);
        if (post is null)
        {
            return; // Another process posted this round.
        }

        Arm(post, question);
        await SendGameRoundAsync(post, question, _stopping.Token);
    }

    private async Task SendGameRoundAsync(PostRecord post, QuestionSnapshot question, CancellationToken cancellationToken)
    {
        var game = await store.GetGameAsync(post.GameId!.Value, cancellationToken);
        var (embeds, components) = TriviaMessages.Question(post.Id, question, post, RoundLabel(post, game));
        var sent = await rest.CreateMessageAsync(post.ChannelId, new MessageCreate { Embeds = embeds, Components = components, AllowedMentions = AllowedMentions.None },
            nonce: "round-" + post.Id.ToString(CultureInfo.InvariantCulture), enforceNonce: true, cancellationToken: cancellationToken);
        await store.SetPostMessageAsync(post.Id, sent.Id, cancellationToken);
        if (_open.TryGetValue(post.Id, out var open))
        {
            _open.TryUpdate(post.Id, open with { Record = open.Record with { MessageId = sent.Id } }, open);
        }
    }

    private async Task PostScoreboardAsync(GameRecord game, string reason, CancellationToken cancellationToken)
    {
        var scores = await store.GetGameScoresAsync(game.Id, cancellationToken);
        var played = (await store.GetGamePostsAsync(game.Id, cancellationToken)).Count(p => !p.IsOpen);
        var title = reason == "finished" ? "🏁 Game over — final scores" : $"🏁 Game {reason} — scores";
        var embed = TriviaMessages.Scoreboard(title, scores, string.Create(CultureInfo.InvariantCulture, $"{played} of {game.Rounds} rounds played"));
        await rest.CreateMessageAsync(game.ChannelId, new MessageCreate { Embeds = [embed], AllowedMentions = AllowedMentions.None },
            nonce: "game-end-" + game.Id.ToString(CultureInfo.InvariantCulture), enforceNonce: true, cancellationToken: cancellationToken);
    }

    private async Task<string?> RoundLabelAsync(PostRecord post, CancellationToken cancellationToken) =>
        post.Daily ? DailyLabel : post.GameId is { } gameId ? RoundLabel(post, await store.GetGameAsync(gameId, cancellationToken)) : null;

    private static string? RoundLabel(PostRecord post, GameRecord? game) =>
        post.Round is { } round && game is not null ? string.Create(CultureInfo.InvariantCulture, $"Round {round}/{game.Rounds}") : null;

    /// Edits the post's message: through the interaction token while it is valid (needs no channel permission),
    /// else by message id; a post whose message is unknown gets a new message. <paramref name="stored"/> is the post
    /// as just read from the store (its message id may have been learned after it was armed).
    private async Task EditPostAsync(PostRecord stored, MessageEdit edit, CancellationToken cancellationToken)
    {
        if (TokenValid(stored))
        {
            var (app, token) = (stored.ApplicationId!.Value, stored.InteractionToken!);
            await rest.EditOriginalResponseAsync(app, token, edit, cancellationToken);
        }
        else if (stored.MessageId is { } messageId)
        {
            await rest.EditMessageAsync(stored.ChannelId, messageId, edit, cancellationToken);
        }
        else
        {
            await rest.CreateMessageAsync(stored.ChannelId, new MessageCreate { Embeds = edit.Embeds, Components = edit.Components, AllowedMentions = AllowedMentions.None },
                cancellationToken: cancellationToken);
        }
    }

    private bool TokenValid(PostRecord post) =>
        post.InteractionToken is not null && post.ApplicationId is not null && time.GetUtcNow() - post.PostedAt < TokenLifetime;

    private async Task LearnMessageIdAsync(PostRecord post)
    {
        try
        {
            var message = await rest.GetOriginalResponseAsync(post.ApplicationId!.Value, post.InteractionToken!, _stopping.Token);
            await store.SetPostMessageAsync(post.Id, message.Id, _stopping.Token);
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or OperationCanceledException)
        {
            logger.LogDebug("Could not learn the message id of question {PostId}: {Error}", post.Id, ex.Message);
        }
    }

    /// Takes back a post that never reached the channel: closed without scoring, its timers stopped.
    public Task CancelPostAsync(long postId, CancellationToken cancellationToken) => WithdrawAsync(postId, cancellationToken);

    private async Task WithdrawAsync(long postId, CancellationToken cancellationToken)
    {
        if (_open.TryRemove(postId, out var open))
        {
            await open.Cancel.CancelAsync();
        }

        await store.RevealAsync(postId, time.GetUtcNow(), (_, _, _) => 0, cancellationToken);
    }

    private void Track(Task task)
    {
        if (task.IsCompleted)
        {
            return;
        }

        var id = Interlocked.Increment(ref _trackCounter);
        _running[id] = task;
        _ = task.ContinueWith(_ => _running.TryRemove(id, out Task? _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
