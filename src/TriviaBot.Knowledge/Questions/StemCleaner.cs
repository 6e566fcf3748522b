using System.Text.RegularExpressions;

namespace TriviaBot.Knowledge.Questions;

/// Removes time adverbials that only make sense on the day a story ran ("on Friday", "earlier this week",
/// "last year"): the question stays true without them, and an unanchored relative time is a rubric defect.
public static partial class StemCleaner
{
    [GeneratedRegex(@"(?:,\s*)?\b(?:(?:on|by|until|since|from|before|after)\s+)?(?:(?:earlier|later)\s+)?(?:(?:this|last|next)\s+(?:week(?:end)?|month|year|season|summer|winter|spring|autumn|night|morning|evening|afternoon|time)|(?:last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?|yesterday|today|tonight|tomorrow|recently|earlier this (?:week|month|year)|at the weekend|over the weekend|(?:\d+|two|three|four|five|six|several|a few)\s+(?:days|weeks|months)\s+ago)\b(?!['’])(?:\s*,(?=\s))?")]
    private static partial Regex RelativeTime();

    private static bool IsTail(string stem, int end)
    {
        for (var i = end; i < stem.Length; i++)
        {
            if (!char.IsWhiteSpace(stem[i]) && stem[i] is not ('?' or '.' or '!' or ','))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    public static string RemoveRelativeTime(string stem)
    {
        // Only a phrase that ends the stem (or the clause before "?") comes out cleanly; cutting one from the middle
        // ("…nominations last week, entered…") breaks the grammar, so those stay for the ranker to reject.
        var cleaned = RelativeTime().Replace(stem, m => IsTail(stem, m.Index + m.Length) ? string.Empty : m.Value);
        cleaned = Spaces().Replace(cleaned, " ").Replace(" ,", ",", StringComparison.Ordinal).Replace(" ?", "?", StringComparison.Ordinal)
            .Replace(" .", ".", StringComparison.Ordinal).Trim();
        return cleaned.TrimEnd(',').Trim();
    }
}
