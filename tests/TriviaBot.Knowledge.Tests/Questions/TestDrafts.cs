using TriviaBot.Knowledge.Nlp;
using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

/// Drafts built by hand for the ranker's tests: a blank whose fact is a placeholder, so only the prompt, the answer and
/// its type decide what the ranker says.
internal static class TestDrafts
{
    public static Draft Blank(string prompt, string answer, AnswerType type, string source = "s", double baseScore = 0.6, int difficulty = 3) =>
        new("blank", new Fact("f", "a", "sentence", answer, "appears in", "s", "s"), prompt, answer, type, [answer], baseScore, difficulty, source, Draft.NoExclusions);
}
