using TriviaBot.Knowledge;

namespace TriviaBot.Game.Tests;

public sealed class GameRulesTests
{
    private static readonly TimeSpan Hint = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(0.0, 0, 10)]
    [InlineData(2.0, 0, 9)]
    [InlineData(9.9, 0, 6)]
    [InlineData(10.0, 0, 4)]
    [InlineData(19.9, 0, 2)]
    [InlineData(0.0, 2, 12)]
    [InlineData(15.0, 5, 5)]
    public void Points_BySpeedHintStageAndStreak(double seconds, int streakBefore, int expected) =>
        Assert.Equal(expected, Scoring.Points(TimeSpan.FromSeconds(seconds), Hint, Window, streakBefore));

    [Fact]
    public void Points_FasterNeverScoresLess()
    {
        var previous = int.MaxValue;
        for (var ms = 0; ms < 20_000; ms += 100)
        {
            var points = Scoring.Points(TimeSpan.FromMilliseconds(ms), Hint, Window, 0);
            Assert.True(points <= previous, $"{ms} ms scored {points} after {previous}");
            previous = points;
        }
    }

    private static Question Q(string id, QuestionKind kind = QuestionKind.FreeAnswer) =>
        new(id, "a", kind, "Prompt " + id + "?", "Answer", ["Answer"], kind == QuestionKind.FreeAnswer ? [] : ["Answer", "B", "C", "D"], "A_____", 1, 0.9, true, "Source.");

    private static QuestionPool Pool() => new(
    [
        new PoolQuestion(Q("1"), "Office"),
        new PoolQuestion(Q("2", QuestionKind.MultipleChoice), "Office"),
        new PoolQuestion(Q("3"), "Films"),
    ]);

    [Fact]
    public void Pick_SkipsSeenAndRetired()
    {
        var result = Pool().Pick(null, null, new HashSet<string> { "1" }, new HashSet<string> { "2" }, new Random(1));

        Assert.Equal(PickOutcome.Picked, result.Outcome);
        Assert.Equal("3", result.Picked!.Question.Id);
        Assert.False(result.CycleRestarted);
    }

    [Fact]
    public void Pick_PrefersAnAnswerTheChannelHasNotHadFromTheSameStory()
    {
        // Questions 1 and 2 are about the same story's subject; 3 is about another answer in it, 4 another story's.
        var pool = new QuestionPool(
        [
            new PoolQuestion(Q("1") with { ArticleId = "fletcher", Answer = "Cyril Fletcher" }, "Veteran comic dies"),
            new PoolQuestion(Q("2") with { ArticleId = "fletcher", Answer = "Cyril Fletcher" }, "Veteran comic dies"),
            new PoolQuestion(Q("3") with { ArticleId = "fletcher", Answer = "Guernsey" }, "Veteran comic dies"),
        ]);

        for (var seed = 0; seed < 20; seed++)
        {
            var result = pool.Pick("Veteran comic dies", null, new HashSet<string> { "1" }, new HashSet<string>(), new Random(seed));

            Assert.Equal("3", result.Picked!.Question.Id);
        }

        // Once the other answer is had too, the same answer comes rather than nothing.
        Assert.Equal("2", pool.Pick("Veteran comic dies", null, new HashSet<string> { "1", "3" }, new HashSet<string>(), new Random(1)).Picked!.Question.Id);
    }

    [Fact]
    public void Pick_AllSeen_RestartsTheCycle()
    {
        var result = Pool().Pick(null, null, new HashSet<string> { "1", "2", "3" }, new HashSet<string>(), new Random(1));

        Assert.Equal(PickOutcome.Picked, result.Outcome);
        Assert.True(result.CycleRestarted);
    }

    [Fact]
    public void Pick_TopicExhaustedButOthersUnseen_DoesNotRepeat()
    {
        var result = Pool().Pick("office", null, new HashSet<string> { "1", "2" }, new HashSet<string>(), new Random(1));

        Assert.Equal(PickOutcome.FilterExhausted, result.Outcome);
    }

    [Fact]
    public void Pick_UnknownTopicOrKind_IsNoMatch()
    {
        Assert.Equal(PickOutcome.NoMatch, Pool().Pick("nope", null, new HashSet<string>(), new HashSet<string>(), new Random(1)).Outcome);
        Assert.Equal(PickOutcome.NoMatch, Pool().Pick("films", "multiple-choice", new HashSet<string>(), new HashSet<string>(), new Random(1)).Outcome);
    }

    [Fact]
    public void MatchTopics_PrefixFirstThenContains()
    {
        var topics = QuestionPool.Match(["The Office", "Office Ladies", "Films"], "office", 25);

        Assert.Equal(["Office Ladies", "The Office"], topics);
    }

    [Fact]
    public void Snapshot_RoundTripsAndKeepsTheAnswerAmongChoices()
    {
        var snapshot = QuestionSnapshot.Of(Q("2", QuestionKind.MultipleChoice), "Office", new Random(3));

        var back = QuestionSnapshot.FromJson(snapshot.ToJson());

        Assert.Equal(snapshot.Choices, back.Choices);
        Assert.Equal("Answer", back.Choices[back.CorrectIndex]);
        Assert.Equal("multiple-choice", back.Kind);
    }
}
