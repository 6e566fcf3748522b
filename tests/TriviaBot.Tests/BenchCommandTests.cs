using System.Text.RegularExpressions;
using TriviaBot.Cli;

namespace TriviaBot.Tests;

public sealed partial class BenchCommandTests
{
    [GeneratedRegex(@"^articles=\d+ seconds=[\d.]+ articles_per_s=\d+ mb_per_s=[\d.]+ questions=\d+ served=\d+ peak_mb=\d+$")]
    private static partial Regex SummaryLine();

    [GeneratedRegex(@"^articles=(\d+) ")]
    private static partial Regex ArticleCount();

    private static (int Code, string LastLine) Bench(string folder, int copies)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = EnsureSuccess(BenchCommand.Run(folder, copies, stdout, stderr), stderr);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (code, lines.Length == 0 ? string.Empty : lines[^1]);
    }

    private static int EnsureSuccess(int code, StringWriter stderr)
    {
        Assert.True(code == 0, $"exit {code}: {stderr}");
        return code;
    }

    [Fact]
    public void Run_SmallFolder_LastLineIsMachineReadableSummary()
    {
        using var dir = new TempFolder();
        dir.CopySeed("a.txt");
        dir.CopySeed("b.txt");

        var (_, last) = Bench(dir.Path, 1);

        Assert.Matches(SummaryLine(), last);
    }

    [Fact]
    public void Run_TwoCopies_DoublesArticleCount()
    {
        using var dir = new TempFolder();
        dir.CopySeed("a.txt");
        dir.CopySeed("b.txt");

        var once = int.Parse(ArticleCount().Match(Bench(dir.Path, 1).LastLine).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var twice = int.Parse(ArticleCount().Match(Bench(dir.Path, 2).LastLine).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal((2, 4), (once, twice));
    }

    [Fact]
    public void Run_MissingFolder_ReturnsNonZero()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var code = BenchCommand.Run(Path.Combine(Path.GetTempPath(), "triviabot-missing-" + Guid.NewGuid().ToString("N")), 1, stdout, stderr);

        Assert.NotEqual(0, code);
    }

    [Fact]
    public void Run_Warm_SaysSoAndStillEndsWithTheSummary()
    {
        using var dir = new TempFolder();
        dir.CopySeed("a.txt");
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        EnsureSuccess(BenchCommand.Run(dir.Path, 1, stdout, stderr, warm: true), stderr);

        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("copies=1 warm=1 ", StringComparison.Ordinal));
        Assert.Matches(SummaryLine(), lines[^1]);
    }
}
