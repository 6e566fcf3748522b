using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TriviaBot.Storage;

namespace TriviaBot.Tests;

public sealed class GameAndAdminTests
{
    private static JsonObject Data(LocalDiscord.InteractionOutcome outcome) => outcome.Response!["data"]!.AsObject();

    private static bool IsEphemeral(LocalDiscord.InteractionOutcome outcome) => Data(outcome)["flags"]?.GetValue<int>() == 64;

    private static string Content(LocalDiscord.InteractionOutcome outcome) => Data(outcome)["content"]?.GetValue<string>() ?? string.Empty;

    private static ulong Snowflake(string id) => ulong.Parse(id, CultureInfo.InvariantCulture);

    private static bool IsRevealed(JsonObject m) => BotHarness.Title(m).Contains("The answer", StringComparison.Ordinal);

    [Fact]
    public async Task Game_ThreeRounds_PostsEachRoundRevealsItAndEndsWithScoreboard()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();

        var start = await bot.CommandAsync("alice", "trivia-game", new JsonObject { ["start"] = new JsonObject { ["rounds"] = 3, ["kind"] = "multiple-choice" } });
        var busy = await bot.CommandAsync("bob", "trivia-game", new JsonObject { ["start"] = new JsonObject { ["rounds"] = 2 } });
        for (var round = 1; round <= 3; round++)
        {
            var label = $"Round {round}/3";
            var message = await bot.WaitForMessageAsync(m => BotHarness.Title(m).StartsWith(label, StringComparison.Ordinal) && BotHarness.Buttons(m).Count == 4);
            var click = await bot.ClickAsync(round == 2 ? "bob" : "alice", BotHarness.Id(message), bot.ChoiceId(message, correct: true));
            Assert.Contains("Locked in", Content(click), StringComparison.Ordinal);
            await bot.AdvanceUntilAsync(() => bot.Messages().Any(m => BotHarness.Title(m).StartsWith(label, StringComparison.Ordinal) && IsRevealed(m)));
            if (round < 3)
            {
                await bot.AdvanceUntilAsync(() => bot.Messages().Any(m => BotHarness.Title(m).StartsWith($"Round {round + 1}/3", StringComparison.Ordinal)));
            }
        }

        await bot.AdvanceUntilAsync(() => bot.Messages().Any(m => BotHarness.Title(m).Contains("Game over", StringComparison.Ordinal)));
        var final = bot.Messages().First(m => BotHarness.Title(m).Contains("Game over", StringComparison.Ordinal));

        Assert.Contains("started a game of 3 rounds", BotHarness.EmbedText(Data(start)), StringComparison.Ordinal);
        Assert.True(IsEphemeral(busy));
        Assert.Contains("already running", Content(busy), StringComparison.Ordinal);
        var text = BotHarness.EmbedText(final);
        Assert.True(text.IndexOf("Alice", StringComparison.Ordinal) < text.IndexOf("Bob", StringComparison.Ordinal), text);
        Assert.Contains("2/2 right", text, StringComparison.Ordinal);
        Assert.Contains("3 of 3 rounds played", text, StringComparison.Ordinal);
        Assert.Null(await bot.Host!.Services.GetRequiredService<ITriviaStore>().GetActiveGameAsync(Snowflake(bot.Channel)));
    }

    [Fact]
    public async Task GameStop_ByAnotherPlainMember_IsRefused_ByStarter_EndsGame()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();
        await bot.CommandAsync("alice", "trivia-game", new JsonObject { ["start"] = new JsonObject { ["rounds"] = 5 } });
        await bot.WaitForMessageAsync(m => BotHarness.Title(m).StartsWith("Round 1/5", StringComparison.Ordinal));

        var refused = await bot.CommandAsync("bob", "trivia-game", new JsonObject { ["stop"] = new JsonObject() });
        var stopped = await bot.CommandAsync("alice", "trivia-game", new JsonObject { ["stop"] = new JsonObject() });
        var scores = await bot.WaitForMessageAsync(m => BotHarness.Title(m).Contains("Game stopped", StringComparison.Ordinal));

        Assert.True(IsEphemeral(refused));
        Assert.Contains("Only whoever started the game", Content(refused), StringComparison.Ordinal);
        Assert.Contains("Game stopped by", Content(stopped), StringComparison.Ordinal);
        Assert.Contains("1 of 5 rounds played", BotHarness.EmbedText(scores), StringComparison.Ordinal);
        Assert.Contains(bot.Messages(), m => BotHarness.Title(m).StartsWith("Round 1/5", StringComparison.Ordinal) && IsRevealed(m));
    }

    [Theory]
    [InlineData("{\"stats\":{}}")]
    [InlineData("{\"reports\":{}}")]
    [InlineData("{\"reload\":{}}")]
    [InlineData("{\"retire\":{\"question\":\"x\"}}")]
    public async Task Admin_PlainMember_IsRefusedOnOurSide(string options)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();

        var outcome = await bot.CommandAsync("bob", "trivia-admin", JsonNode.Parse(options)!.AsObject());

        Assert.True(IsEphemeral(outcome));
        Assert.Contains("Manage Server", Content(outcome), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_IsDeclaredManageServerOnly()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();

        var admin = bot.Server.RegisteredCommands().Single(c => c["name"]!.GetValue<string>() == "trivia-admin");

        Assert.Equal("32", admin["default_member_permissions"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReportThenRetire_QuestionIsNeverServedAgain()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();
        var asked = await bot.CommandAsync("alice", "trivia");
        var message = await bot.WaitForMessageAsync(m => BotHarness.Buttons(m).Count > 0);
        var questionId = bot.QuestionOf(message).Id;
        await bot.AdvanceUntilAsync(() => bot.Messages().Any(IsRevealed));
        var revealed = bot.Messages().First(IsRevealed);
        var reportButton = BotHarness.Buttons(revealed).Single(b => b["label"]!.GetValue<string>() == "Report question")["custom_id"]!.GetValue<string>();

        var report = await bot.ClickAsync("bob", BotHarness.Id(revealed), reportButton);
        var again = await bot.ClickAsync("bob", BotHarness.Id(revealed), reportButton);
        var reports = await bot.CommandAsync("carol", "trivia-admin", new JsonObject { ["reports"] = new JsonObject() }, BotHarness.ManageGuild);
        var retire = await bot.CommandAsync("carol", "trivia-admin", new JsonObject { ["retire"] = new JsonObject { ["question"] = questionId } }, BotHarness.ManageGuild);

        Assert.Equal("responded", asked.Status);
        Assert.Contains("reported", Content(report), StringComparison.Ordinal);
        Assert.Contains("already reported", Content(again), StringComparison.Ordinal);
        Assert.Contains(questionId, BotHarness.EmbedText(Data(reports)), StringComparison.Ordinal);
        Assert.Contains("Retired", Content(retire), StringComparison.Ordinal);
        var store = bot.Host!.Services.GetRequiredService<ITriviaStore>();
        Assert.Contains(questionId, await store.GetRetiredAsync());
        // A new channel cycle still never brings it back.
        var served = new HashSet<string>();
        for (var i = 0; i < bot.Content.Pool.Questions.Count; i++)
        {
            var outcome = await bot.CommandAsync("alice", "trivia");
            if (Data(outcome)["embeds"] is JsonArray embeds)
            {
                var description = embeds[0]!["description"]!.GetValue<string>();
                served.Add(bot.Content.Pool.Questions.First(q => description.StartsWith(q.Question.Prompt, StringComparison.Ordinal)).Question.Id);
                var before = bot.Messages().Count(IsRevealed);
                await bot.AdvanceUntilAsync(() => bot.Messages().Count(IsRevealed) > before);
            }
        }

        Assert.DoesNotContain(questionId, served);
    }

    [Fact]
    public async Task Restart_MidQuestion_NewHostOnSameDatabaseRevealsAndScoresOnce()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();
        await bot.CommandAsync("alice", "trivia", new JsonObject { ["kind"] = "multiple-choice" });
        var message = await bot.WaitForMessageAsync(m => BotHarness.Buttons(m).Count == 4);
        var right = bot.ChoiceId(message, correct: true);
        await bot.ClickAsync("alice", BotHarness.Id(message), right);

        await bot.StopBotAsync();
        await bot.StartBotAsync();
        var bob = await bot.ClickAsync("bob", BotHarness.Id(message), right);
        var aliceAgain = await bot.ClickAsync("alice", BotHarness.Id(message), right);
        await bot.AdvanceUntilAsync(() => IsRevealed(bot.Messages().First(m => BotHarness.Id(m) == BotHarness.Id(message))));

        Assert.Contains("Locked in", Content(bob), StringComparison.Ordinal);
        Assert.Contains("only your first answer counts", Content(aliceAgain), StringComparison.Ordinal);
        Assert.Contains("2 answered · 2 right", BotHarness.EmbedText(bot.Messages().First(m => BotHarness.Id(m) == BotHarness.Id(message))), StringComparison.Ordinal);
        var player = await bot.Host!.Services.GetRequiredService<ITriviaStore>().GetPlayerAsync(Snowflake(bot.Server.GuildId), Snowflake(bot.Server.Users["alice"]));
        Assert.Equal(1, player!.Score.Answered);
    }

    [Fact]
    public async Task Restart_AfterWindowPassedWhileDown_RevealsAtStart()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();
        await bot.CommandAsync("alice", "trivia");
        var message = await bot.WaitForMessageAsync(m => BotHarness.Buttons(m).Count > 0);
        var store = bot.Host!.Services.GetRequiredService<ITriviaStore>();
        while ((await store.GetOpenPostsAsync(bot.Timeout)).Single().MessageId is null)
        {
            await Task.Delay(10, bot.Timeout);
        }

        await bot.StopBotAsync();
        bot.Time.Advance(TimeSpan.FromMinutes(30)); // past the interaction token's life too: the edit goes by message id
        await bot.StartBotAsync();

        var revealed = await bot.WaitForMessageAsync(m => BotHarness.Id(m) == BotHarness.Id(message) && IsRevealed(m));
        Assert.Contains("Nobody answered", BotHarness.EmbedText(revealed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_MidGame_ContinuesTheGame()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();
        await bot.CommandAsync("alice", "trivia-game", new JsonObject { ["start"] = new JsonObject { ["rounds"] = 2 } });
        await bot.WaitForMessageAsync(m => BotHarness.Title(m).StartsWith("Round 1/2", StringComparison.Ordinal));

        await bot.StopBotAsync();
        await bot.StartBotAsync();
        await bot.AdvanceUntilAsync(() => bot.Messages().Any(m => BotHarness.Title(m).Contains("Game over", StringComparison.Ordinal)));

        Assert.Single(bot.Messages(), m => BotHarness.Title(m).StartsWith("Round 1/2", StringComparison.Ordinal));
        Assert.Single(bot.Messages(), m => BotHarness.Title(m).StartsWith("Round 2/2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuoteFactLeaderboardScore_ReplyWithEmbedsAndNoMentions()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();
        await bot.CommandAsync("alice", "trivia", new JsonObject { ["kind"] = "multiple-choice" });
        var message = await bot.WaitForMessageAsync(m => BotHarness.Buttons(m).Count == 4);
        await bot.ClickAsync("alice", BotHarness.Id(message), bot.ChoiceId(message, correct: true));
        await bot.AdvanceUntilAsync(() => bot.Messages().Any(IsRevealed));

        var quote = await bot.CommandAsync("bob", "quote", new JsonObject { ["speaker"] = "John Krasinski" });
        var fact = await bot.CommandAsync("bob", "fact");
        var board = await bot.CommandAsync("bob", "leaderboard", new JsonObject { ["period"] = "week" });
        var score = await bot.CommandAsync("bob", "score", new JsonObject { ["user"] = bot.Server.Users["alice"] });
        var none = await bot.CommandAsync("bob", "score");
        var speakers = await bot.Server.AutocompleteAsync("bob", bot.Channel, "quote", new JsonObject { ["speaker"] = "kras" }, bot.Timeout);

        foreach (var outcome in new[] { quote, fact, board, score })
        {
            Assert.Equal(4, outcome.Response!["type"]!.GetValue<int>());
            Assert.Empty(Data(outcome)["allowed_mentions"]!["parse"]!.AsArray());
            Assert.NotNull(Data(outcome)["embeds"]);
        }

        Assert.Contains("John Krasinski", BotHarness.EmbedText(Data(quote)), StringComparison.Ordinal);
        Assert.Contains("Source:", BotHarness.EmbedText(Data(fact)), StringComparison.Ordinal);
        Assert.Contains("Alice", BotHarness.EmbedText(Data(board)), StringComparison.Ordinal);
        Assert.Contains("#1 of 1", BotHarness.EmbedText(Data(score)), StringComparison.Ordinal);
        Assert.True(IsEphemeral(none));
        Assert.Contains(speakers.Response!["data"]!["choices"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "John Krasinski");
    }

    [Fact]
    public async Task WhoSaid_PostsSpeakerButtons()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();

        var outcome = await bot.CommandAsync("alice", "whosaid");

        Assert.Contains("Who said it?", BotHarness.EmbedText(Data(outcome)), StringComparison.Ordinal);
        var message = await bot.WaitForMessageAsync(m => BotHarness.Buttons(m).Count > 1);
        Assert.Equal("who-said", bot.Content.Pool.Find(bot.QuestionOf(message).Id)!.Question.Kind switch { TriviaBot.Knowledge.QuestionKind.WhoSaid => "who-said", _ => "other" });
    }
}

public sealed class ContentReloadTests
{
    [Fact]
    public async Task NewArticleOnDisk_IsLoadedWithoutRestartAndOpenQuestionCarriesOn()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();
        await bot.CommandAsync("alice", "trivia", new System.Text.Json.Nodes.JsonObject { ["kind"] = "multiple-choice" });
        var open = await bot.WaitForMessageAsync(m => BotHarness.Buttons(m).Count == 4);
        var before = bot.Content.Pool.Questions.Count;
        var bbc = Path.Combine(Repo.Root, "..", "shared", "corpus", "bbc", "entertainment");
        var source = Directory.Exists(bbc) ? Directory.GetFiles(bbc, "*.txt").Order(StringComparer.Ordinal).First() : Repo.SeedArticle;
        var added = File.ReadAllText(source).Replace("\n", "\n\n", StringComparison.Ordinal);

        await File.WriteAllTextAsync(Path.Combine(bot.ArticlesPath, "added.txt"), added);
        await bot.AdvanceUntilAsync(() => bot.Content.Knowledge.Articles.Count == 2);
        var click = await bot.ClickAsync("bob", BotHarness.Id(open), bot.ChoiceId(open, correct: true));

        Assert.True(bot.Content.Pool.Questions.Count >= before);
        Assert.Contains("Locked in", click.Response!["data"]!["content"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
