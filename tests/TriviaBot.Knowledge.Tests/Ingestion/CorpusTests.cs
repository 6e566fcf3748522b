using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using TriviaBot.Knowledge.Ingestion;
using Xunit.Abstractions;

namespace TriviaBot.Knowledge.Tests.Ingestion;

/// Tests against the real shared content beside the repository (/work/shared). They pass vacuously, with a
/// message, when the folder is absent (e.g. a clone elsewhere), since that content is not in the repository.
public sealed class CorpusTests(ITestOutputHelper output)
{
    private readonly ArticleLoader _loader = new(NullLogger<ArticleLoader>.Instance);

    [Fact]
    public void Load_WholeBbcCorpus_AllArticlesNoneSkipped()
    {
        if (SharedFolder.Find("corpus/bbc") is not { } bbc)
        {
            output.WriteLine("shared/corpus/bbc not found next to the repository; corpus test not run.");
            return;
        }

        var stopwatch = Stopwatch.StartNew();
        var result = _loader.Load(bbc);
        output.WriteLine($"Ingested {result.Articles.Count} articles in {stopwatch.ElapsedMilliseconds} ms");

        Assert.Equal((2125, 0), (result.Articles.Count, result.Skipped.Count));
    }

    [Theory]
    [InlineData("entertainment/001.txt", "De Niro film leads US box office")]
    [InlineData("business/001.txt", "Bank voted 8-1 for no rate change")]
    [InlineData("tech/064.txt", "Have hackers recruited your PC?")]
    [InlineData("sport/280.txt", "Bell set for England debut")]
    [InlineData("politics/016.txt", "Lib Dems unveil women's manifesto")]
    public void Load_BbcFile_TitleIsHeadline(string relative, string expected)
    {
        if (SharedFolder.Find("corpus/bbc/" + relative) is not { } file)
        {
            output.WriteLine("shared/corpus/bbc not found next to the repository; title test not run.");
            return;
        }

        Assert.Equal(expected, Assert.Single(_loader.Load(file).Articles).Title);
    }

    [Fact]
    public void Load_SeedArticle_HasExpectedTitle()
    {
        var article = LoadSeed();

        Assert.Equal("The Story Behind Jim & Pam's First Kiss On 'The Office' Is Ridiculously Cute", article?.Title ?? "The Story Behind Jim & Pam's First Kiss On 'The Office' Is Ridiculously Cute");
    }

    [Theory]
    [InlineData("Getty Images")]
    [InlineData("Originally Published")]
    [InlineData("originally published on")]
    public void Load_SeedArticle_ParagraphsFreeOfBoilerplate(string boilerplate)
    {
        var article = LoadSeed();

        Assert.DoesNotContain(article?.Paragraphs ?? [], p => p.Contains(boilerplate, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Load_SeedArticle_KeepsCurlyQuotes()
    {
        var article = LoadSeed();

        Assert.Contains(article?.Paragraphs ?? ["auditioning with you.”"], p => p.Contains("auditioning with you.”", StringComparison.Ordinal));
    }

    private Article? LoadSeed()
    {
        if (SharedFolder.Find("articles/the-office-first-kiss.txt") is not { } seed)
        {
            output.WriteLine("shared/articles not found next to the repository; seed test not run.");
            return null;
        }

        return Assert.Single(_loader.Load(seed).Articles);
    }
}
