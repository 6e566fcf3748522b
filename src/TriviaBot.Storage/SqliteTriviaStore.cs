using System.Globalization;
using Microsoft.Data.Sqlite;

namespace TriviaBot.Storage;

/// <see cref="ITriviaStore"/> on one SQLite file in WAL mode. Writes are serialised in-process (one writer is
/// what SQLite allows anyway; queueing here avoids busy-waiting) and run as <c>BEGIN IMMEDIATE</c> transactions,
/// so another process on the same file waits its turn (busy timeout) instead of failing. WAL with
/// <c>synchronous=NORMAL</c> survives a killed process: a committed transaction is in the log before COMMIT returns.
public sealed class SqliteTriviaStore : ITriviaStore, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly TimeProvider _time;

    public SqliteTriviaStore(string path, TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = ConnectionString(Path);
    }

    public string Path { get; }

    public void Dispose()
    {
        _writer.Dispose();
        ReleaseFile(Path);
    }

    /// Closes the pooled connections to the database at <paramref name="path"/>, so the file can be moved or deleted.
    /// (Only that file's pool: clearing every pool would pull connections from under other stores in the process.)
    public static void ReleaseFile(string path)
    {
        using var connection = new SqliteConnection(ConnectionString(System.IO.Path.GetFullPath(path)));
        SqliteConnection.ClearPool(connection);
    }

    private static string ConnectionString(string fullPath) => new SqliteConnectionStringBuilder
    {
        DataSource = fullPath,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Cache = SqliteCacheMode.Private,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await WriteAsync(connection =>
        {
            using (var wal = connection.CreateCommand())
            {
                wal.CommandText = "PRAGMA journal_mode=WAL;";
                wal.ExecuteNonQuery();
            }

            Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            return 0;
        }, cancellationToken);

        foreach (var migration in Migrations.All)
        {
            await WriteAsync((connection, tx) =>
            {
                if (Scalar<long>(connection, tx, "SELECT COUNT(*) FROM schema_migrations WHERE version = $v", ("$v", migration.Version)) > 0)
                {
                    return 0;
                }

                Execute(connection, tx, migration.Sql);
                Execute(connection, tx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($v, $n, $a)",
                    ("$v", migration.Version), ("$n", migration.Name), ("$a", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
                return 1;
            }, cancellationToken);
        }
    }

    /// Schema versions applied, in order.
    public async Task<IReadOnlyList<int>> GetAppliedMigrationsAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync(connection => Query(connection, null, "SELECT version FROM schema_migrations ORDER BY version", r => r.GetInt32(0)), cancellationToken);

    public Task<PostRecord?> CreatePostAsync(NewPost post, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) => InsertPost(connection, tx, post), cancellationToken);

    private static PostRecord? InsertPost(SqliteConnection connection, SqliteTransaction tx, NewPost post)
    {
        if (post.InteractionId is { } iid && Scalar<long>(connection, tx, "SELECT COUNT(*) FROM posts WHERE interaction_id = $i", ("$i", Id(iid))) > 0)
        {
            return null;
        }

        if (post.GameId is { } game && Scalar<long>(connection, tx, "SELECT COUNT(*) FROM posts WHERE game_id = $g AND round = $r", ("$g", game), ("$r", post.Round)) > 0)
        {
            return null;
        }

        var id = Scalar<long>(connection, tx, """
            INSERT INTO posts (interaction_id, guild_id, channel_id, game_id, round, question_id, question_json, application_id,
                               interaction_token, posted_at, hint_at, closes_at, daily)
            VALUES ($iid, $g, $c, $game, $round, $q, $json, $app, $token, $posted, $hint, $closes, $daily)
            RETURNING id
            """, ("$daily", post.Daily ? 1 : 0),
            ("$iid", post.InteractionId is { } i ? Id(i) : null), ("$g", Id(post.GuildId)), ("$c", Id(post.ChannelId)),
            ("$game", post.GameId), ("$round", post.Round), ("$q", post.QuestionId), ("$json", post.QuestionJson),
            ("$app", post.ApplicationId is { } a ? Id(a) : null), ("$token", post.InteractionToken),
            ("$posted", Ms(post.PostedAt)), ("$hint", Ms(post.HintAt)), ("$closes", Ms(post.ClosesAt)));
        Execute(connection, tx, "INSERT INTO channel_seen (channel_id, question_id, seen_at) VALUES ($c, $q, $t) ON CONFLICT DO UPDATE SET seen_at = excluded.seen_at",
            ("$c", Id(post.ChannelId)), ("$q", post.QuestionId), ("$t", Ms(post.PostedAt)));
        return GetPost(connection, tx, id);
    }

    public Task SetPostMessageAsync(long postId, ulong messageId, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) => Execute(connection, tx, "UPDATE posts SET message_id = $m WHERE id = $p", ("$m", Id(messageId)), ("$p", postId)), cancellationToken);

    public Task MarkHintShownAsync(long postId, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) => Execute(connection, tx, "UPDATE posts SET hint_shown = 1 WHERE id = $p", ("$p", postId)), cancellationToken);

    public Task<PostRecord?> GetPostAsync(long postId, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => GetPost(connection, null, postId), cancellationToken);

    public async Task<IReadOnlyList<PostRecord>> GetOpenPostsAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync(connection => Query(connection, null, PostSelect + " WHERE revealed_at IS NULL ORDER BY closes_at", ReadPost), cancellationToken);

    public Task<PostRecord?> GetOpenStandalonePostAsync(ulong channelId, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => Query(connection, null, PostSelect + " WHERE revealed_at IS NULL AND game_id IS NULL AND channel_id = $c ORDER BY id DESC LIMIT 1", ReadPost, ("$c", Id(channelId))).FirstOrDefault(), cancellationToken);

    public Task<AnswerResult> RecordAnswerAsync(NewAnswer answer, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) =>
        {
            if (Scalar<long>(connection, tx, "SELECT COUNT(*) FROM answers WHERE interaction_id = $i", ("$i", Id(answer.InteractionId))) > 0)
            {
                return new AnswerResult(AnswerOutcome.Duplicate, null);
            }

            var post = GetPost(connection, tx, answer.PostId);
            if (post is null || !post.IsOpen)
            {
                return new AnswerResult(AnswerOutcome.Closed, null);
            }

            var existing = Query(connection, tx, AnswerSelect + " WHERE post_id = $p AND user_id = $u", ReadAnswer, ("$p", answer.PostId), ("$u", Id(answer.UserId))).FirstOrDefault();
            if (existing is not null)
            {
                return new AnswerResult(AnswerOutcome.AlreadyAnswered, existing);
            }

            Execute(connection, tx, """
                INSERT INTO answers (post_id, user_id, user_name, choice, correct, elapsed_ms, hint_stage, answered_at, interaction_id)
                VALUES ($p, $u, $n, $c, $ok, $e, $h, $at, $i)
                """,
                ("$p", answer.PostId), ("$u", Id(answer.UserId)), ("$n", answer.UserName), ("$c", answer.Choice), ("$ok", answer.Correct ? 1 : 0),
                ("$e", (long)answer.Elapsed.TotalMilliseconds), ("$h", answer.HintStage), ("$at", Ms(answer.AnsweredAt)), ("$i", Id(answer.InteractionId)));
            return new AnswerResult(AnswerOutcome.Recorded, null);
        }, cancellationToken);

    public async Task<IReadOnlyList<AnswerRecord>> GetAnswersAsync(long postId, CancellationToken cancellationToken = default) =>
        await ReadAsync(connection => Query(connection, null, AnswerSelect + " WHERE post_id = $p ORDER BY elapsed_ms, answered_at", ReadAnswer, ("$p", postId)), cancellationToken);

    public Task<RevealOutcome?> RevealAsync(long postId, DateTimeOffset revealedAt, ScoreRule rule, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) =>
        {
            ArgumentNullException.ThrowIfNull(rule);
            var post = GetPost(connection, tx, postId);
            if (post is null || !post.IsOpen)
            {
                return null;
            }

            Execute(connection, tx, "UPDATE posts SET revealed_at = $t WHERE id = $p", ("$t", Ms(revealedAt)), ("$p", postId));
            var answers = Query(connection, tx, AnswerSelect + " WHERE post_id = $p ORDER BY elapsed_ms, answered_at", ReadAnswer, ("$p", postId));
            var scored = new List<AnswerRecord>(answers.Count);
            foreach (var answer in answers)
            {
                var streak = (int)(Scalar<long?>(connection, tx, "SELECT streak FROM scores WHERE guild_id = $g AND user_id = $u", ("$g", Id(post.GuildId)), ("$u", Id(answer.UserId))) ?? 0);
                var points = answer.Correct ? Math.Max(0, rule(post, answer, streak)) : 0;
                Execute(connection, tx, "UPDATE answers SET points = $pts WHERE post_id = $p AND user_id = $u", ("$pts", points), ("$p", postId), ("$u", Id(answer.UserId)));
                Execute(connection, tx, """
                    INSERT INTO scores (guild_id, user_id, user_name, points, answered, correct, streak, best_streak)
                    VALUES ($g, $u, $n, $pts, 1, $ok, $ok, $ok)
                    ON CONFLICT (guild_id, user_id) DO UPDATE SET
                        user_name   = excluded.user_name,
                        points      = points + excluded.points,
                        answered    = answered + 1,
                        correct     = correct + excluded.correct,
                        streak      = CASE WHEN excluded.correct = 1 THEN streak + 1 ELSE 0 END,
                        best_streak = MAX(best_streak, CASE WHEN excluded.correct = 1 THEN streak + 1 ELSE 0 END)
                    """,
                    ("$g", Id(post.GuildId)), ("$u", Id(answer.UserId)), ("$n", answer.UserName), ("$pts", points), ("$ok", answer.Correct ? 1 : 0));
                scored.Add(answer with { Points = points });
            }

            return new RevealOutcome(post with { RevealedAt = revealedAt }, scored);
        }, cancellationToken);

    public async Task<IReadOnlySet<string>> GetSeenAsync(ulong channelId, CancellationToken cancellationToken = default) =>
        await ReadAsync(connection => Query(connection, null, "SELECT question_id FROM channel_seen WHERE channel_id = $c", r => r.GetString(0), ("$c", Id(channelId))).ToHashSet(StringComparer.Ordinal), cancellationToken);

    public Task ResetSeenAsync(ulong channelId, IReadOnlyCollection<string> keep, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) =>
        {
            ArgumentNullException.ThrowIfNull(keep);
            var kept = Query(connection, tx, "SELECT question_id, seen_at FROM channel_seen WHERE channel_id = $c", r => (Id: r.GetString(0), At: r.GetInt64(1)), ("$c", Id(channelId)))
                .Where(s => keep.Contains(s.Id)).ToList();
            Execute(connection, tx, "DELETE FROM channel_seen WHERE channel_id = $c", ("$c", Id(channelId)));
            foreach (var (question, at) in kept)
            {
                Execute(connection, tx, "INSERT INTO channel_seen (channel_id, question_id, seen_at) VALUES ($c, $q, $t)", ("$c", Id(channelId)), ("$q", question), ("$t", at));
            }

            return 0;
        }, cancellationToken);

    public Task<GameStartResult> StartGameAsync(NewGame game, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) =>
        {
            var previous = Query(connection, tx, GameSelect + " WHERE interaction_id = $i", ReadGame, ("$i", Id(game.InteractionId))).FirstOrDefault();
            if (previous is not null)
            {
                return new GameStartResult(GameStartOutcome.Duplicate, previous);
            }

            var active = Query(connection, tx, GameSelect + " WHERE channel_id = $c AND ended_at IS NULL", ReadGame, ("$c", Id(game.ChannelId))).FirstOrDefault();
            if (active is not null)
            {
                return new GameStartResult(GameStartOutcome.ChannelBusy, active);
            }

            var id = Scalar<long>(connection, tx, """
                INSERT INTO games (interaction_id, guild_id, channel_id, started_by, rounds, topic, kind, started_at)
                VALUES ($i, $g, $c, $by, $r, $topic, $kind, $at) RETURNING id
                """,
                ("$i", Id(game.InteractionId)), ("$g", Id(game.GuildId)), ("$c", Id(game.ChannelId)), ("$by", Id(game.StartedBy)),
                ("$r", game.Rounds), ("$topic", game.Topic), ("$kind", game.Kind), ("$at", Ms(game.StartedAt)));
            return new GameStartResult(GameStartOutcome.Started, Query(connection, tx, GameSelect + " WHERE id = $id", ReadGame, ("$id", id)).Single());
        }, cancellationToken);

    public Task<GameRecord?> GetActiveGameAsync(ulong channelId, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => Query(connection, null, GameSelect + " WHERE channel_id = $c AND ended_at IS NULL", ReadGame, ("$c", Id(channelId))).FirstOrDefault(), cancellationToken);

    public async Task<IReadOnlyList<GameRecord>> GetActiveGamesAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync(connection => Query(connection, null, GameSelect + " WHERE ended_at IS NULL ORDER BY id", ReadGame), cancellationToken);

    public Task<GameRecord?> GetGameAsync(long gameId, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => Query(connection, null, GameSelect + " WHERE id = $id", ReadGame, ("$id", gameId)).FirstOrDefault(), cancellationToken);

    public Task<bool> EndGameAsync(long gameId, DateTimeOffset endedAt, string reason, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) => Execute(connection, tx, "UPDATE games SET ended_at = $t, end_reason = $r WHERE id = $id AND ended_at IS NULL",
            ("$t", Ms(endedAt)), ("$r", reason), ("$id", gameId)) == 1, cancellationToken);

    public async Task<IReadOnlyList<PostRecord>> GetGamePostsAsync(long gameId, CancellationToken cancellationToken = default) =>
        await ReadAsync(connection => Query(connection, null, PostSelect + " WHERE game_id = $g ORDER BY round, id", ReadPost, ("$g", gameId)), cancellationToken);

    public async Task<IReadOnlyList<PlayerScore>> GetGameScoresAsync(long gameId, CancellationToken cancellationToken = default) =>
        await ReadAsync(connection => Query(connection, null, """
            SELECT a.user_id, MAX(a.user_name), SUM(COALESCE(a.points, 0)), COUNT(*), SUM(a.correct), 0, 0
            FROM answers a JOIN posts p ON p.id = a.post_id
            WHERE p.game_id = $g AND p.revealed_at IS NOT NULL
            GROUP BY a.user_id
            ORDER BY 3 DESC, 5 DESC, MIN(a.answered_at)
            """, ReadScore, ("$g", gameId)), cancellationToken);

    public Task<LeaderboardPage> GetLeaderboardAsync(ulong guildId, DateTimeOffset? since, int offset, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => Leaderboard(connection, since is null ? AllTimeSource : PeriodSource, guildId, since, offset, limit), cancellationToken);

    public Task<RankedPlayer?> GetPlayerAsync(ulong guildId, ulong userId, CancellationToken cancellationToken = default) =>
        ReadAsync(connection =>
        {
            var score = Query(connection, null, "SELECT user_id, user_name, points, answered, correct, best_streak, streak FROM scores WHERE guild_id = $g AND user_id = $u",
                ReadScore, ("$g", Id(guildId)), ("$u", Id(userId))).FirstOrDefault();
            if (score is null)
            {
                return null;
            }

            var above = Scalar<long>(connection, null, "SELECT COUNT(*) FROM scores WHERE guild_id = $g AND points > $p", ("$g", Id(guildId)), ("$p", score.Points));
            return new RankedPlayer((int)above + 1, score);
        }, cancellationToken);

    public Task<bool> ReportAsync(string questionId, ulong userId, long postId, string prompt, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) => Execute(connection, tx, """
            INSERT INTO reports (question_id, user_id, post_id, prompt, reported_at) VALUES ($q, $u, $p, $prompt, $t)
            ON CONFLICT DO NOTHING
            """, ("$q", questionId), ("$u", Id(userId)), ("$p", postId), ("$prompt", prompt), ("$t", Ms(at))) == 1, cancellationToken);

    public async Task<IReadOnlyList<ReportSummary>> GetReportsAsync(int limit, CancellationToken cancellationToken = default) =>
        await ReadAsync(connection => Query(connection, null, """
            SELECT r.question_id, MAX(r.prompt), COUNT(*), MAX(r.reported_at), EXISTS (SELECT 1 FROM retired t WHERE t.question_id = r.question_id)
            FROM reports r GROUP BY r.question_id
            ORDER BY 5, 3 DESC, 4 DESC LIMIT $lim
            """, r => new ReportSummary(r.GetString(0), r.GetString(1), r.GetInt32(2), FromMs(r.GetInt64(3)), r.GetInt64(4) == 1), ("$lim", limit)), cancellationToken);

    public Task<bool> RetireAsync(string questionId, ulong retiredBy, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) => Execute(connection, tx, "INSERT INTO retired (question_id, retired_by, retired_at) VALUES ($q, $u, $t) ON CONFLICT DO NOTHING",
            ("$q", questionId), ("$u", Id(retiredBy)), ("$t", Ms(at))) == 1, cancellationToken);

    public async Task<IReadOnlySet<string>> GetRetiredAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync(connection => Query(connection, null, "SELECT question_id FROM retired", r => r.GetString(0)).ToHashSet(StringComparer.Ordinal), cancellationToken);

    public Task<GuildStats> GetStatsAsync(ulong guildId, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => Query(connection, null, """
            SELECT (SELECT COUNT(*) FROM posts WHERE guild_id = $g),
                   (SELECT COUNT(*) FROM answers a JOIN posts p ON p.id = a.post_id WHERE p.guild_id = $g),
                   (SELECT COUNT(*) FROM scores WHERE guild_id = $g),
                   (SELECT COUNT(*) FROM games WHERE guild_id = $g),
                   (SELECT COUNT(*) FROM reports),
                   (SELECT COUNT(*) FROM retired)
            """, r => new GuildStats(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4), r.GetInt64(5)), ("$g", Id(guildId))).Single(), cancellationToken);

    public Task UpsertDailyScheduleAsync(DailyScheduleRecord schedule, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) => Execute(connection, tx, """
            INSERT INTO daily_schedules (channel_id, guild_id, local_time, time_zone, role_id, enabled, disabled_reason, updated_at, updated_by)
            VALUES ($c, $g, $t, $z, $r, $e, $why, $at, $by)
            ON CONFLICT (channel_id) DO UPDATE SET guild_id = excluded.guild_id, local_time = excluded.local_time, time_zone = excluded.time_zone,
                role_id = excluded.role_id, enabled = excluded.enabled, disabled_reason = excluded.disabled_reason,
                updated_at = excluded.updated_at, updated_by = excluded.updated_by
            """,
            ("$c", Id(schedule.ChannelId)), ("$g", Id(schedule.GuildId)), ("$t", schedule.LocalTime), ("$z", schedule.TimeZone),
            ("$r", schedule.RoleId is { } role ? Id(role) : null), ("$e", schedule.Enabled ? 1 : 0), ("$why", schedule.DisabledReason),
            ("$at", Ms(schedule.UpdatedAt)), ("$by", Id(schedule.UpdatedBy))), cancellationToken);

    public Task<bool> DisableDailyScheduleAsync(ulong channelId, string reason, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) => Execute(connection, tx, "UPDATE daily_schedules SET enabled = 0, disabled_reason = $why WHERE channel_id = $c AND enabled = 1",
            ("$why", reason), ("$c", Id(channelId))) == 1, cancellationToken);

    public async Task<IReadOnlyList<DailyScheduleRecord>> GetDailySchedulesAsync(ulong? guildId, CancellationToken cancellationToken = default) =>
        await ReadAsync(connection => Query(connection, null, """
            SELECT channel_id, guild_id, local_time, time_zone, role_id, enabled, disabled_reason, updated_at, updated_by
            FROM daily_schedules WHERE $g IS NULL OR guild_id = $g ORDER BY channel_id
            """, r => new DailyScheduleRecord(Snowflake(r.GetInt64(0)), Snowflake(r.GetInt64(1)), r.GetString(2), r.GetString(3),
                r.IsDBNull(4) ? null : Snowflake(r.GetInt64(4)), r.GetInt64(5) == 1, r.IsDBNull(6) ? null : r.GetString(6), FromMs(r.GetInt64(7)), Snowflake(r.GetInt64(8))),
            ("$g", guildId is { } g ? Id(g) : null)), cancellationToken);

    public Task<DailyClaim?> GetDailyClaimAsync(ulong channelId, DateOnly localDate, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => GetClaim(connection, null, channelId, localDate), cancellationToken);

    public Task<(DailyClaim Claim, PostRecord Post)?> ClaimDailyAsync(ulong channelId, DateOnly localDate, string claimer, DateTimeOffset at, NewPost post, CancellationToken cancellationToken = default) =>
        WriteAsync<(DailyClaim, PostRecord)?>((connection, tx) =>
        {
            if (Execute(connection, tx, "INSERT INTO daily_posts (channel_id, local_date, claimed_at, claimed_by) VALUES ($c, $d, $at, $by) ON CONFLICT DO NOTHING",
                    ("$c", Id(channelId)), ("$d", Date(localDate)), ("$at", Ms(at)), ("$by", claimer)) == 0)
            {
                return null;
            }

            var stored = InsertPost(connection, tx, post with { Daily = true })!;
            Execute(connection, tx, "UPDATE daily_posts SET post_id = $p WHERE channel_id = $c AND local_date = $d", ("$p", stored.Id), ("$c", Id(channelId)), ("$d", Date(localDate)));
            return (GetClaim(connection, tx, channelId, localDate)!, stored);
        }, cancellationToken);

    public async Task<IReadOnlyList<DailyClaim>> GetUnfinishedDailyClaimsAsync(CancellationToken cancellationToken = default) =>
        await ReadAsync(connection => Query(connection, null, ClaimSelect + " WHERE message_id IS NULL AND skipped_reason IS NULL ORDER BY claimed_at", ReadClaim), cancellationToken);

    public Task<bool> TakeOverDailyClaimAsync(ulong channelId, DateOnly localDate, string claimer, DateTimeOffset at, DateTimeOffset staleBefore, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) => Execute(connection, tx, """
            UPDATE daily_posts SET claimed_by = $by, claimed_at = $at
            WHERE channel_id = $c AND local_date = $d AND message_id IS NULL AND skipped_reason IS NULL AND (claimed_by = $by OR claimed_at < $stale)
            """, ("$by", claimer), ("$at", Ms(at)), ("$c", Id(channelId)), ("$d", Date(localDate)), ("$stale", Ms(staleBefore))) == 1, cancellationToken);

    public Task RecordDailyMessageAsync(ulong channelId, DateOnly localDate, long postId, ulong messageId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) =>
        {
            Execute(connection, tx, "UPDATE daily_posts SET message_id = $m, posted_at = $at WHERE channel_id = $c AND local_date = $d",
                ("$m", Id(messageId)), ("$at", Ms(at)), ("$c", Id(channelId)), ("$d", Date(localDate)));
            return Execute(connection, tx, "UPDATE posts SET message_id = $m WHERE id = $p", ("$m", Id(messageId)), ("$p", postId));
        }, cancellationToken);

    public Task<bool> SkipDailyAsync(ulong channelId, DateOnly localDate, string claimer, DateTimeOffset at, string reason, CancellationToken cancellationToken = default) =>
        WriteAsync((connection, tx) => Execute(connection, tx, """
            INSERT INTO daily_posts (channel_id, local_date, claimed_at, claimed_by, skipped_reason) VALUES ($c, $d, $at, $by, $why) ON CONFLICT DO NOTHING
            """, ("$c", Id(channelId)), ("$d", Date(localDate)), ("$at", Ms(at)), ("$by", claimer), ("$why", reason)) == 1, cancellationToken);

    public Task<LeaderboardPage> GetDailyLeaderboardAsync(ulong guildId, DateTimeOffset since, int offset, int limit, CancellationToken cancellationToken = default) =>
        ReadAsync(connection => Leaderboard(connection, DailyPeriodSource, guildId, since, offset, limit), cancellationToken);

    /// A ranked page of <paramref name="source"/> (a per-player totals query with the parameters $g and $since).
    private static LeaderboardPage Leaderboard(SqliteConnection connection, string source, ulong guildId, DateTimeOffset? since, int offset, int limit)
    {
        var parameters = new (string, object?)[] { ("$g", Id(guildId)), ("$since", since is { } s ? Ms(s) : 0L), ("$off", offset), ("$lim", limit) };
        var total = (int)Scalar<long>(connection, null, $"SELECT COUNT(*) FROM ({source})", parameters);
        var entries = Query(connection, null, $"""
            SELECT RANK() OVER (ORDER BY points DESC), user_id, user_name, points, answered, correct, best_streak, streak
            FROM ({source}) ORDER BY points DESC, correct DESC, user_id LIMIT $lim OFFSET $off
            """, r => new RankedPlayer(r.GetInt32(0), ReadScoreAt(r, 1)), parameters);
        return new LeaderboardPage(entries, total);
    }

    private static readonly string DailyPeriodSource = PeriodSource.Replace("WHERE p.guild_id = $g", "WHERE p.daily = 1 AND p.guild_id = $g", StringComparison.Ordinal);

    private const string ClaimSelect = "SELECT channel_id, local_date, claimed_at, claimed_by, post_id, message_id, posted_at, skipped_reason FROM daily_posts";

    private static DailyClaim? GetClaim(SqliteConnection connection, SqliteTransaction? tx, ulong channelId, DateOnly localDate) =>
        Query(connection, tx, ClaimSelect + " WHERE channel_id = $c AND local_date = $d", ReadClaim, ("$c", Id(channelId)), ("$d", Date(localDate))).FirstOrDefault();

    private static DailyClaim ReadClaim(SqliteDataReader r) => new(
        Snowflake(r.GetInt64(0)), DateOnly.ParseExact(r.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture), FromMs(r.GetInt64(2)), r.GetString(3),
        r.IsDBNull(4) ? null : r.GetInt64(4), r.IsDBNull(5) ? null : Snowflake(r.GetInt64(5)), r.IsDBNull(6) ? null : FromMs(r.GetInt64(6)),
        r.IsDBNull(7) ? null : r.GetString(7));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private const string AllTimeSource = "SELECT user_id, user_name, points, answered, correct, best_streak, streak FROM scores WHERE guild_id = $g";

    private const string PeriodSource = """
        SELECT a.user_id AS user_id, MAX(a.user_name) AS user_name, SUM(a.points) AS points, COUNT(*) AS answered, SUM(a.correct) AS correct,
               0 AS best_streak, 0 AS streak
        FROM answers a JOIN posts p ON p.id = a.post_id
        WHERE p.guild_id = $g AND a.answered_at >= $since AND a.points IS NOT NULL
        GROUP BY a.user_id
        """;

    private const string PostSelect = """
        SELECT id, guild_id, channel_id, game_id, round, question_id, question_json, application_id, interaction_token, message_id,
               posted_at, hint_at, closes_at, hint_shown, revealed_at, daily FROM posts
        """;

    private const string AnswerSelect = "SELECT post_id, user_id, user_name, choice, correct, elapsed_ms, hint_stage, answered_at, points FROM answers";

    private const string GameSelect = "SELECT id, guild_id, channel_id, started_by, rounds, topic, kind, started_at, ended_at, end_reason FROM games";

    private static PostRecord? GetPost(SqliteConnection connection, SqliteTransaction? tx, long id) =>
        Query(connection, tx, PostSelect + " WHERE id = $id", ReadPost, ("$id", id)).FirstOrDefault();

    private static PostRecord ReadPost(SqliteDataReader r) => new(
        r.GetInt64(0), Snowflake(r.GetInt64(1)), Snowflake(r.GetInt64(2)), r.IsDBNull(3) ? null : r.GetInt64(3), r.IsDBNull(4) ? null : r.GetInt32(4),
        r.GetString(5), r.GetString(6), r.IsDBNull(7) ? null : Snowflake(r.GetInt64(7)), r.IsDBNull(8) ? null : r.GetString(8),
        r.IsDBNull(9) ? null : Snowflake(r.GetInt64(9)), FromMs(r.GetInt64(10)), FromMs(r.GetInt64(11)), FromMs(r.GetInt64(12)),
        r.GetInt64(13) == 1, r.IsDBNull(14) ? null : FromMs(r.GetInt64(14)), r.GetInt64(15) == 1);

    private static AnswerRecord ReadAnswer(SqliteDataReader r) => new(
        r.GetInt64(0), Snowflake(r.GetInt64(1)), r.GetString(2), r.GetString(3), r.GetInt64(4) == 1, TimeSpan.FromMilliseconds(r.GetInt64(5)),
        r.GetInt32(6), FromMs(r.GetInt64(7)), r.IsDBNull(8) ? null : r.GetInt32(8));

    private static GameRecord ReadGame(SqliteDataReader r) => new(
        r.GetInt64(0), Snowflake(r.GetInt64(1)), Snowflake(r.GetInt64(2)), Snowflake(r.GetInt64(3)), r.GetInt32(4),
        r.IsDBNull(5) ? null : r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6), FromMs(r.GetInt64(7)),
        r.IsDBNull(8) ? null : FromMs(r.GetInt64(8)), r.IsDBNull(9) ? null : r.GetString(9));

    private static PlayerScore ReadScore(SqliteDataReader r) => ReadScoreAt(r, 0);

    private static PlayerScore ReadScoreAt(SqliteDataReader r, int at) => new(
        Snowflake(r.GetInt64(at)), r.GetString(at + 1), r.GetInt64(at + 2), r.GetInt32(at + 3), r.GetInt32(at + 4), r.GetInt32(at + 5), r.GetInt32(at + 6));

    // Snowflakes fit in 63 bits until 2084; SQLite integers are signed.
    private static long Id(ulong snowflake) => unchecked((long)snowflake);

    private static ulong Snowflake(long stored) => unchecked((ulong)stored);

    private static long Ms(DateTimeOffset at) => at.ToUnixTimeMilliseconds();

    private static DateTimeOffset FromMs(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, T> read, CancellationToken cancellationToken)
    {
        using var connection = await OpenAsync(forWriting: false, cancellationToken);
        return read(connection);
    }

    private Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> write, CancellationToken cancellationToken) =>
        WriteAsync(connection =>
        {
            using var tx = connection.BeginTransaction(deferred: false);
            var result = write(connection, tx);
            tx.Commit();
            return result;
        }, cancellationToken);

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, T> write, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            using var connection = await OpenAsync(forWriting: true, cancellationToken);
            return write(connection);
        }
        finally
        {
            _writer.Release();
        }
    }

    // Readers in WAL mode never wait for the writer; only writers need the per-connection settings (the busy
    // timeout comes from DefaultTimeout in the connection string).
    private async Task<SqliteConnection> OpenAsync(bool forWriting, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (forWriting)
            {
                using var pragma = connection.CreateCommand();
                pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
                pragma.ExecuteNonQuery();
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, tx, sql, parameters);
        return command.ExecuteNonQuery();
    }

    private static T Scalar<T>(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, tx, sql, parameters);
        var value = command.ExecuteScalar();
        if (value is null or DBNull)
        {
            return default!;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    private static List<T> Query<T>(SqliteConnection connection, SqliteTransaction? tx, string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, tx, sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
