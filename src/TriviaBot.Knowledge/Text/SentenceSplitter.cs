using System.Collections.Frozen;

namespace TriviaBot.Knowledge.Text;

/// Quote-aware sentence splitting. A quoted span is one unit (a multi-sentence quote stays whole), abbreviations
/// and initials don't end sentences, and `…,” she said` / `.” Krasinski said` keep the quote with its attribution.
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
        "mt", "ft", "no", "nos", "vs", "v", "inc", "ltd", "co", "corp", "bros", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "univ", "rev", "hon", "fig", "vol",
        "ed", "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "mph", "ca", "cf", "al", "est",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        if (string.IsNullOrWhiteSpace(paragraph))
        {
            return sentences;
        }

        // An unbalanced quote would swallow the rest of the paragraph into one "sentence"; then quotes don't protect.
        var protectQuotes = QuotesBalanced(paragraph);
        var inQuote = false;
        var start = 0;
        var i = 0;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            if (QuoteChars.IsDoubleQuote(c))
            {
                var opening = QuoteChars.IsOpening(paragraph, i, inQuote);
                if (opening)
                {
                    inQuote = protectQuotes;
                    i++;
                    continue;
                }

                inQuote = false;
                // A quote closing on terminal punctuation may end the sentence, unless an attribution follows.
                var before = PrevNonApostrophe(paragraph, i - 1);
                if (before >= 0 && IsTerminal(paragraph[before]))
                {
                    var end = ConsumeClosers(paragraph, i + 1);
                    if (StartsNewSentence(paragraph, end) && !AttributionFollows(paragraph, end))
                    {
                        Add(sentences, paragraph, start, end);
                        start = end;
                    }

                    i = end;
                    continue;
                }

                i++;
                continue;
            }

            if (!inQuote && IsTerminal(c))
            {
                // Runs of terminal punctuation ("!!!", "?!", "...") end together.
                var j = i + 1;
                while (j < paragraph.Length && IsTerminal(paragraph[j]))
                {
                    j++;
                }

                if (c == '.' && j == i + 1 && IsAbbreviation(paragraph, i))
                {
                    i = j;
                    continue;
                }

                var end = ConsumeClosers(paragraph, j);
                if (StartsNewSentence(paragraph, end))
                {
                    Add(sentences, paragraph, start, end);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(sentences, paragraph, start, paragraph.Length);
        return sentences;
    }

    private static bool QuotesBalanced(string text)
    {
        int open = 0, close = 0, straight = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '“': open++; break;
                case '”': close++; break;
                case '"': straight++; break;
            }
        }

        // Mixed styles (“…" or "…”) happen in real copy; only the total parity matters.
        return (open + close + straight) % 2 == 0;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static int PrevNonApostrophe(string s, int i)
    {
        while (i >= 0 && s[i] is '\'' or '’' or ')' or ']')
        {
            i--;
        }

        return i;
    }

    private static int ConsumeClosers(string s, int i)
    {
        while (i < s.Length && s[i] is '"' or '”' or '’' or '\'' or ')' or ']')
        {
            i++;
        }

        return i;
    }

    private static bool StartsNewSentence(string s, int i)
    {
        if (i >= s.Length || !char.IsWhiteSpace(s[i]))
        {
            return false;
        }

        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            i++;
        }

        if (i >= s.Length)
        {
            return false;
        }

        var c = s[i];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[' or '\'' or '$' or '£' or '€';
    }

    private static bool AttributionFollows(string s, int i)
    {
        // `.” Krasinski said,` / `.” said Fischer` / `.” she added` keep the quote and its speaker together.
        var words = 0;
        var p = i;
        while (p < s.Length && words < 5)
        {
            while (p < s.Length && char.IsWhiteSpace(s[p]))
            {
                p++;
            }

            var w = p;
            while (p < s.Length && (char.IsLetter(s[p]) || s[p] is '\'' or '’' or '-'))
            {
                p++;
            }

            if (p == w)
            {
                return false;
            }

            var word = s[w..p];
            if (Lexicon.IsReportingVerb(word))
            {
                return true;
            }

            words++;
            if (p < s.Length && s[p] is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '“' or '”')
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAbbreviation(string s, int dot)
    {
        var w = dot - 1;
        while (w >= 0 && (char.IsLetter(s[w]) || s[w] == '.'))
        {
            w--;
        }

        var token = s.AsSpan(w + 1, dot - w - 1);
        if (token.Length == 0)
        {
            return false;
        }

        // Initials ("M. Tran", "J.K. Rowling") and dotted acronyms ("U.S.").
        if (token.Length == 1 && char.IsUpper(token[0]))
        {
            return true;
        }

        if (token.Contains('.'))
        {
            return true;
        }

        return Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(token);
    }

    private static void Add(List<string> sentences, string paragraph, int start, int end)
    {
        var text = paragraph.AsSpan(start, end - start).Trim();
        if (!text.IsEmpty)
        {
            sentences.Add(text.ToString());
        }
    }
}

public static class QuoteChars
{
    public static bool IsDoubleQuote(char c) => c is '"' or '“' or '”';

    /// Whether the double quote at <paramref name="i"/> opens a quotation. Curly quotes say so themselves; a straight
    /// quote opens when it follows a space, a dash or an opening bracket, and we are not already inside a quote.
    public static bool IsOpening(string s, int i, bool inQuote)
    {
        var c = s[i];
        if (c == '“')
        {
            return true;
        }

        if (c == '”')
        {
            return false;
        }

        if (inQuote)
        {
            return false;
        }

        var prev = i == 0 ? ' ' : s[i - 1];
        return char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–' or '-' or ':' || i == 0;
    }
}
