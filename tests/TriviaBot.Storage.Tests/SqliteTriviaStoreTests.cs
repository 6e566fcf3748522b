using Microsoft.Data.Sqlite;

namespace TriviaBot.Storage.Tests;

/// Against a real SQLite file in a temporary folder.
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "xunit disposes through IAsyncLifetime.DisposeAsync.")]
public sealed class SqliteTriviaStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "triviabot-store-" + Guid.NewGuid().ToString("N"));
    private SqliteTriviaStore _store = null!;

    private string DbPath => Path.Combine(_folder, "nested", "triviabot.db");

    public async Task InitializeAsync()
    {
        _store = new SqliteTriviaStore(DbPath);
        await _store.MigrateAsync();
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        SqliteTriviaStore.ReleaseFile(DbPath);
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private static NewPost Post(ulong? interaction = 1, ulong channel = 10, long? game = null, int? round = null) =>
        new(interaction, 100, channel, game, round, "q1", "{}", 5, "token", T0, T0.AddSeconds(10), T0.AddSeconds(20));

    private static NewAnswer Answer(long post, ulong user, bool correct, ulong interaction, double seconds = 2) =>
        new(post, user, "user" + user, correct ? "right" : "wrong", correct, TimeSpan.FromSeconds(seconds), 0, T0.AddSeconds(seconds), interaction);

    [Fact]
    public async Task Migrate_NewFile_CreatesItInWalModeAndRecordsVersions()
    {
        Assert.True(File.Exists(DbPath));
        Assert.Equal([1, 2], await _store.GetAppliedMigrationsAsync());
        using var connection = new SqliteConnection($"Data Source={DbPath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    public async Task Migrate_Twice_IsANoOp()
    {
        await _store.MigrateAsync();

        Assert.Equal([1, 2], await _store.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task CreatePost_SameInteractionTwice_StoresOnce()
    {
        var first = await _store.CreatePostAsync(Post());
        var second = await _store.CreatePostAsync(Post());

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Single(await _store.GetOpenPostsAsync());
        Assert.Contains("q1", await _store.GetSeenAsync(10));
    }

    [Fact]
    public async Task CreatePost_SameGameRoundTwice_StoresOnce()
    {
        var game = (await _store.StartGameAsync(new NewGame(7, 100, 10, 1, 3, null, null, T0))).Game!;

        var first = await _store.CreatePostAsync(Post(null, game: game.Id, round: 1));
        var second = await _store.CreatePostAsync(Post(null, game: game.Id, round: 1));

        Assert.NotNull(first);
        Assert.Null(second);
    }

    [Fact]
    public async Task RecordAnswer_FirstCountsSecondReportsTheFirstAndRedeliveryIsDuplicate()
    {
        var post = (await _store.CreatePostAsync(Post()))!;

        var first = await _store.RecordAnswerAsync(Answer(post.Id, 1, correct: false, interaction: 50));
        var second = await _store.RecordAnswerAsync(Answer(post.Id, 1, correct: true, interaction: 51));
        var redelivered = await _store.RecordAnswerAsync(Answer(post.Id, 1, correct: false, interaction: 50));

        Assert.Equal(AnswerOutcome.Recorded, first.Outcome);
        Assert.Equal(AnswerOutcome.AlreadyAnswered, second.Outcome);
        Assert.Equal("wrong", second.Existing!.Choice);
        Assert.Equal(AnswerOutcome.Duplicate, redelivered.Outcome);
        Assert.Single(await _store.GetAnswersAsync(post.Id));
    }

    [Fact]
    public async Task Reveal_ScoresOnceUpdatesStreaksAndClosesThePost()
    {
        var post = (await _store.CreatePostAsync(Post()))!;
        await _store.RecordAnswerAsync(Answer(post.Id, 1, correct: true, interaction: 50, seconds: 1));
        await _store.RecordAnswerAsync(Answer(post.Id, 2, correct: false, interaction: 51, seconds: 3));

        var outcome = await _store.RevealAsync(post.Id, T0.AddSeconds(20), (_, _, streak) => 10 + streak);
        var again = await _store.RevealAsync(post.Id, T0.AddSeconds(21), (_, _, _) => 1000);
        var late = await _store.RecordAnswerAsync(Answer(post.Id, 3, correct: true, interaction: 52));

        Assert.NotNull(outcome);
        Assert.Equal([10, 0], outcome.Answers.Select(a => a.Points ?? -1));
        Assert.Null(again);
        Assert.Equal(AnswerOutcome.Closed, late.Outcome);
        var alice = (await _store.GetPlayerAsync(100, 1))!;
        Assert.Equal((10L, 1, 1, 1, 1), (alice.Score.Points, alice.Score.Answered, alice.Score.Correct, alice.Score.Streak, alice.Score.BestStreak));
        Assert.Equal(1, alice.Rank);
        Assert.Equal(2, (await _store.GetPlayerAsync(100, 2))!.Rank);
        Assert.Empty(await _store.GetOpenPostsAsync());
    }

    [Fact]
    public async Task Leaderboard_WeekCountsOnlyRecentPointsAndPages()
    {
        for (ulong user = 1; user <= 12; user++)
        {
            var post = (await _store.CreatePostAsync(Post(interaction: 1000 + user)))!;
            await _store.RecordAnswerAsync(Answer(post.Id, user, correct: true, interaction: 2000 + user));
            await _store.RevealAsync(post.Id, T0.AddSeconds(20), (_, a, _) => (int)a.UserId);
        }

        var page1 = await _store.GetLeaderboardAsync(100, null, 0, 10);
        var page2 = await _store.GetLeaderboardAsync(100, null, 10, 10);
        var future = await _store.GetLeaderboardAsync(100, T0.AddDays(1), 0, 10);

        Assert.Equal(12, page1.TotalPlayers);
        Assert.Equal(12UL, page1.Entries[0].Score.UserId);
        Assert.Equal([11, 12], page2.Entries.Select(e => e.Rank));
        Assert.Equal(0, future.TotalPlayers);
    }

    [Fact]
    public async Task Game_OnePerChannel_StartTwiceIsBusyAndRedeliveryIsDuplicate()
    {
        var started = await _store.StartGameAsync(new NewGame(7, 100, 10, 1, 3, null, null, T0));
        var busy = await _store.StartGameAsync(new NewGame(8, 100, 10, 2, 3, null, null, T0));
        var redelivered = await _store.StartGameAsync(new NewGame(7, 100, 10, 1, 3, null, null, T0));
        var ended = await _store.EndGameAsync(started.Game!.Id, T0.AddMinutes(1), "stopped");
        var endedAgain = await _store.EndGameAsync(started.Game!.Id, T0.AddMinutes(1), "stopped");
        var next = await _store.StartGameAsync(new NewGame(9, 100, 10, 2, 3, null, null, T0));

        Assert.Equal(GameStartOutcome.Started, started.Outcome);
        Assert.Equal(GameStartOutcome.ChannelBusy, busy.Outcome);
        Assert.Equal(GameStartOutcome.Duplicate, redelivered.Outcome);
        Assert.True(ended);
        Assert.False(endedAgain);
        Assert.Equal(GameStartOutcome.Started, next.Outcome);
    }

    [Fact]
    public async Task ReportsAndRetire_AreIdempotent()
    {
        Assert.True(await _store.ReportAsync("q1", 1, 1, "Prompt?", T0));
        Assert.False(await _store.ReportAsync("q1", 1, 1, "Prompt?", T0));
        Assert.True(await _store.ReportAsync("q1", 2, 1, "Prompt?", T0));
        Assert.True(await _store.RetireAsync("q1", 9, T0));
        Assert.False(await _store.RetireAsync("q1", 9, T0));

        var report = Assert.Single(await _store.GetReportsAsync(10));
        Assert.Equal((2, true), (report.Reports, report.Retired));
        Assert.Contains("q1", await _store.GetRetiredAsync());
    }

    [Fact]
    public async Task Data_SurvivesANewStoreOnTheSameFile()
    {
        var post = (await _store.CreatePostAsync(Post()))!;
        await _store.RecordAnswerAsync(Answer(post.Id, 1, correct: true, interaction: 50));
        _store.Dispose();
        SqliteTriviaStore.ReleaseFile(DbPath);

        _store = new SqliteTriviaStore(DbPath);
        await _store.MigrateAsync();

        Assert.Single(await _store.GetAnswersAsync(post.Id));
        Assert.Single(await _store.GetOpenPostsAsync());
    }

    [Fact]
    public async Task ConcurrentAnswers_FromManyUsers_AreAllRecordedOnce()
    {
        var post = (await _store.CreatePostAsync(Post()))!;

        await Task.WhenAll(Enumerable.Range(1, 200).Select(i => _store.RecordAnswerAsync(Answer(post.Id, (ulong)(i % 100), correct: true, interaction: (ulong)(5000 + i)))));

        Assert.Equal(100, (await _store.GetAnswersAsync(post.Id)).Count);
    }

    [Fact]
    public async Task DailyClaim_OnlyOneClaimPerChannelAndDay_AndLeaseGuardsTakeOver()
    {
        var day = new DateOnly(2026, 11, 24);
        var first = await _store.ClaimDailyAsync(10, day, "a", T0, Post(null));
        var second = await _store.ClaimDailyAsync(10, day, "b", T0, Post(null));
        var early = await _store.TakeOverDailyClaimAsync(10, day, "b", T0.AddSeconds(30), staleBefore: T0.AddSeconds(-30));
        var late = await _store.TakeOverDailyClaimAsync(10, day, "b", T0.AddMinutes(2), staleBefore: T0.AddMinutes(1));
        await _store.RecordDailyMessageAsync(10, day, first!.Value.Post.Id, 999, T0.AddMinutes(2));

        Assert.NotNull(first);
        Assert.True(first.Value.Post.Daily);
        Assert.Null(second);
        Assert.False(early);
        Assert.True(late);
        Assert.Empty(await _store.GetUnfinishedDailyClaimsAsync());
        Assert.Equal(999UL, (await _store.GetDailyClaimAsync(10, day))!.MessageId);
        Assert.False(await _store.SkipDailyAsync(10, day, "c", T0, "late"));
    }
}
