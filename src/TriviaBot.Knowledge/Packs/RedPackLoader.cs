using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using TriviaBot.Knowledge.Answers;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TriviaBot.Knowledge.Packs;

/// Reads Red-DiscordBot trivia lists (one YAML mapping per file) as they are published, so existing lists
/// import unchanged. Content problems become <see cref="PackError"/>s — a bad question is skipped, a bad file
/// is skipped — and the loader never throws on what a file contains.
public sealed class RedPackLoader(ILogger<RedPackLoader> logger)
{
    private const string AuthorKey = "AUTHOR";
    private const string DescriptionKey = "DESCRIPTION";
    private const string SchemaKey = "$schema";
    private const string ConfigKey = "CONFIG";

    private static readonly string[] ConfigKeys =
        ["max_score", "delay", "timeout", "bot_plays", "reveal_answer", "payout_multiplier", "use_spoilers"];

    public PackLoadResult LoadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return PackLoadResult.Empty;
        }

        var packs = new List<QuestionPack>();
        var errors = new List<PackError>();
        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder)
                .Where(IsPackFile)
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new PackError(folder, null, $"cannot list folder: {ex.Message}"));
            files = [];
        }

        var loadedFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var pack = Load(file, errors);
            if (pack is null)
            {
                continue;
            }

            // Red keys lists by name, so "x.yaml" and "x.yml" cannot both be served.
            if (loadedFrom.TryGetValue(pack.Name, out var first))
            {
                errors.Add(new PackError(file, null, $"duplicate list name '{pack.Name}' (already loaded from {first}); file skipped"));
                continue;
            }

            loadedFrom[pack.Name] = file;
            packs.Add(pack);
        }

        Log(errors);
        return new PackLoadResult(packs, errors);
    }

    public PackLoadResult LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var errors = new List<PackError>();
        var pack = Load(path, errors);
        Log(errors);
        return new PackLoadResult(pack is null ? [] : [pack], errors);
    }

    internal static string QuestionId(string packName, string questionText)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(packName + "\n" + questionText));
        return "p-" + Convert.ToHexStringLower(hash)[..12];
    }

    private static bool IsPackFile(string path)
    {
        var extension = Path.GetExtension(path);
        return extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase);
    }

    private void Log(List<PackError> errors)
    {
        foreach (var error in errors)
        {
            logger.LogWarning("Trivia pack {PackPath}: key {PackKey}: {PackProblem}", error.Path, error.Key ?? "(file)", error.Message);
        }
    }

    private static QuestionPack? Load(string path, List<PackError> errors)
    {
        var root = ReadRoot(path, errors);
        if (root is null)
        {
            return null;
        }

        var name = Path.GetFileNameWithoutExtension(path).ToLowerInvariant();
        var source = "pack:" + name;
        string? author = null;
        string? description = null;
        var config = PackConfig.Empty;
        var questions = new List<Question>();

        foreach (var (keyNode, valueNode) in root.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key } || YamlScalars.Resolve((YamlScalarNode)keyNode) == YamlScalars.ScalarType.Null)
            {
                errors.Add(new PackError(path, null, $"a key must be text (question or setting name), found {Describe(keyNode)} {At(keyNode)}"));
                continue;
            }

            switch (key)
            {
                case SchemaKey:
                    break;
                case AuthorKey:
                    author = ReadText(path, key, valueNode, errors) ?? author;
                    break;
                case DescriptionKey:
                    description = ReadText(path, key, valueNode, errors) ?? description;
                    break;
                case ConfigKey:
                    config = ReadConfig(path, valueNode, errors);
                    break;
                default:
                    if (ReadQuestion(path, name, source, key, valueNode, errors) is { } question)
                    {
                        questions.Add(question);
                    }

                    break;
            }
        }

        if (questions.Count == 0)
        {
            errors.Add(new PackError(path, null, "contains no usable questions; file skipped"));
            return null;
        }

        return new QuestionPack(name, path, author, description, config, questions);
    }

    private static YamlMappingNode? ReadRoot(string path, List<PackError> errors)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new PackError(path, null, $"cannot read file: {ex.Message}"));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            errors.Add(new PackError(path, null,
                $"YAML syntax error at line {ex.Start.Line}, column {ex.Start.Column}: {InnermostMessage(ex)}"));
            return null;
        }

        switch (stream.Documents.Count)
        {
            case 0:
                errors.Add(new PackError(path, null, "file is empty; a trivia list is a mapping of questions to answer lists"));
                return null;
            case > 1:
                errors.Add(new PackError(path, null,
                    $"contains {stream.Documents.Count} YAML documents; a trivia list is a single mapping"));
                return null;
        }

        var root = stream.Documents[0].RootNode;
        if (root is not YamlMappingNode mapping)
        {
            errors.Add(new PackError(path, null,
                $"the top level must be a mapping of questions to answer lists, not {Describe(root)}"));
            return null;
        }

        return mapping;
    }

    private static string? ReadText(string path, string key, YamlNode node, List<PackError> errors)
    {
        if (node is YamlScalarNode scalar && YamlScalars.Resolve(scalar) != YamlScalars.ScalarType.Null)
        {
            return scalar.Value;
        }

        errors.Add(new PackError(path, key, $"must be text, not {Describe(node)} {At(node)}"));
        return null;
    }

    private static PackConfig ReadConfig(string path, YamlNode node, List<PackError> errors)
    {
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(new PackError(path, ConfigKey, $"must be a mapping of settings, not {Describe(node)} {At(node)}"));
            return PackConfig.Empty;
        }

        var config = PackConfig.Empty;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value;
            var key = $"{ConfigKey}.{name ?? "?"}";
            void Fail(string message) => errors.Add(new PackError(path, key, $"{message} {At(valueNode)}"));

            var scalar = valueNode as YamlScalarNode;
            switch (name)
            {
                case "max_score":
                    if (scalar is not null && YamlScalars.TryGetInteger(scalar, out var maxScore) && maxScore >= 1)
                    {
                        config = config with { MaxScore = (int)maxScore };
                    }
                    else
                    {
                        Fail("must be an integer >= 1");
                    }

                    break;
                case "delay":
                    if (Number(scalar) is >= 4 and var delay)
                    {
                        config = config with { Delay = delay };
                    }
                    else
                    {
                        Fail("must be a number >= 4");
                    }

                    break;
                case "timeout":
                    if (Number(scalar) is > 0 and var timeout)
                    {
                        config = config with { Timeout = timeout };
                    }
                    else
                    {
                        Fail("must be a number > 0");
                    }

                    break;
                case "payout_multiplier":
                    if (Number(scalar) is >= 0 and var payout)
                    {
                        config = config with { PayoutMultiplier = payout };
                    }
                    else
                    {
                        Fail("must be a number >= 0");
                    }

                    break;
                case "bot_plays" or "reveal_answer" or "use_spoilers":
                    if (scalar is not null && YamlScalars.TryGetBool(scalar, out var flag))
                    {
                        config = name switch
                        {
                            "bot_plays" => config with { BotPlays = flag },
                            "reveal_answer" => config with { RevealAnswer = flag },
                            _ => config with { UseSpoilers = flag },
                        };
                    }
                    else
                    {
                        Fail("must be true or false");
                    }

                    break;
                default:
                    errors.Add(new PackError(path, key,
                        $"unknown setting {At(keyNode)}; allowed: {string.Join(", ", ConfigKeys)}"));
                    break;
            }
        }

        return config;
    }

    private static double? Number(YamlScalarNode? scalar) =>
        scalar is not null && YamlScalars.TryGetNumber(scalar, out var value) ? value : null;

    private static Question? ReadQuestion(string path, string packName, string source, string key, YamlNode node, List<PackError> errors)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            errors.Add(new PackError(path, key, $"a question must have text {At(node)}; question skipped"));
            return null;
        }

        if (node is not YamlSequenceNode sequence)
        {
            var found = node is YamlScalarNode s && YamlScalars.Resolve(s) != YamlScalars.ScalarType.Null
                ? "a single value"
                : Describe(node);
            errors.Add(new PackError(path, key,
                $"answers must be a list (one '- answer' line each), not {found} {At(node)}; question skipped"));
            return null;
        }

        if (sequence.Children.Count == 0)
        {
            errors.Add(new PackError(path, key, $"has no answers {At(node)}; question skipped"));
            return null;
        }

        var answers = new List<string>();
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            var item = sequence.Children[i];
            var problem = AddAnswer(item, answers);
            if (problem is not null)
            {
                errors.Add(new PackError(path, key, $"answer {i + 1} {problem} {At(item)}; question skipped"));
                return null;
            }
        }

        var answer = answers[0];
        return new Question(
            Id: QuestionId(packName, key),
            ArticleId: source,
            Kind: QuestionKind.FreeAnswer,
            Prompt: key,
            Answer: answer,
            Accepted: answers,
            Choices: [],
            Hint: Hints.FirstLetters(answer),
            Difficulty: 2,
            Score: 1.0,
            Served: true,
            Source: source);
    }

    /// Adds the text(s) one YAML answer stands for and returns null, or returns what is wrong with it.
    private static string? AddAnswer(YamlNode item, List<string> answers)
    {
        if (item is not YamlScalarNode scalar)
        {
            return $"must be text, a number or true/false, not {Describe(item)}";
        }

        switch (YamlScalars.Resolve(scalar))
        {
            case YamlScalars.ScalarType.Null:
                return "is empty";

            // Red turns a YAML bool into all three spellings (its fix for PR #2177, where an unquoted On or
            // Yes silently became True). The author's word leads, so "Yes" is revealed as "Yes", not "True".
            case YamlScalars.ScalarType.Bool:
                YamlScalars.TryGetBool(scalar, out var flag);
                string[] spellings = flag ? ["True", "Yes", "On"] : ["False", "No", "Off"];
                AddDistinct(answers, spellings.First(s => s.Equals(scalar.Value, StringComparison.OrdinalIgnoreCase)));
                foreach (var spelling in spellings)
                {
                    AddDistinct(answers, spelling);
                }

                return null;

            // Numbers keep the digits the author wrote ("1969", "3.14"), including a leading zero that
            // YAML 1.1 would read as octal.
            default:
                var text = scalar.Value?.Trim();
                if (string.IsNullOrEmpty(text))
                {
                    return "is empty";
                }

                AddDistinct(answers, text);
                return null;
        }
    }

    private static void AddDistinct(List<string> answers, string answer)
    {
        if (!answers.Contains(answer, StringComparer.OrdinalIgnoreCase))
        {
            answers.Add(answer);
        }
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode s when YamlScalars.Resolve(s) == YamlScalars.ScalarType.Null => "an empty value",
        YamlScalarNode s => $"the value '{s.Value}'",
        _ => "an unsupported node",
    };

    private static string At(YamlNode node) =>
        string.Create(CultureInfo.InvariantCulture, $"(line {node.Start.Line}, column {node.Start.Column})");

    // YamlDotNet prefixes messages with the marks ("(Line: 3, Col: 1, Idx: 20) - (...): ..."), which we
    // already report in our own words.
    private static string InnermostMessage(YamlException ex)
    {
        var message = ex.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith('(') ? message[(marker + 3)..] : message;
    }
}
