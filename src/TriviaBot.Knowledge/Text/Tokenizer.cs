namespace TriviaBot.Knowledge.Text;

public enum TokenKind
{
    Word,
    Number,
    Quote,
    Punct,
}

/// A token of a sentence; <see cref="InQuote"/> is true inside a double-quoted span.
public readonly record struct Token(int Start, int End, string Text, TokenKind Kind, bool InQuote)
{
    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);

    public bool IsAllCaps => Kind == TokenKind.Word && Text.Length > 1 && NoLowerCase(Text);

    private static bool NoLowerCase(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// The word without a possessive ending ("Fischer's" → "Fischer").
    public string Bare => IsPossessive ? Text[..^2] : Text;

    public bool IsPossessive => Kind == TokenKind.Word && Text.Length > 2 && Text[^1] == 's' && Text[^2] is '\'' or '’'
        && Text.AsSpan(0, Text.Length - 2) is not ("It" or "it" or "That" or "that" or "What" or "what" or "Let" or "let" or "There" or "there" or "Here" or "here" or "Who" or "who" or "He" or "he" or "She" or "she");
}

public static class Tokenizer
{
    public static List<Token> Tokenize(string s)
    {
        var tokens = new List<Token>((s.Length / 4) + 4);
        var inQuote = false;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (QuoteChars.IsDoubleQuote(c))
            {
                var opening = QuoteChars.IsOpening(s, i, inQuote);
                inQuote = opening;
                tokens.Add(new Token(i, i + 1, OneChar(c), TokenKind.Quote, true));
                i++;
                continue;
            }

            if (char.IsLetterOrDigit(c) || ((c is '$' or '£' or '€') && i + 1 < s.Length && char.IsDigit(s[i + 1])))
            {
                var start = i;
                i++;
                while (i < s.Length)
                {
                    var d = s[i];
                    if (char.IsLetterOrDigit(d))
                    {
                        i++;
                        continue;
                    }

                    // Inner apostrophes, hyphens, periods and commas stay in the word: "he'd", "off-the-charts", "U.S.", "1,000", "7.5".
                    if (d is '\'' or '’' or '-' or '.' or ',' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1])
                        && (d != ',' || (char.IsDigit(s[i - 1]) && char.IsDigit(s[i + 1]))))
                    {
                        i++;
                        continue;
                    }

                    // Initials keep their period: "J." in "J. K. Rowling", "U.S." at the end of a word.
                    if (d == '.' && i - start <= 2 && char.IsUpper(s[start]) && i - start == 1)
                    {
                        i++;
                    }

                    break;
                }

                var text = s[start..i];
                var kind = char.IsDigit(text[0]) || text[0] is '$' or '£' or '€' ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(start, i, text, kind, inQuote));
                continue;
            }

            tokens.Add(new Token(i, i + 1, OneChar(c), TokenKind.Punct, inQuote));
            i++;
        }

        return tokens;
    }

    // Punctuation and quote marks come up in every sentence: an ASCII one is one shared string, not one per token.
    private static readonly string[] AsciiChars = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    private static string OneChar(char c) => c < AsciiChars.Length ? AsciiChars[c] : c.ToString();
}
