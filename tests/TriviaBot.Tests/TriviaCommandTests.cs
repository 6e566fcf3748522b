using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using TriviaBot.Storage;

namespace TriviaBot.Tests;

/// `/trivia` from post to reveal, end to end: the host as `dotnet run` builds it, the local Discord-faithful server
/// over real sockets, a real SQLite file, and fake time for the answer window.
public sealed class TriviaCommandTests
{
    private static JsonObject Data(LocalDiscord.InteractionOutcome outcome) => outcome.Response!["data"]!.AsObject();

    private static bool IsEphemeral(LocalDiscord.InteractionOutcome outcome) => Data(outcome)["flags"]?.GetValue<int>() == 64;

    private static string Content(LocalDiscord.InteractionOutcome outcome) => Data(outcome)["content"]?.GetValue<string>() ?? string.Empty;

    [Fact]
    public async Task Trivia_MultipleChoice_PostsEmbedWithFourButtonsAndNoMentions()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();

        var outcome = await bot.CommandAsync("alice", "trivia", new JsonObject { ["kind"] = "multiple-choice" });

        Assert.Equal("responded", outcome.Status);
        Assert.Equal(4, outcome.Response!["type"]!.GetValue<int>());
        var data = Data(outcome);
        Assert.Null(data["flags"]);
        Assert.Empty(data["allowed_mentions"]!["parse"]!.AsArray());
        var message = await bot.WaitForMessageAsync(m => BotHarness.Title(m).Contains("Multiple choice", StringComparison.Ordinal));
        var buttons = BotHarness.Buttons(message);
        Assert.Equal(4, buttons.Count);
        Assert.Equal(4, buttons.Select(b => b["custom_id"]!.GetValue<string>()).Distinct().Count());
        Assert.Contains(buttons, b => b["label"]!.GetValue<string>().EndsWith(". " + bot.QuestionOf(message).Answer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Trivia_FullQuestion_LocksInFirstAnswersAndRevealsWhoWasRightAndHowFast()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();
        await bot.CommandAsync("alice", "trivia", new JsonObject { ["kind"] = "multiple-choice" });
        var message = await bot.WaitForMessageAsync(m => BotHarness.Buttons(m).Count == 4);
        var id = BotHarness.Id(message);
        var right = bot.ChoiceId(message, correct: true);
        var wrong = bot.ChoiceId(message, correct: false);

        bot.Time.Advance(TimeSpan.FromSeconds(2));
        var alice = await bot.ClickAsync("alice", id, right);
        bot.Time.Advance(TimeSpan.FromSeconds(1));
        var bob = await bot.ClickAsync("bob", id, wrong);
        var bobAgain = await bot.ClickAsync("bob", id, right);
        await bot.AdvanceUntilAsync(() => BotHarness.Description(bot.Messages().First(m => BotHarness.Id(m) == id)).Contains("Hint", StringComparison.Ordinal));
        var carol = await bot.ClickAsync("carol", id, right);
        await bot.AdvanceUntilAsync(() => BotHarness.Title(bot.Messages().First(m => BotHarness.Id(m) == id)).Contains("The answer", StringComparison.Ordinal));

        Assert.True(IsEphemeral(alice));
        Assert.Contains("Locked in", Content(alice), StringComparison.Ordinal);
        Assert.Contains("Locked in", Content(bob), StringComparison.Ordinal);
        Assert.Contains("only your first answer counts", Content(bobAgain), StringComparison.Ordinal);
        Assert.True(IsEphemeral(carol));
        var revealed = bot.Messages().First(m => BotHarness.Id(m) == id);
        var text = BotHarness.EmbedText(revealed);
        Assert.Contains(bot.QuestionOf(message).Answer, BotHarness.Description(revealed), StringComparison.Ordinal);
        Assert.Contains("3 answered · 2 right", text, StringComparison.Ordinal);
        Assert.True(text.Contains("Alice — 2.0 s (+9)", StringComparison.Ordinal), text);
        Assert.Contains("Carol — 10.0 s (+4)", text, StringComparison.Ordinal);
        Assert.Contains(BotHarness.Buttons(revealed), b => b["label"]!.GetValue<string>() == "Report question");
        Assert.All(BotHarness.Buttons(revealed).Where(b => b["label"]!.GetValue<string>() != "Report question"), b => Assert.True(b["disabled"]!.GetValue<bool>()));
        var store = bot.Host!.Services.GetRequiredService<ITriviaStore>();
        var board = await store.GetLeaderboardAsync(ulong.Parse(bot.Server.GuildId, System.Globalization.CultureInfo.InvariantCulture), null, 0, 10);
        Assert.Equal(["Alice", "Carol", "Bob"], board.Entries.Select(e => e.Score.UserName));
        Assert.Equal(0, board.Entries.Single(e => e.Score.UserName == "Bob").Score.Points);
    }

    [Fact]
    public async Task Trivia_FreeAnswer_OpensModalAndMatchesTypedAnswer()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();
        await bot.CommandAsync("alice", "trivia", new JsonObject { ["kind"] = "free-answer" });
        var message = await bot.WaitForMessageAsync(m => BotHarness.Title(m).Contains("Free answer", StringComparison.Ordinal));
        var question = bot.QuestionOf(message);
        var answerButton = BotHarness.Buttons(message).Single();

        var modal = await bot.ClickAsync("alice", BotHarness.Id(message), answerButton["custom_id"]!.GetValue<string>());
        var modalId = modal.Response!["data"]!["custom_id"]!.GetValue<string>();
        var inputId = modal.Response!["data"]!["components"]![0]!["components"]![0]!["custom_id"]!.GetValue<string>();
        var locked = await bot.Server.SubmitModalAsync("alice", bot.Channel, modalId, new Dictionary<string, string> { [inputId] = question.Answer.ToUpperInvariant() }, bot.Timeout);
        var wrong = await bot.Server.SubmitModalAsync("bob", bot.Channel, modalId, new Dictionary<string, string> { [inputId] = "definitely not it" }, bot.Timeout);
        await bot.AdvanceUntilAsync(() => BotHarness.Title(bot.Messages().First(m => BotHarness.Id(m) == BotHarness.Id(message))).Contains("The answer", StringComparison.Ordinal));

        Assert.Equal(9, modal.Response!["type"]!.GetValue<int>());
        Assert.Contains("Locked in", Content(locked), StringComparison.Ordinal);
        Assert.Contains("Locked in", Content(wrong), StringComparison.Ordinal);
        var revealed = BotHarness.EmbedText(bot.Messages().First(m => BotHarness.Id(m) == BotHarness.Id(message)));
        Assert.Contains("2 answered · 1 right", revealed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trivia_SecondQuestionWhileOneIsOpen_GetsEphemeralExplanation()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();
        await bot.CommandAsync("alice", "trivia");

        var second = await bot.CommandAsync("bob", "trivia");

        Assert.True(IsEphemeral(second));
        Assert.Contains("already a question open", Content(second), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trivia_NeverRepeatsInAChannelUntilAllServedQuestionsWereAsked()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();
        var total = bot.Content.Pool.Questions.Count;
        var asked = new List<string>();
        for (var i = 0; i < total + 1; i++)
        {
            var outcome = await bot.CommandAsync("alice", "trivia");
            var description = Data(outcome)["embeds"]![0]!["description"]!.GetValue<string>();
            asked.Add(bot.Content.Pool.Questions.First(q => description.StartsWith(q.Question.Prompt, StringComparison.Ordinal)).Question.Id);
            var before = bot.Messages().Count(m => BotHarness.Title(m).Contains("The answer", StringComparison.Ordinal));
            await bot.AdvanceUntilAsync(() => bot.Messages().Count(m => BotHarness.Title(m).Contains("The answer", StringComparison.Ordinal)) > before);
        }

        Assert.Equal(total, asked.Take(total).Distinct().Count());
        Assert.Contains(asked[^1], asked.Take(total)); // the next cycle starts only after all were asked
    }

    [Theory]
    [InlineData("trivia", "{\"kind\":\"banana\"}", "Option `kind`")]
    [InlineData("trivia", "{\"topic\":\"No Such Article\"}", "No questions match topic")]
    [InlineData("trivia-game", "{\"start\":{\"rounds\":0}}", "Option `rounds`")]
    [InlineData("trivia-game", "{\"start\":{\"rounds\":51}}", "Option `rounds`")]
    [InlineData("leaderboard", "{\"page\":0}", "Option `page`")]
    [InlineData("leaderboard", "{\"period\":\"year\"}", "Option `period`")]
    [InlineData("quote", "{\"speaker\":\"Nobody Atall\"}", "No quotes by")]
    public async Task Command_BadOptionValue_RepliesEphemerallyAndStoresNothing(string command, string options, string expected)
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();

        var outcome = await bot.CommandAsync("alice", command, JsonNode.Parse(options)!.AsObject());

        Assert.True(IsEphemeral(outcome));
        Assert.Contains(expected, Content(outcome), StringComparison.Ordinal);
        var stats = await bot.Host!.Services.GetRequiredService<ITriviaStore>().GetStatsAsync(ulong.Parse(bot.Server.GuildId, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, stats.Posts + stats.Games + stats.Answers);
        Assert.Empty(bot.Messages());
    }

    [Fact]
    public async Task Trivia_TopicAutocomplete_OffersArticleTitles()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();

        var outcome = await bot.Server.AutocompleteAsync("alice", bot.Channel, "trivia", new JsonObject { ["topic"] = "office" }, bot.Timeout);

        Assert.Equal(8, outcome.Response!["type"]!.GetValue<int>());
        var choices = outcome.Response!["data"]!["choices"]!.AsArray();
        Assert.Contains(choices, c => c!["name"]!.GetValue<string>().Contains("Office", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Button_DuplicatedDelivery_CountsTheAnswerOnce()
    {
        await using var bot = await BotHarness.CreateAsync();
        await bot.StartBotAsync();
        await bot.CommandAsync("alice", "trivia", new JsonObject { ["kind"] = "multiple-choice" });
        var message = await bot.WaitForMessageAsync(m => BotHarness.Buttons(m).Count == 4);

        bot.Server.Faults.DuplicateNextDispatch();
        var click = await bot.ClickAsync("alice", BotHarness.Id(message), bot.ChoiceId(message, correct: true));
        await bot.AdvanceUntilAsync(() => BotHarness.Title(bot.Messages().First(m => BotHarness.Id(m) == BotHarness.Id(message))).Contains("The answer", StringComparison.Ordinal));

        Assert.Contains("Locked in", Content(click), StringComparison.Ordinal);
        var revealed = BotHarness.EmbedText(bot.Messages().First(m => BotHarness.Id(m) == BotHarness.Id(message)));
        Assert.Contains("1 answered · 1 right", revealed, StringComparison.Ordinal);
        var player = await bot.Host!.Services.GetRequiredService<ITriviaStore>().GetPlayerAsync(ulong.Parse(bot.Server.GuildId, System.Globalization.CultureInfo.InvariantCulture), ulong.Parse(bot.Server.Users["alice"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, player!.Score.Answered);
    }

    [Fact]
    public async Task Trivia_ArticleTextWithEveryone_NeverPings()
    {
        await using var bot = await BotHarness.CreateAsync(seedArticle: false);
        await File.WriteAllTextAsync(Path.Combine(bot.PacksPath, "pings.yaml"), "Who wrote \"@everyone look at this\" on the board?:\n- \"@everyone fan\"\n- fan\n");
        await bot.StartBotAsync();

        var outcome = await bot.CommandAsync("alice", "trivia");
        await bot.AdvanceUntilAsync(() => bot.Messages().Any(m => BotHarness.Title(m).Contains("The answer", StringComparison.Ordinal)));

        Assert.Contains("@everyone", Data(outcome).ToJsonString(), StringComparison.Ordinal);
        var withContent = bot.Server.Recorder.Requests.Where(r => r.Body.Contains("@everyone", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(withContent);
        Assert.All(withContent, r => Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", r.Body, StringComparison.Ordinal));
    }
}
