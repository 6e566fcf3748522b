using Microsoft.Extensions.Logging.Abstractions;
using TriviaBot.Knowledge.Answers;
using TriviaBot.Knowledge.Packs;

namespace TriviaBot.Knowledge.Tests.Packs;

public class ExamplePackTests
{
    private static readonly PackLoadResult Result = new RedPackLoader(NullLogger<RedPackLoader>.Instance)
        .LoadFile(Path.Combine(RepositoryRoot(), "config", "packs", "the-office.yaml"));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "TriviaBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("TriviaBot.sln not found above the test output.");
    }

    [Fact]
    public void LoadFile_TheOfficePack_HasNoErrors() => Assert.Empty(Result.Errors);

    [Fact]
    public void LoadFile_TheOfficePack_HasEightToTenQuestions() =>
        Assert.InRange(Assert.Single(Result.Packs).Questions.Count, 8, 10);

    [Theory]
    [InlineData("In what year did The Office premiere on NBC?", "two thousand five")]
    [InlineData("In the pilot, what does Jim encase Dwight's stapler in as a prank?", "jello")]
    [InlineData("What is the name of Michael Scott's annual awards ceremony for his staff?", "Dundies")]
    [InlineData("In which Season 2 finale episode do Jim and Pam share their first kiss?", "casino night")]
    public void LoadFile_TheOfficePack_AcceptsNaturalGuesses(string prompt, string guess) =>
        Assert.True(AnswerMatcher.Default.IsMatch(guess, Assert.Single(Result.Packs).Questions.Single(q => q.Prompt == prompt).Accepted));
}
