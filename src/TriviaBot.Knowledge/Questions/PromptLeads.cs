namespace TriviaBot.Knowledge.Questions;

/// The fixed leads a prompt may open with, written and read in one place: the story's headline as context
/// ("In the story “…”, ") and the fill-in-the-blank instruction ("Fill in the blank: ").
public static class PromptLeads
{
    public const string Blank = "Fill in the blank: ";

    private const string StoryOpen = "In the story “";
    private const string StoryClose = "”, ";

    /// "In the story “<paramref name="title"/>”, " + the question, whose opening word is lowered when it is a
    /// question word or the blank lead ("…”, which actress…", "…”, fill in the blank: …"); a name stays as written.
    public static string InStory(string title, string question, bool commonFirstWord = false)
    {
        var space = question.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? question.AsSpan() : question.AsSpan(0, space);
        // ("…”, sales of legally downloaded songs…": a common word opening the question is no name.)
        var lower = commonFirstWord || first is "Who" or "Whose" or "Which" or "What" or "How" or "In" or "At" || question.StartsWith(Blank, StringComparison.Ordinal);
        return StoryOpen + title + StoryClose + (lower ? char.ToLowerInvariant(question[0]) + question[1..] : question);
    }

    /// The headline of a prompt with a story lead (else null) and the question after it.
    public static (string? Title, string Question) SplitStory(string prompt)
    {
        var close = StoryClosesAt(prompt);
        return close > 0 ? (prompt[StoryOpen.Length..close], prompt[(close + StoryClose.Length)..]) : (null, prompt);
    }

    /// The headline of a prompt with a story lead, else null: <see cref="SplitStory"/>'s title without its question's copy.
    public static string? Title(string prompt)
    {
        var close = StoryClosesAt(prompt);
        return close > 0 ? prompt[StoryOpen.Length..close] : null;
    }

    /// Whether the prompt opens on a story lead.
    public static bool HasStory(string prompt) => StoryClosesAt(prompt) > 0;

    /// The question without either lead: what the player reads. (Sliced once from the prompt, not through
    /// <see cref="SplitStory"/>'s two strings: every ranking step asks for it.)
    public static string Core(string prompt)
    {
        var close = StoryClosesAt(prompt);
        var start = close > 0 ? close + StoryClose.Length : 0;
        return prompt.AsSpan(start).StartsWith(Blank, StringComparison.OrdinalIgnoreCase) ? prompt[(start + Blank.Length)..] : prompt[start..];
    }

    /// Where the story lead's closing quote stands, or -1 when the prompt has no story lead.
    private static int StoryClosesAt(string prompt) =>
        prompt.StartsWith(StoryOpen, StringComparison.Ordinal) ? prompt.IndexOf(StoryClose, StringComparison.Ordinal) : -1;
}
