namespace TriviaBot.Storage;

/// A question about to be posted. <see cref="QuestionJson"/> is the question snapshot the game layer serialises.
public sealed record NewPost(
    ulong? InteractionId,
    ulong GuildId,
    ulong ChannelId,
    long? GameId,
    int? Round,
    string QuestionId,
    string QuestionJson,
    ulong? ApplicationId,
    string? InteractionToken,
    DateTimeOffset PostedAt,
    DateTimeOffset HintAt,
    DateTimeOffset ClosesAt,
    bool Daily = false);

public sealed record PostRecord(
    long Id,
    ulong GuildId,
    ulong ChannelId,
    long? GameId,
    int? Round,
    string QuestionId,
    string QuestionJson,
    ulong? ApplicationId,
    string? InteractionToken,
    ulong? MessageId,
    DateTimeOffset PostedAt,
    DateTimeOffset HintAt,
    DateTimeOffset ClosesAt,
    bool HintShown,
    DateTimeOffset? RevealedAt,
    bool Daily = false)
{
    public bool IsOpen => RevealedAt is null;
}

public sealed record NewAnswer(
    long PostId,
    ulong UserId,
    string UserName,
    string Choice,
    bool Correct,
    TimeSpan Elapsed,
    int HintStage,
    DateTimeOffset AnsweredAt,
    ulong InteractionId);

public sealed record AnswerRecord(
    long PostId,
    ulong UserId,
    string UserName,
    string Choice,
    bool Correct,
    TimeSpan Elapsed,
    int HintStage,
    DateTimeOffset AnsweredAt,
    int? Points);

public enum AnswerOutcome
{
    /// The answer was stored: it is this user's answer to the post.
    Recorded,
    /// The user had already answered this post; <see cref="AnswerResult.Existing"/> is that first answer.
    AlreadyAnswered,
    /// This interaction was already recorded (a redelivery): nothing changed.
    Duplicate,
    /// The post is revealed or unknown.
    Closed,
}

public sealed record AnswerResult(AnswerOutcome Outcome, AnswerRecord? Existing);

/// Points for one answer of <paramref name="post"/> at reveal, given the player's streak before it.
public delegate int ScoreRule(PostRecord post, AnswerRecord answer, int streakBefore);

/// A post's answers after scoring, fastest first; <see cref="Post"/> carries the reveal time.
public sealed record RevealOutcome(PostRecord Post, IReadOnlyList<AnswerRecord> Answers);

public sealed record NewGame(ulong InteractionId, ulong GuildId, ulong ChannelId, ulong StartedBy, int Rounds, string? Topic, string? Kind, DateTimeOffset StartedAt);

public sealed record GameRecord(long Id, ulong GuildId, ulong ChannelId, ulong StartedBy, int Rounds, string? Topic, string? Kind, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, string? EndReason)
{
    public bool IsActive => EndedAt is null;
}

public enum GameStartOutcome
{
    Started,
    /// The channel already has an active game (<see cref="GameStartResult.Game"/>).
    ChannelBusy,
    /// This interaction already started a game (a redelivery).
    Duplicate,
}

public sealed record GameStartResult(GameStartOutcome Outcome, GameRecord? Game);

public sealed record PlayerScore(ulong UserId, string UserName, long Points, int Answered, int Correct, int BestStreak, int Streak)
{
    public double Accuracy => Answered == 0 ? 0 : (double)Correct / Answered;
}

public sealed record RankedPlayer(int Rank, PlayerScore Score);

public sealed record LeaderboardPage(IReadOnlyList<RankedPlayer> Entries, int TotalPlayers);

public sealed record ReportSummary(string QuestionId, string Prompt, int Reports, DateTimeOffset LastReportedAt, bool Retired);

public sealed record GuildStats(long Posts, long Answers, long Players, long Games, long Reports, long Retired);

public sealed record DailyScheduleRecord(
    ulong ChannelId,
    ulong GuildId,
    string LocalTime,
    string TimeZone,
    ulong? RoleId,
    bool Enabled,
    string? DisabledReason,
    DateTimeOffset UpdatedAt,
    ulong UpdatedBy);

/// A channel's daily post for one local date: claimed, then sent, then recorded (or skipped, with the reason).
public sealed record DailyClaim(
    ulong ChannelId,
    DateOnly LocalDate,
    DateTimeOffset ClaimedAt,
    string ClaimedBy,
    long? PostId,
    ulong? MessageId,
    DateTimeOffset? PostedAt,
    string? SkippedReason);
