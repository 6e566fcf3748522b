using System.Text;

namespace TriviaBot.Knowledge.Answers;

public static class Hints
{
    /// First letter of each word, the rest as underscores; spaces and punctuation stay so the shape shows:
    /// "Casino Night" → "C_____ N____". A one-character answer gives nothing away: "_".
    public static string FirstLetters(string answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return string.Empty;
        }

        var text = answer.Trim();
        if (text.Length == 1)
        {
            return "_";
        }

        var builder = new StringBuilder(text.Length);
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(inWord ? '_' : c);
                inWord = true;
            }
            else
            {
                builder.Append(c);
                // "Jell-O" and "Michael's" are one word: revealing the letter after the mark would give away more.
                inWord = inWord && c is '-' or '\'' or '\u2019';
            }
        }

        return builder.ToString();
    }
}
