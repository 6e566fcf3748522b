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

    /// "Which director has also committed to…" → "Which director has committed to…" ("but also" stays); a blank's
    /// sentence loses an opening "However," or "Meanwhile,", which answer a sentence the player never saw.
    public static string DropAlso(string stem)
    {
        stem = AlsoWord().Replace(stem, string.Empty);
        var lead = DiscourseLead().Match(stem);
        return lead.Success && lead.Index + lead.Length < stem.Length
            ? string.Concat(stem.AsSpan(0, lead.Index), char.ToUpperInvariant(stem[lead.Index + lead.Length]).ToString(), stem.AsSpan(lead.Index + lead.Length + 1))
            : stem;
    }

    [GeneratedRegex(@"(?<=^Fill in the blank: |fill in the blank: )(?:However|Meanwhile|Instead|Nevertheless|Still|Indeed|Also|Yet|But|And), ")]
    private static partial Regex DiscourseLead();

    [GeneratedRegex(@"(?<!\bbut)\s+also(?=\s)")]
    private static partial Regex AlsoWord();
}
