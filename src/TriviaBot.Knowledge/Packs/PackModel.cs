namespace TriviaBot.Knowledge.Packs;

/// The CONFIG block of a Red trivia list; null means the list does not set it.
public sealed record PackConfig(
    int? MaxScore,
    double? Delay,
    double? Timeout,
    bool? BotPlays,
    bool? RevealAnswer,
    double? PayoutMultiplier,
    bool? UseSpoilers)
{
    public static PackConfig Empty { get; } = new(null, null, null, null, null, null, null);
}

public sealed record QuestionPack(
    string Name,
    string Path,
    string? Author,
    string? Description,
    PackConfig Config,
    IReadOnlyList<Question> Questions);

/// One problem in a pack file. <see cref="Key"/> is the YAML key at fault ("CONFIG.delay", or the question
/// text), or null when the whole file is at fault.
public sealed record PackError(string Path, string? Key, string Message)
{
    public override string ToString() =>
        Key is null ? $"{Path}: {Message}" : $"{Path}: key '{Key}': {Message}";
}

public sealed record PackLoadResult(IReadOnlyList<QuestionPack> Packs, IReadOnlyList<PackError> Errors)
{
    public static PackLoadResult Empty { get; } = new([], []);
}
