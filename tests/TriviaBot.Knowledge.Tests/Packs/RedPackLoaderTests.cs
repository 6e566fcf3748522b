using Microsoft.Extensions.Logging;
using TriviaBot.Knowledge.Answers;
using TriviaBot.Knowledge.Packs;

namespace TriviaBot.Knowledge.Tests.Packs;

public sealed class RedPackLoaderTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "triviabot-packs-" + Guid.NewGuid().ToString("N"));
    private readonly ListLogger<RedPackLoader> logger = new();
    private readonly RedPackLoader loader;

    public RedPackLoaderTests()
    {
        Directory.CreateDirectory(folder);
        loader = new RedPackLoader(logger);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string fileName, string yaml)
    {
        var path = Path.Combine(folder, fileName);
        File.WriteAllText(path, yaml.ReplaceLineEndings("\n"));
        return path;
    }

    private PackLoadResult LoadOne(string yaml, string fileName = "test.yaml") => loader.LoadFile(Write(fileName, yaml));

    private Question OnlyQuestion(string yaml)
    {
        var result = LoadOne(yaml);
        Assert.Empty(result.Errors);
        return Assert.Single(Assert.Single(result.Packs).Questions);
    }

    [Fact]
    public void LoadFile_SimpleList_BuildsFreeAnswerQuestion()
    {
        var question = OnlyQuestion("""
            Who plays Jim?:
            - John Krasinski
            - Krasinski
            """);

        Assert.Equal(
            new Question(question.Id, "pack:test", QuestionKind.FreeAnswer, "Who plays Jim?", "John Krasinski",
                question.Accepted, [], "J___ K________", 2, 1.0, true, "pack:test"),
            question with { Accepted = question.Accepted, Choices = [] });
        Assert.Equal(["John Krasinski", "Krasinski"], question.Accepted);
    }

    [Fact]
    public void LoadFile_Question_HasNoChoices() =>
        Assert.Empty(OnlyQuestion("Q?:\n- A\n").Choices);

    [Fact]
    public void LoadFile_Question_IdIsSha256OfNameAndText()
    {
        // SHA-256("test\nWho plays Jim?"), first 12 hex digits.
        var expected = "p-" + Convert.ToHexStringLower(
            System.Security.Cryptography.SHA256.HashData("test\nWho plays Jim?"u8))[..12];

        Assert.Equal(expected, OnlyQuestion("Who plays Jim?:\n- John Krasinski\n").Id);
    }

    [Fact]
    public void LoadFile_SameQuestionLoadedTwice_KeepsItsId() =>
        Assert.Equal(OnlyQuestion("Q?:\n- A\n").Id, OnlyQuestion("Q?:\n- B\n").Id);

    [Fact]
    public void LoadFile_FileName_IsLowercasedListName()
    {
        var pack = Assert.Single(LoadOne("Q?:\n- A\n", "The-Office.YAML").Packs);

        Assert.Equal("the-office", pack.Name);
    }

    [Fact]
    public void LoadFile_ReservedKeys_AreMetadataNotQuestions()
    {
        var pack = Assert.Single(LoadOne("""
            $schema: https://schema.discord.red/trivia.json
            AUTHOR: Jenna
            DESCRIPTION: Office questions
            Q?:
            - A
            """).Packs);

        Assert.Equal(("Jenna", "Office questions", 1), (pack.Author, pack.Description, pack.Questions.Count));
    }

    [Fact]
    public void LoadFile_FullConfig_IsRead()
    {
        var pack = Assert.Single(LoadOne("""
            CONFIG:
              max_score: 10
              delay: 4
              timeout: 120.5
              bot_plays: yes
              reveal_answer: false
              payout_multiplier: 0
              use_spoilers: On
            Q?:
            - A
            """).Packs);

        Assert.Equal(new PackConfig(10, 4, 120.5, true, false, 0, true), pack.Config);
    }

    [Fact]
    public void LoadFile_NoConfig_AllSettingsNull() =>
        Assert.Equal(PackConfig.Empty, Assert.Single(LoadOne("Q?:\n- A\n").Packs).Config);

    [Theory]
    [InlineData("max_score: 0", "CONFIG.max_score", "must be an integer >= 1")]
    [InlineData("max_score: 2.5", "CONFIG.max_score", "must be an integer >= 1")]
    [InlineData("delay: 3.9", "CONFIG.delay", "must be a number >= 4")]
    [InlineData("delay: soon", "CONFIG.delay", "must be a number >= 4")]
    [InlineData("delay: \"10\"", "CONFIG.delay", "must be a number >= 4")]
    [InlineData("timeout: 0", "CONFIG.timeout", "must be a number > 0")]
    [InlineData("payout_multiplier: -1", "CONFIG.payout_multiplier", "must be a number >= 0")]
    [InlineData("bot_plays: maybe", "CONFIG.bot_plays", "must be true or false")]
    [InlineData("reveal_answer: 1", "CONFIG.reveal_answer", "must be true or false")]
    [InlineData("use_spoilers: \"yes\"", "CONFIG.use_spoilers", "must be true or false")]
    [InlineData("speed: 3", "CONFIG.speed", "unknown setting")]
    public void LoadFile_BadConfigValue_ReportsFileAndKey(string setting, string key, string message)
    {
        var path = Write("bad.yaml", $"CONFIG:\n  {setting}\nQ?:\n- A\n");

        var error = Assert.Single(loader.LoadFile(path).Errors);

        Assert.Equal((path, key), (error.Path, error.Key));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_BadConfigValue_StillLoadsQuestions()
    {
        var result = LoadOne("CONFIG:\n  delay: 1\nQ?:\n- A\n");

        Assert.Single(Assert.Single(result.Packs).Questions);
    }

    [Fact]
    public void LoadFile_ConfigNotAMapping_ReportsConfigKey()
    {
        var error = Assert.Single(LoadOne("CONFIG: fast\nQ?:\n- A\n").Errors);

        Assert.Equal("CONFIG", error.Key);
    }

    [Fact]
    public void PackError_ToString_NamesFileAndKey()
    {
        var error = new PackError("config/packs/x.yaml", "CONFIG.delay", "must be a number >= 4");

        Assert.Equal("config/packs/x.yaml: key 'CONFIG.delay': must be a number >= 4", error.ToString());
    }

    [Fact]
    public void LoadFile_BadConfigValue_ErrorTextContainsFileAndKey()
    {
        var path = Write("x.yaml", "CONFIG:\n  delay: 2\nQ?:\n- A\n");

        var text = Assert.Single(loader.LoadFile(path).Errors).ToString();

        Assert.StartsWith($"{path}: key 'CONFIG.delay': must be a number >= 4", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", new[] { "True", "Yes", "On" })]
    [InlineData("Yes", new[] { "Yes", "True", "On" })]
    [InlineData("yes", new[] { "Yes", "True", "On" })]
    [InlineData("On", new[] { "On", "True", "Yes" })]
    [InlineData("ON", new[] { "On", "True", "Yes" })]
    [InlineData("false", new[] { "False", "No", "Off" })]
    [InlineData("No", new[] { "No", "False", "Off" })]
    [InlineData("Off", new[] { "Off", "False", "No" })]
    public void LoadFile_PlainYamlBool_AcceptsAllThreeSpellings(string scalar, string[] expected) =>
        Assert.Equal(expected, OnlyQuestion($"Q?:\n- {scalar}\n").Accepted);

    [Theory]
    [InlineData("\"On\"", "On")]
    [InlineData("'Yes'", "Yes")]
    [InlineData("\"false\"", "false")]
    public void LoadFile_QuotedBoolWord_StaysText(string scalar, string expected) =>
        Assert.Equal([expected], OnlyQuestion($"Q?:\n- {scalar}\n").Accepted);

    [Theory]
    [InlineData("y")]
    [InlineData("n")]
    public void LoadFile_SingleLetterYN_StaysTextAsInPyYaml(string scalar) =>
        Assert.Equal([scalar], OnlyQuestion($"Q?:\n- {scalar}\n").Accepted);

    [Fact]
    public void LoadFile_BoolAnswer_RevealsAuthorsSpelling() =>
        Assert.Equal("On", OnlyQuestion("Q?:\n- On\n").Answer);

    [Theory]
    [InlineData("1969", "1969")]
    [InlineData("3.14", "3.14")]
    [InlineData("-40", "-40")]
    [InlineData("007", "007")]
    public void LoadFile_NumberAnswer_BecomesItsText(string scalar, string expected) =>
        Assert.Equal(expected, OnlyQuestion($"Q?:\n- {scalar}\n").Answer);

    [Fact]
    public void LoadFile_NumberAnswer_MatchesNumberWords() =>
        Assert.True(AnswerMatcher.Default.IsMatch("nineteen sixty-nine", OnlyQuestion("Q?:\n- 1969\n").Accepted));

    [Fact]
    public void LoadFile_FirstAnswer_IsTheRevealedOne() =>
        Assert.Equal("Scranton", OnlyQuestion("Q?:\n- Scranton\n- Scranton, PA\n").Answer);

    [Fact]
    public void LoadFile_ParenthesisedAnswer_KeptForTheMatcher()
    {
        var question = OnlyQuestion("Q?:\n- (The) Dundies\n");

        Assert.True(AnswerMatcher.Default.IsMatch("dundies", question.Accepted));
    }

    [Theory]
    [InlineData("Q?: Scranton\n", "not a single value")]
    [InlineData("Q?:\n  a: b\n", "not a mapping")]
    [InlineData("Q?:\n", "not an empty value")]
    [InlineData("Q?: []\n", "has no answers")]
    [InlineData("Q?:\n- [a, b]\n", "answer 1 must be text, a number or true/false, not a list")]
    [InlineData("Q?:\n- ok\n- {a: b}\n", "answer 2 must be text, a number or true/false, not a mapping")]
    [InlineData("Q?:\n- ok\n- ~\n", "answer 2 is empty")]
    [InlineData("Q?:\n- \"  \"\n", "answer 1 is empty")]
    public void LoadFile_BadQuestion_ReportsFileAndQuestionKey(string yaml, string message)
    {
        var path = Write("bad.yaml", "Good?:\n- yes\n" + yaml);

        var error = Assert.Single(loader.LoadFile(path).Errors);

        Assert.Equal((path, "Q?"), (error.Path, error.Key));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_BadQuestion_RestOfFileStillLoads()
    {
        var result = LoadOne("First?:\n- a\nBad?: not a list\nLast?:\n- c\n");

        Assert.Equal(["First?", "Last?"], Assert.Single(result.Packs).Questions.Select(q => q.Prompt));
    }

    [Fact]
    public void LoadFile_ErrorMessage_GivesLineAndColumn()
    {
        var error = Assert.Single(LoadOne("Good?:\n- a\nBad?:\n- ok\n- {x: 1}\n").Errors);

        Assert.Contains("(line 5, column 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_YamlSyntaxError_ReportsLineAndColumnAndSkipsFile()
    {
        var result = LoadOne("Q?:\n- a\n  - b: [unclosed\n");

        var error = Assert.Single(result.Errors);
        Assert.Empty(result.Packs);
        Assert.Null(error.Key);
        Assert.Matches(@"^YAML syntax error at line \d+, column \d+: ", error.Message);
    }

    [Fact]
    public void LoadFile_DuplicateQuestion_IsASyntaxErrorNamingTheLine()
    {
        var error = Assert.Single(LoadOne("Q?:\n- a\nQ?:\n- b\n").Errors);

        Assert.StartsWith("YAML syntax error at line 3,", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- just\n- a list\n", "not a list")]
    [InlineData("just text\n", "not the value 'just text'")]
    [InlineData("", "file is empty")]
    [InlineData("Q?:\n- a\n---\nR?:\n- b\n", "2 YAML documents")]
    public void LoadFile_NotASingleMapping_ReportsFileAndSkipsIt(string yaml, string message)
    {
        var result = LoadOne(yaml);

        Assert.Empty(result.Packs);
        Assert.Contains(message, Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_OnlyMetadata_ReportsNoQuestions()
    {
        var result = LoadOne("AUTHOR: me\n");

        Assert.Contains("no usable questions", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_AuthorNotText_ReportsAuthorKey() =>
        Assert.Equal("AUTHOR", Assert.Single(LoadOne("AUTHOR: [a, b]\nQ?:\n- a\n").Errors).Key);

    [Fact]
    public void LoadFile_MissingFile_ReportsErrorInsteadOfThrowing()
    {
        var result = loader.LoadFile(Path.Combine(folder, "nope.yaml"));

        Assert.StartsWith("cannot read file", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFile_EachError_LogsOneWarning()
    {
        var result = LoadOne("CONFIG:\n  delay: 1\n  speed: 2\nBad?: x\nQ?:\n- a\n");

        Assert.Equal(3, result.Errors.Count);
        Assert.Equal(3, logger.Entries.Count(e => e.Level == LogLevel.Warning));
    }

    [Fact]
    public void LoadFile_WarningText_NamesFileAndKey()
    {
        var path = Write("x.yaml", "CONFIG:\n  delay: 1\nQ?:\n- a\n");

        loader.LoadFile(path);

        var (_, message) = Assert.Single(logger.Entries);
        Assert.Contains($"{path}: key CONFIG.delay: must be a number >= 4", message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFolder_MissingFolder_ReturnsEmptyWithoutErrors()
    {
        var result = loader.LoadFolder(Path.Combine(folder, "missing"));

        Assert.Equal((0, 0), (result.Packs.Count, result.Errors.Count));
    }

    [Fact]
    public void LoadFolder_YamlAndYmlFiles_LoadedOthersIgnored()
    {
        Write("b.yml", "Q?:\n- a\n");
        Write("a.yaml", "Q?:\n- a\n");
        Write("notes.txt", "Q?:\n- a\n");

        Assert.Equal(["a", "b"], loader.LoadFolder(folder).Packs.Select(p => p.Name));
    }

    [Fact]
    public void LoadFolder_OneBadFile_OthersStillLoad()
    {
        Write("good.yaml", "Q?:\n- a\n");
        Write("broken.yaml", "Q?: [unclosed\n");

        var result = loader.LoadFolder(folder);

        Assert.Equal(["good"], result.Packs.Select(p => p.Name));
    }

    [Fact]
    public void LoadFolder_OneBadFile_ErrorNamesThatFile()
    {
        Write("good.yaml", "Q?:\n- a\n");
        var broken = Write("broken.yaml", "Q?: [unclosed\n");

        Assert.Equal(broken, Assert.Single(loader.LoadFolder(folder).Errors).Path);
    }

    [Fact]
    public void LoadFolder_SameNameTwice_ReportsDuplicate()
    {
        Write("x.yaml", "Q?:\n- a\n");
        Write("x.yml", "Q?:\n- a\n");

        var result = loader.LoadFolder(folder);

        Assert.Contains("duplicate list name 'x'", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
    }
}
