using System.Text.Json.Serialization;

namespace TriviaBot.Cli;

// The `preview --json` wire shape is a stable interface: field names and order change only on purpose.
internal sealed record PreviewDocument(
    IReadOnlyList<PreviewArticle> Articles,
    IReadOnlyList<PreviewFact> Facts,
    IReadOnlyList<PreviewQuote> Quotes,
    IReadOnlyList<PreviewQuestion> Questions,
    IReadOnlyList<PreviewSkipped> Skipped);

internal sealed record PreviewArticle(string Id, string Title, string Path);

internal sealed record PreviewFact(string Id, string ArticleId, string Kind, string Subject, string Relation, string Object, string Sentence);

internal sealed record PreviewQuote(string Id, string ArticleId, string Text, string Speaker, double Confidence, string Sentence);

internal sealed record PreviewQuestion(
    string Id,
    string ArticleId,
    string Kind,
    string Prompt,
    string Answer,
    IReadOnlyList<string> Accepted,
    IReadOnlyList<string> Choices,
    string Hint,
    int Difficulty,
    double Score,
    bool Served,
    string Source);

internal sealed record PreviewSkipped(string Path, string Reason);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(PreviewDocument))]
internal sealed partial class PreviewJsonContext : JsonSerializerContext;
