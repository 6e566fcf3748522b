namespace TriviaBot.Knowledge.Tests.Pipeline;

public sealed class SeedArticleTests(SeedKnowledge seed) : IClassFixture<SeedKnowledge>
{
    private KnowledgeBase Kb => seed.Knowledge;

    [Theory]
    [InlineData("I remember genuinely being extremely nervous", "John Krasinski")]
    [InlineData("I remember feeling very alone in the parking lot.", "Jenna Fischer")]
    [InlineData("What if you walked into a room and music started playing", "John Krasinski")]
    [InlineData("I thought if you were on [The Office]", "John Krasinski")]
    public void Build_SeedArticle_AttributesQuoteToSpeaker(string quoteStart, string speaker)
    {
        var quote = Assert.Single(Kb.Quotes, q => q.Text.StartsWith(quoteStart, StringComparison.Ordinal));

        Assert.Equal(speaker, quote.Speaker);
    }

    [Theory]
    [InlineData("Casino Night")]
    [InlineData("Ken Kwapis")]
    [InlineData("Office Ladies")]
    [InlineData("2005")]
    [InlineData("25")]
    public void Build_SeedArticle_ServesQuestionWithAnswer(string answer)
    {
        Assert.Contains(Kb.Served, q => q.Answer == answer);
    }

    [Fact]
    public void Build_SeedArticle_ServesWhoSaidWithTheArticlesOtherPeopleAsChoices()
    {
        // "just as anxious about it as Krasinski" and "As Krasinski explained" must not make him a character.
        var question = Assert.Single(Kb.Served, q => q.Kind == QuestionKind.WhoSaid && q.Prompt.Contains("I thought if you were on [The Office]", StringComparison.Ordinal));

        Assert.Equal("John Krasinski", question.Answer);
        Assert.Contains("Jenna Fischer", question.Choices);
        Assert.Equal(4, question.Choices.Count);
    }

    [Theory]
    [InlineData("Getty")]
    [InlineData("FilmMagic")]
    [InlineData("Tran/")]
    [InlineData("Originally Published")]
    public void Build_SeedArticle_NoQuestionMentionsBoilerplate(string boilerplate)
    {
        var offending = Kb.Questions
            .Where(q => new[] { q.Prompt, q.Answer, q.Hint }.Concat(q.Choices).Concat(q.Accepted)
                .Any(t => t.Contains(boilerplate, StringComparison.OrdinalIgnoreCase)))
            .Select(q => q.Prompt);

        Assert.Empty(offending);
    }

    [Fact]
    public void Build_SeedArticle_GeneratesQuestions()
    {
        Assert.NotEmpty(Kb.Questions);
    }

    [Fact]
    public void Build_SeedArticle_EveryQuestionHasRequiredFields()
    {
        var bad = Kb.Questions.Where(q =>
            string.IsNullOrWhiteSpace(q.Id) || string.IsNullOrWhiteSpace(q.Prompt) || string.IsNullOrWhiteSpace(q.Answer)
            || string.IsNullOrWhiteSpace(q.Hint) || q.Difficulty is < 1 or > 3 || q.Score is < 0 or > 1 || double.IsNaN(q.Score)
            || q.ArticleId != seed.Article.Id);

        Assert.Empty(bad);
    }

    [Fact]
    public void Build_SeedArticle_EverySourceSentenceOccursInArticle()
    {
        var body = seed.Article.Body;

        Assert.All(Kb.Questions, q => Assert.Contains(q.Source, body, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_SeedArticle_EveryQuoteSentenceOccursInArticle()
    {
        var body = seed.Article.Body;

        Assert.All(Kb.Quotes, q => Assert.Contains(q.Sentence, body, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_TwiceOnSameIngest_SameQuestionIds()
    {
        var again = KnowledgePipeline.Build(seed.Ingest);

        Assert.Equal(Kb.Questions.Select(q => q.Id), again.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Build_OnSeparateLoads_SameQuestionIds()
    {
        var again = KnowledgePipeline.Build(SeedArticle.Load());

        Assert.Equal(Kb.Questions.Select(q => q.Id), again.Questions.Select(q => q.Id));
    }

    [Fact]
    public void Build_SeedArticle_QuestionIdsUnique()
    {
        Assert.Equal(Kb.Questions.Count, Kb.Questions.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count());
    }
}
