namespace TriviaBot.Knowledge.Ingestion;

/// Plain text: paragraphs are separated by blank lines; the title is a short first line.
internal static class PlainTextParser
{
    public static ParsedDocument Parse(string text)
    {
        // Text exported from web pages keeps stray entities ("communiqu&#233;", "&#163;8m").
        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = System.Net.WebUtility.HtmlDecode(text);
        }

        var paragraphs = new List<string>();
        var block = new List<string>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var line = text.AsSpan(range).Trim();
            if (line.IsEmpty)
            {
                Flush(block, paragraphs);
                continue;
            }

            block.Add(line.ToString());
        }

        Flush(block, paragraphs);
        return new ParsedDocument(null, paragraphs);
    }

    private static void Flush(List<string> block, List<string> paragraphs)
    {
        if (block.Count > 0)
        {
            paragraphs.Add(string.Join('\n', block));
            block.Clear();
        }
    }
}
