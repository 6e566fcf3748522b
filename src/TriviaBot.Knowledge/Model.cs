namespace TriviaBot.Knowledge;

/// An article after ingestion and cleaning: a title and its body paragraphs (boilerplate removed).
public sealed record Article(string Id, string Title, string Path, IReadOnlyList<string> Paragraphs)
{
    public string Body => string.Join("\n\n", Paragraphs);
}

/// A file the loader passed over, and why (one per file, named in one warning).
public sealed record SkippedFile(string Path, string Reason);

public sealed record IngestResult(IReadOnlyList<Article> Articles, IReadOnlyList<SkippedFile> Skipped);

/// A typed triple with the sentence it came from.
public sealed record Fact(string Id, string ArticleId, string Kind, string Subject, string Relation, string Object, string Sentence);

/// A direct quote attributed to a speaker (full name where one is known).
public sealed record Quote(string Id, string ArticleId, string Text, string Speaker, double Confidence, string Sentence);

public enum QuestionKind
{
    MultipleChoice,
    FreeAnswer,
    WhoSaid,
}

public static class QuestionKinds
{
    public static string ToWire(this QuestionKind kind) => kind switch
    {
        QuestionKind.MultipleChoice => "multiple-choice",
        QuestionKind.FreeAnswer => "free-answer",
        QuestionKind.WhoSaid => "who-said",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? wire, out QuestionKind kind)
    {
        switch (wire?.Trim().ToLowerInvariant())
        {
            case "multiple-choice" or "mc": kind = QuestionKind.MultipleChoice; return true;
            case "free-answer" or "free": kind = QuestionKind.FreeAnswer; return true;
            case "who-said" or "whosaid": kind = QuestionKind.WhoSaid; return true;
            default: kind = default; return false;
        }
    }
}

/// A trivia question. <see cref="Choices"/> is empty for free-answer questions and holds the answer plus
/// distractors (in display order) otherwise. <see cref="Source"/> is the sentence the question came from
/// (or, for a pack question, the pack name). Difficulty runs 1 (easy) to 3 (hard); Score 0..1.
public sealed record Question(
    string Id,
    string ArticleId,
    QuestionKind Kind,
    string Prompt,
    string Answer,
    IReadOnlyList<string> Accepted,
    IReadOnlyList<string> Choices,
    string Hint,
    int Difficulty,
    double Score,
    bool Served,
    string Source);
