using TriviaBot.Knowledge.Answers;
using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

/// Sums of money as answers (coverage work, 2026-12-07): box-office takings, fines, fortunes, prices. Always chosen
/// among sums written the same way; the conversion in brackets goes with the blank.
public sealed class MoneyTests
{
    [Theory]
    [InlineData("$42.8m", "$", 42.8, "m")]
    [InlineData("£1.3bn", "£", 1.3, "bn")]
    [InlineData("£10,000", "£", 10000, "")]
    [InlineData("$18 million", "$", 18, " million")]
    [InlineData("2.6bn euros", "euros", 2.6, "bn")]
    [InlineData("$1.15 trillion", "$", 1.15, " trillion")]
    [InlineData("$1.5tn", "$", 1.5, "tn")]
    [InlineData("$1,000.50", "$", 1000.5, "")]
    [InlineData("10.9m", "", 10.9, "m")]
    [InlineData("144 million", "", 144, " million")]
    public void Parse_TheWaysTheBbcWritesASum_CurrencyFigureAndScale(string text, string currency, double value, string scale)
    {
        var m = Money.Parse(text);

        Assert.NotNull(m);
        Assert.Equal(currency, m.Currency);
        Assert.Equal(value, m.Value);
        Assert.Equal(scale, m.Scale);
    }

    [Theory]
    [InlineData("42,800")]
    [InlineData("$0")]
    [InlineData("The Aviator took $42.8m")]
    public void Parse_NotASumAlone_Null(string text)
    {
        Assert.Null(Money.Parse(text));
    }

    [Fact]
    public void AllIn_ConversionInBrackets_NotASumOfItsOwn()
    {
        var sums = Money.AllIn("Comedy Meet The Fockers took $42.8m (£23.7m) at the weekend.").ToList();

        var only = Assert.Single(sums);
        Assert.Equal(42.8, only.Value);
    }

    [Theory]
    [InlineData("$42.8m", 21.4, "$21.4m")]
    [InlineData("$7.5m", 15.0, "$15m")]
    [InlineData("£10,000", 24_990, "£20,000")]
    [InlineData("$2,115", 846.2, "$846")]
    [InlineData("$18 million", 54, "$54 million")]
    [InlineData("2.6bn euros", 1.3, "1.3bn euros")]
    [InlineData("$1.50", 0.3, "$0.30")]
    public void With_AnotherFigure_WrittenTheSameWay(string written, double value, string expected)
    {
        Assert.Equal(expected, Money.Parse(written)!.With(value));
    }

    [Fact]
    public void Forms_ScaledSum_TheWaysAPlayerTypesIt()
    {
        var forms = Money.Parse("$42.8m")!.Forms("$42.8m");

        Assert.Contains("42.8 million", forms);
        Assert.Contains("$42.8 million", forms);
        Assert.Contains("42.8m", forms);
        Assert.True(AnswerMatcher.Default.IsMatch("42.8 million", forms));
        Assert.True(AnswerMatcher.Default.IsMatch("$42.8M", forms));
        Assert.False(AnswerMatcher.Default.IsMatch("42 million", forms));
    }

    [Theory]
    [InlineData("I'm A Celebrity drew an average of 10.9m viewers last year.", "10.9m")]
    [InlineData("The Da Vinci Code has sold 17 million copies worldwide.", "17 million")]
    [InlineData("The ceremony was watched by 144 million people in the US in 2003.", "144 million")]
    public void Spans_CountInMillions_TheFigureWithoutItsNoun(string text, string expected)
    {
        var (count, written) = Assert.Single(Money.Spans(text));

        Assert.Equal(expected, written);
        Assert.Equal(string.Empty, count.Currency);
    }

    [Theory]
    [InlineData("Output fell to 16 million tonnes, hitting users.")]
    [InlineData("The deal is worth 16 million to the club.")]
    public void Spans_MillionsOfSomethingElse_NoCount(string text)
    {
        Assert.Empty(Money.Spans(text));
    }

    [Fact]
    public void Build_AudienceInMillions_ChosenAmongCountsWrittenTheSameWay()
    {
        var kb = OneArticle.Build(
            "Corbett attacks 'dumbed-down TV'",
            "Comedian Ronnie Corbett has joined fellow comedy stars in attacking the standards of British television.",
            "The Two Ronnies ran from 1971 to 1987 and attracted 17 million viewers at its peak.");

        var q = Assert.Single(kb.Served, q => q.Answer == "17 million");
        Assert.Equal(QuestionKind.MultipleChoice, q.Kind);
        Assert.EndsWith("attracted _____ viewers at its peak.", q.Prompt, StringComparison.Ordinal);
        Assert.All(q.Choices, c => Assert.Matches(@"^[0-9.]+ million$", c));
    }

    [Fact]
    public void Build_BoxOfficeTakings_ChosenAmongTheArticlesOtherSums()
    {
        var kb = OneArticle.Build(
            "Smith loses US box office crown",
            "Action comedy Man of the House, starring Tommy Lee Jones as a Texas ranger, came in at fifth with $9m (£4.7m).",
            "Clint Eastwood's boxing drama Million Dollar Baby continued to perform well in sixth place with takings of $7.2m (£3.8m).",
            "Wes Craven's horror movie Cursed, about a werewolf loose in Los Angeles, was in fourth position with $9.5m (£5m).");

        var q = Assert.Single(kb.Questions, q => q.Answer == "$7.2m");
        Assert.Equal(QuestionKind.MultipleChoice, q.Kind);
        Assert.EndsWith("in sixth place with takings of _____.", q.Prompt, StringComparison.Ordinal);
        Assert.Equal(4, q.Choices.Count);
        // The other films' takings come first: they are the fairest wrong answers.
        Assert.Contains("$9m", q.Choices);
        Assert.Contains("$9.5m", q.Choices);
        Assert.All(q.Choices, c => Assert.StartsWith("$", c, StringComparison.Ordinal));
        // Sorted by value, as numbers are, and none the stem shows.
        Assert.Equal(q.Choices.OrderBy(c => Money.Parse(c)!.Value), q.Choices);
        // The hint rules out two choices, never three: "Between $7m and $8m" would leave only the answer.
        var hint = System.Text.RegularExpressions.Regex.Match(q.Hint, @"^(More|Less) than (.+)$");
        Assert.True(hint.Success, q.Hint);
        var bound = Money.Parse(hint.Groups[2].Value)!.Value;
        var fits = q.Choices.Where(c => hint.Groups[1].Value == "More" ? Money.Parse(c)!.Value > bound : Money.Parse(c)!.Value < bound).ToList();
        Assert.Equal(2, fits.Count);
        Assert.Contains("$7.2m", fits);
    }

    [Fact]
    public void Build_HeadlineShowsTheSum_NotAskedInsideIt()
    {
        var kb = OneArticle.Build(
            "BBC to pour £9m into new comedy",
            "The BBC is to invest £9m in developing new comedy and entertainment programmes outside London, the corporation has said.");

        var q = Assert.Single(kb.Questions, q => q.Answer == "£9m");
        Assert.DoesNotContain("In the story", q.Prompt, StringComparison.Ordinal);
        Assert.False(q.Served);
    }

    [Fact]
    public void Build_SumInWords_BlankTakesTheScaleAndTheConversion()
    {
        var kb = OneArticle.Build(
            "Wife Swap makers sue US 'copycat'",
            "RDF Media, which makes the show for US network ABC, has filed a damages claim for $18 million (£9.25 million) against Fox's Trading Spouses.");

        var q = Assert.Single(kb.Questions, q => q.Answer == "$18 million");
        Assert.Contains("a damages claim for _____ against Fox's Trading Spouses.", q.Prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("9.25", q.Prompt, StringComparison.Ordinal);
        Assert.DoesNotContain(q.Choices, c => c.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ApproximateSum_NotServed()
    {
        var kb = OneArticle.Build(
            "Ray DVD beats box office takings",
            "The DVD of the biopic Ray earned more than $40m (£22m) on the first day of its release in the United States.");

        Assert.Contains(kb.Questions, q => q.Answer == "$40m");
        Assert.DoesNotContain(kb.Served, q => q.Answer == "$40m");
    }

    [Fact]
    public void Build_SmallSums_NoneUnderOneOfItsScale()
    {
        var kb = OneArticle.Build(
            "Versace art portfolio up for sale",
            "One of the highlights of the sale is Roy Lichtenstein's Blue Nude which has been given an estimate of £1.8m by the auction house Sotheby's.");

        var q = Assert.Single(kb.Questions, q => q.Answer == "£1.8m");
        Assert.DoesNotContain(q.Choices, c => c.StartsWith("£0", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_StemShowsAnotherSum_ChoicesOnTheAnswersSideOfIt()
    {
        // (Judged 2026-12-07: "hit a record _____ after reaching $377bn" had one choice above $377bn, the answer.)
        var kb = OneArticle.Build(
            "US budget deficit to reach $368bn",
            "The US budget deficit hit a record $412bn in the 12 months to 30 September 2004, after reaching $377bn in the previous fiscal year, the Treasury said.");

        var q = Assert.Single(kb.Questions, q => q.Answer == "$412bn" && q.Kind == QuestionKind.MultipleChoice);
        Assert.True(q.Choices.Count(c => Money.Parse(c)!.Value > 377) >= 3, string.Join(", ", q.Choices));
    }

    [Fact]
    public void Build_ChoiceThatIsPartOfTheAnswer_NeverOffered()
    {
        var kb = OneArticle.Build(
            "Abba queen enters music rich list",
            "At number one is Dhani Harrison, son of the late Beatle George Harrison, who has inherited £140m from his father's estate.",
            "Teenage soul singer Joss Stone is a new entry on the list of Britain's young music millionaires with £40m to her name.");

        var q = Assert.Single(kb.Questions, q => q.Answer == "£140m");
        Assert.DoesNotContain("£40m", q.Choices);
    }

    [Theory]
    [InlineData("The deal was worth $1.5million in cash.")]
    [InlineData("Sales reached 259.7m euros ($353.3m; £183.75m) last year.")]
    [InlineData("It took $42.8m (about £23.7m) at the weekend.")]
    public void Spans_NoShortMatchNorConversion(string sentence)
    {
        var sums = Money.Spans(sentence).Select(x => x.Text).ToList();

        Assert.DoesNotContain("$1", sums);
        Assert.DoesNotContain("£183.75m", sums);
        Assert.DoesNotContain("$353.3m", sums);
        Assert.DoesNotContain("£23.7m", sums);
    }

    [Theory]
    [InlineData("£1.4bn", new[] { "£1.3bn", "£1.4bn", "£1.5bn", "£3.5bn" }, "Less than £1.45bn")]
    [InlineData("$1.14", new[] { "$1.13", "$1.14", "$1.90", "$2.30" }, "Less than $1.50")]
    [InlineData("$7.7m", new[] { "$2m", "$7.6m", "$7.7m", "$9m" }, "More than $7.65m")]
    [InlineData("£5,001", new[] { "£1,500", "£5,000", "£5,001", "£7,502" }, "At least £5,001")]
    [InlineData("£5,000", new[] { "£1,500", "£5,000", "£5,001", "£7,502" }, "At most £5,000")]
    public void HalfHint_NeighbouringChoices_BoundStrictlyBetween(string answer, string[] choices, string expected)
    {
        Assert.Equal(expected, Money.HalfHint(answer, choices));
    }

    [Theory]
    [InlineData("$1m", "Between $0.5m and $2m")]
    [InlineData("£10,000", "Between £5,000 and £20,000")]
    [InlineData("$0.50", "Between $0.20 and $1.00")]
    [InlineData("$42.8m", "Between $20m and $90m")]
    public void Hint_TypedSum_NeitherStartsOnTheAnswerNorPinsItDown(string answer, string expected)
    {
        Assert.Equal(expected, Money.Parse(answer)!.Hint());
    }

    [Fact]
    public void Build_RoundSum_StillChosenAmongFour()
    {
        var kb = OneArticle.Build(
            "Spector facing more legal action",
            "Music producer Phil Spector is free on $1m bail and is awaiting trial for the murder of actress Lana Clarkson in Los Angeles.");

        var q = Assert.Single(kb.Questions, q => q.Answer == "$1m");
        Assert.Equal(QuestionKind.MultipleChoice, q.Kind);
        Assert.Equal(4, q.Choices.Distinct().Count());
    }
}

/// An exchange rate among rates near it (round V, 2026-12-07: "$1.2871" among "$0.51", "$0.64" and "$0.97").
public sealed class RateChoiceTests
{
    [Fact]
    public void Build_ExchangeRate_ChoicesWithinAFewPerCent()
    {
        var kb = OneArticle.BuildIn("business", "Dollar slides against the euro", "The euro climbed to $1.2871 in New York trading, according to Reuters data compiled for the European Central Bank.");

        var q = Assert.Single(kb.Questions, q => q.Answer == "$1.2871");
        Assert.Equal(QuestionKind.MultipleChoice, q.Kind);
        Assert.All(q.Choices, c => Assert.InRange(Money.Parse(c)!.Value, 1.15, 1.42));
    }
}
