namespace TriviaBot.Storage;

/// Everything the bot keeps. Each method is one transaction; an interaction id recorded once makes a redelivery
/// of the same interaction a no-op. SQLite is the embedded default; PostgreSQL can follow behind this interface.
public interface ITriviaStore
{
    /// Creates or upgrades the schema (versioned migrations, each in its own transaction).
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// Stores a post and marks its question seen in the channel, in one transaction. Null when the post's
    /// interaction id is already stored (a redelivered command).
    Task<PostRecord?> CreatePostAsync(NewPost post, CancellationToken cancellationToken = default);

    Task SetPostMessageAsync(long postId, ulong messageId, CancellationToken cancellationToken = default);

    Task MarkHintShownAsync(long postId, CancellationToken cancellationToken = default);

    Task<PostRecord?> GetPostAsync(long postId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PostRecord>> GetOpenPostsAsync(CancellationToken cancellationToken = default);

    /// The open post of a channel that is not part of a game, if any.
    Task<PostRecord?> GetOpenStandalonePostAsync(ulong channelId, CancellationToken cancellationToken = default);

    /// Stores a user's first answer to an open post.
    Task<AnswerResult> RecordAnswerAsync(NewAnswer answer, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AnswerRecord>> GetAnswersAsync(long postId, CancellationToken cancellationToken = default);

    /// Reveals an open post and scores its answers with <paramref name="rule"/>, updating every player's totals
    /// in the same transaction. Null when the post was already revealed (so nothing is scored twice).
    Task<RevealOutcome?> RevealAsync(long postId, DateTimeOffset revealedAt, ScoreRule rule, CancellationToken cancellationToken = default);

    Task<IReadOnlySet<string>> GetSeenAsync(ulong channelId, CancellationToken cancellationToken = default);

    /// Starts a new cycle for the channel: forgets what it has seen (except <paramref name="keep"/>).
    Task ResetSeenAsync(ulong channelId, IReadOnlyCollection<string> keep, CancellationToken cancellationToken = default);

    Task<GameStartResult> StartGameAsync(NewGame game, CancellationToken cancellationToken = default);

    Task<GameRecord?> GetActiveGameAsync(ulong channelId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<GameRecord>> GetActiveGamesAsync(CancellationToken cancellationToken = default);

    Task<GameRecord?> GetGameAsync(long gameId, CancellationToken cancellationToken = default);

    /// Ends an active game; false when it had already ended.
    Task<bool> EndGameAsync(long gameId, DateTimeOffset endedAt, string reason, CancellationToken cancellationToken = default);

    /// The game's posts in round order.
    Task<IReadOnlyList<PostRecord>> GetGamePostsAsync(long gameId, CancellationToken cancellationToken = default);

    /// Points per player over the game's revealed rounds, best first.
    Task<IReadOnlyList<PlayerScore>> GetGameScoresAsync(long gameId, CancellationToken cancellationToken = default);

    /// A page of the guild's leaderboard: all time, or since <paramref name="since"/> (points earned since then).
    Task<LeaderboardPage> GetLeaderboardAsync(ulong guildId, DateTimeOffset? since, int offset, int limit, CancellationToken cancellationToken = default);

    /// A player's totals and rank in the guild (null if they have never answered).
    Task<RankedPlayer?> GetPlayerAsync(ulong guildId, ulong userId, CancellationToken cancellationToken = default);

    /// Records a report; false when this user had already reported the question.
    Task<bool> ReportAsync(string questionId, ulong userId, long postId, string prompt, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ReportSummary>> GetReportsAsync(int limit, CancellationToken cancellationToken = default);

    /// Retires a question for good; false when it was already retired.
    Task<bool> RetireAsync(string questionId, ulong retiredBy, DateTimeOffset at, CancellationToken cancellationToken = default);

    Task<IReadOnlySet<string>> GetRetiredAsync(CancellationToken cancellationToken = default);

    Task<GuildStats> GetStatsAsync(ulong guildId, CancellationToken cancellationToken = default);

    Task UpsertDailyScheduleAsync(DailyScheduleRecord schedule, CancellationToken cancellationToken = default);

    /// Turns a channel's schedule off, keeping why (shown by /daily status); false when there was none on.
    Task<bool> DisableDailyScheduleAsync(ulong channelId, string reason, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DailyScheduleRecord>> GetDailySchedulesAsync(ulong? guildId, CancellationToken cancellationToken = default);

    Task<DailyClaim?> GetDailyClaimAsync(ulong channelId, DateOnly localDate, CancellationToken cancellationToken = default);

    /// Claims (channel, local date) and stores its question post in one transaction; null when it was already
    /// claimed (by this or another process).
    Task<(DailyClaim Claim, PostRecord Post)?> ClaimDailyAsync(ulong channelId, DateOnly localDate, string claimer, DateTimeOffset at, NewPost post, CancellationToken cancellationToken = default);

    /// Claims sent to nobody yet (the process died between claim and record), oldest first.
    Task<IReadOnlyList<DailyClaim>> GetUnfinishedDailyClaimsAsync(CancellationToken cancellationToken = default);

    /// Takes over an unfinished claim whose lease (claimed before <paramref name="staleBefore"/>) ran out; false
    /// when another process holds it or it was finished meanwhile.
    Task<bool> TakeOverDailyClaimAsync(ulong channelId, DateOnly localDate, string claimer, DateTimeOffset at, DateTimeOffset staleBefore, CancellationToken cancellationToken = default);

    Task RecordDailyMessageAsync(ulong channelId, DateOnly localDate, long postId, ulong messageId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// Marks a day skipped (with the reason); false when the day was already claimed or skipped.
    Task<bool> SkipDailyAsync(ulong channelId, DateOnly localDate, string claimer, DateTimeOffset at, string reason, CancellationToken cancellationToken = default);

    /// Points from daily questions since <paramref name="since"/>.
    Task<LeaderboardPage> GetDailyLeaderboardAsync(ulong guildId, DateTimeOffset since, int offset, int limit, CancellationToken cancellationToken = default);
}
