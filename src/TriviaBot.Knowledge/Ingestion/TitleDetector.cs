namespace TriviaBot.Knowledge.Ingestion;

/// Picks a title out of cleaned paragraphs (lines still separated by '\n') when the format gave none.
internal static class TitleDetector
{
    private const int MaxTitleWords = 16;
    private const int MaxTitleChars = 200;
    private const int FallbackTitleWords = 12;

    /// Returns the title and the paragraphs without it. A one-line, one-paragraph text is treated as the BBC
    /// layout (headline run into the body) because that shape is exactly what such a corpus produces and a
    /// normal article with a title line never has it.
    public static (string Title, List<string> Paragraphs) Detect(IReadOnlyList<string> paragraphs)
    {
        var rest = new List<string>(paragraphs);
        if (rest.Count == 0)
        {
            return (string.Empty, rest);
        }

        var first = rest[0];
        var newline = first.IndexOf('\n', StringComparison.Ordinal);
        if (rest.Count == 1 && newline < 0)
        {
            if (CountWords(first, MaxTitleWords + 1) > MaxTitleWords && HeadlineSplitter.TrySplit(first, out var headline, out var body))
            {
                rest[0] = body;
                return (headline, rest);
            }

            return (FallbackTitle(first), rest);
        }

        var firstLine = newline < 0 ? first : first[..newline];
        var remainder = newline < 0 ? null : first[(newline + 1)..];
        var hasMoreText = remainder is not null || rest.Count > 1;
        if (hasMoreText && IsTitleLike(firstLine) && !ContinuesWrappedLine(remainder))
        {
            if (remainder is null)
            {
                rest.RemoveAt(0);
            }
            else
            {
                rest[0] = remainder;
            }

            return (firstLine, rest);
        }

        return (FallbackTitle(firstLine), rest);
    }

    internal static bool IsTitleLike(string line) =>
        line.Length <= MaxTitleChars
        && CountWords(line, MaxTitleWords + 1) <= MaxTitleWords
        && !line.EndsWith('.') && !line.EndsWith(',') && !line.EndsWith(';') && !line.EndsWith(':');

    // A hard-wrapped paragraph continues in lowercase; a title is followed by a new sentence.
    private static bool ContinuesWrappedLine(string? remainder) =>
        remainder is { Length: > 0 } && char.IsLower(remainder[0]);

    /// No title line: the opening words stand in, so the article still has a human-readable name.
    internal static string FallbackTitle(string text)
    {
        var line = text.Split('\n', 2)[0];
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= FallbackTitleWords ? line : string.Join(' ', words, 0, FallbackTitleWords) + " …";
    }

    /// Counts words, stopping at <paramref name="limit"/> since callers only compare against a small bound.
    internal static int CountWords(string text, int limit = int.MaxValue)
    {
        var count = 0;
        var inWord = false;
        foreach (var ch in text)
        {
            if (count >= limit)
            {
                break;
            }

            var space = char.IsWhiteSpace(ch);
            if (!space && !inWord)
            {
                count++;
            }

            inWord = !space;
        }

        return count;
    }
}
