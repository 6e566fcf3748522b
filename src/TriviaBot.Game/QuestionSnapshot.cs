using System.Text.Json;
using System.Text.Json.Serialization;
using TriviaBot.Knowledge;

namespace TriviaBot.Game;

/// What a post freezes of its question: enough to judge answers, hint, reveal and cite the source after a restart
/// or a content reload, whatever the articles say by then. <see cref="Choices"/> are in display order.
public sealed record QuestionSnapshot(
    string Id,
    string Kind,
    string Prompt,
    string Answer,
    IReadOnlyList<string> Accepted,
    IReadOnlyList<string> Choices,
    string Hint,
    int Difficulty,
    string Source,
    string SourceTitle)
{
    public bool HasChoices => Choices.Count > 0;

    public int CorrectIndex => Choices.Count == 0 ? -1 : IndexOf(Choices, Answer);

    public string ToJson() => JsonSerializer.Serialize(this, GameJsonContext.Default.QuestionSnapshot);

    public static QuestionSnapshot FromJson(string json) =>
        JsonSerializer.Deserialize(json, GameJsonContext.Default.QuestionSnapshot) ?? throw new JsonException("Empty question snapshot.");

    /// Freezes a question, shuffling its choices with <paramref name="random"/> so the answer isn't always first.
    public static QuestionSnapshot Of(Question question, string sourceTitle, Random random)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(random);
        var choices = question.Choices.ToArray();
        random.Shuffle(choices);
        return new QuestionSnapshot(question.Id, question.Kind.ToWire(), question.Prompt, question.Answer, question.Accepted, choices,
            question.Hint, question.Difficulty, question.Source, sourceTitle);
    }

    private static int IndexOf(IReadOnlyList<string> choices, string answer)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            if (string.Equals(choices[i], answer, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}

[JsonSerializable(typeof(QuestionSnapshot))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class GameJsonContext : JsonSerializerContext;
