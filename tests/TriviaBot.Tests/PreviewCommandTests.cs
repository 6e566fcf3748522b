using System.Text.Json;
using TriviaBot.Cli;

namespace TriviaBot.Tests;

public sealed class PreviewCommandTests
{
    private static (int Code, string Stdout, string Stderr) Preview(string path)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = PreviewCommand.Run(path, json: true, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static JsonElement PreviewJson(string path)
    {
        var (code, stdout, stderr) = Preview(path);
        Assert.True(code == 0, $"exit {code}: {stderr}");
        using var doc = JsonDocument.Parse(stdout);
        return doc.RootElement.Clone();
    }

    private static string[] Keys(JsonElement o) => o.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void Run_SeedArticleJson_ExitsZero()
    {
        Assert.Equal(0, Preview(Repo.SeedArticle).Code);
    }

    [Fact]
    public void Run_SeedArticleJson_StdoutIsOneJsonObject()
    {
        var (_, stdout, _) = Preview(Repo.SeedArticle);

        // JsonDocument.Parse rejects trailing content, so anything printed beside the object fails here.
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
    }

    [Fact]
    public void Run_SeedArticleJson_HasExactlyTheTopLevelKeys()
    {
        var root = PreviewJson(Repo.SeedArticle);

        Assert.Equal(
            new[] { "articles", "facts", "quotes", "questions", "skipped" }.Order(StringComparer.Ordinal),
            Keys(root).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("articles", new[] { "id", "title", "path" })]
    [InlineData("facts", new[] { "id", "articleId", "kind", "subject", "relation", "object", "sentence" })]
    [InlineData("quotes", new[] { "id", "articleId", "text", "speaker", "confidence", "sentence" })]
    [InlineData("questions", new[] { "id", "articleId", "kind", "prompt", "answer", "accepted", "choices", "hint", "difficulty", "score", "served", "source" })]
    public void Run_SeedArticleJson_ItemsHaveExactlyTheIssueKeys(string section, string[] keys)
    {
        var items = PreviewJson(Repo.SeedArticle).GetProperty(section).EnumerateArray().ToList();

        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.Equal(keys.Order(StringComparer.Ordinal), Keys(item).Order(StringComparer.Ordinal)));
    }

    [Fact]
    public void Run_SeedArticleJson_QuestionValueTypesMatchTheIssue()
    {
        var q = PreviewJson(Repo.SeedArticle).GetProperty("questions").EnumerateArray().First();

        Assert.Equal(
            ["String", "Array", "Array", "Number", "Number", "Boolean"],
            new[] { "prompt", "accepted", "choices", "difficulty", "score", "served" }.Select(k => q.GetProperty(k).ValueKind switch
            {
                JsonValueKind.True or JsonValueKind.False => "Boolean",
                var other => other.ToString(),
            }));
    }

    [Fact]
    public void Run_SeedArticleJson_KindsAreWireNames()
    {
        var kinds = PreviewJson(Repo.SeedArticle).GetProperty("questions").EnumerateArray()
            .Select(q => q.GetProperty("kind").GetString()).Distinct().ToList();

        Assert.NotEmpty(kinds);
        Assert.All(kinds, k => Assert.Contains(k, new[] { "multiple-choice", "free-answer", "who-said" }));
    }

    [Fact]
    public void Run_FolderWithEmptyAndBinaryFiles_SkipsBothWithReasons()
    {
        using var dir = new TempFolder();
        dir.CopySeed();
        var empty = dir.Write("empty.txt", []);
        var binary = dir.Write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A, 0x1A, 0x0A]);

        var skipped = PreviewJson(dir.Path).GetProperty("skipped").EnumerateArray()
            .Select(s => (Path: s.GetProperty("path").GetString()!, Reason: s.GetProperty("reason").GetString()!))
            .OrderBy(s => s.Path, StringComparer.Ordinal)
            .ToList();

        Assert.Equal([binary, empty], skipped.Select(s => s.Path));
        Assert.All(skipped, s => Assert.False(string.IsNullOrWhiteSpace(s.Reason)));
    }

    [Fact]
    public void Run_FolderWithEmptyAndBinaryFiles_StillHasGoodArticle()
    {
        using var dir = new TempFolder();
        var good = dir.CopySeed();
        dir.Write("empty.txt", []);
        dir.Write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A, 0x1A, 0x0A]);

        var articles = PreviewJson(dir.Path).GetProperty("articles").EnumerateArray().ToList();

        Assert.Equal(good, Assert.Single(articles).GetProperty("path").GetString());
    }

    [Fact]
    public void Run_MissingPath_FailsWithMessageNamingPathAndNoStdout()
    {
        var missing = Path.Combine(Path.GetTempPath(), "triviabot-missing-" + Guid.NewGuid().ToString("N"), "nothing.txt");

        var (code, stdout, stderr) = Preview(missing);

        Assert.Equal((true, string.Empty, true), (code != 0, stdout, stderr.Contains(missing, StringComparison.Ordinal)));
    }
}
