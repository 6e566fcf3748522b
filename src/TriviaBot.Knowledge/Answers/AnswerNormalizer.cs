using System.Buffers;
using System.Globalization;
using System.Text;

namespace TriviaBot.Knowledge.Answers;

/// Reduces an answer to the form two answers are compared in: lower case, no diacritics, no punctuation,
/// single spaces, no leading article, "&" spelled "and".
public static class AnswerNormalizer
{
    // Above this the buffer comes from the pool rather than the stack; answers are short, so this is rare.
    private const int StackLimit = 512;

    public static string Normalize(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // FormD splits "é" into "e" + a combining mark we can drop; ASCII (the common case) skips the allocation.
        var source = Ascii.IsValid(text) ? text : text.Normalize(NormalizationForm.FormD);

        // Worst case every char becomes " and " (5 chars).
        var capacity = (source.Length * 5) + 1;
        char[]? rented = null;
        var buffer = capacity <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var length = JoinInitials(buffer[..Fold(source, buffer)]);
            var result = StripLeadingArticle(buffer[..length]);
            return result.SequenceEqual(text) ? text : new string(result);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static int Fold(string source, Span<char> output)
    {
        var length = 0;
        var pendingSpace = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    output[length++] = ' ';
                }

                pendingSpace = false;
                length = AppendFolded(char.ToLowerInvariant(c), output, length);
                continue;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    continue;
            }

            switch (c)
            {
                // "Michael's" should read "michaels", not "michael s".
                case '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4':
                    continue;

                // A decimal point stays a decimal point ("3.14"); elsewhere a period is an abbreviation mark
                // ("U.S.A.", "Jr.") and simply vanishes.
                case '.':
                    if (length > 0 && !pendingSpace && char.IsAsciiDigit(output[length - 1])
                        && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1]))
                    {
                        output[length++] = '.';
                    }

                    continue;

                // A thousands separator ("1,000") disappears so the digits compare with "1000".
                case ',' when IsThousandsSeparator(source, i, output[..length], pendingSpace):
                    continue;

                case '&':
                    if (length > 0)
                    {
                        output[length++] = ' ';
                    }

                    "and".CopyTo(output[length..]);
                    length += 3;
                    pendingSpace = true;
                    continue;

                default:
                    pendingSpace = true;
                    continue;
            }
        }

        return length;
    }

    /// "P. L. Travers" folds to "p l travers"; "PL Travers" to "pl travers": initials are written together.
    private static int JoinInitials(Span<char> text)
    {
        var write = 0;
        for (var read = 0; read < text.Length; read++)
        {
            // A space between two lone letters goes: " p l " → " pl ".
            if (text[read] == ' ' && write > 0 && char.IsLetter(text[write - 1]) && (write == 1 || text[write - 2] == ' ')
                && read + 1 < text.Length && char.IsLetter(text[read + 1]) && (read + 2 == text.Length || text[read + 2] == ' '))
            {
                continue;
            }

            text[write++] = text[read];
        }

        return write;
    }

    private static bool IsThousandsSeparator(string source, int comma, ReadOnlySpan<char> written, bool pendingSpace)
    {
        if (written.IsEmpty || pendingSpace || !char.IsAsciiDigit(written[^1]))
        {
            return false;
        }

        var digits = 0;
        var i = comma + 1;
        while (i < source.Length && char.IsAsciiDigit(source[i]))
        {
            digits++;
            i++;
        }

        return digits == 3;
    }

    // Letters that FormD leaves whole but that people type without the mark.
    private static int AppendFolded(char c, Span<char> output, int length)
    {
        switch (c)
        {
            case 'ß': output[length++] = 's'; output[length++] = 's'; break;
            case 'æ': output[length++] = 'a'; output[length++] = 'e'; break;
            case 'œ': output[length++] = 'o'; output[length++] = 'e'; break;
            case 'ø': output[length++] = 'o'; break;
            case 'đ' or 'ð': output[length++] = 'd'; break;
            case 'ł': output[length++] = 'l'; break;
            case 'ı': output[length++] = 'i'; break;
            case 'þ': output[length++] = 't'; output[length++] = 'h'; break;
            default: output[length++] = c; break;
        }

        return length;
    }

    // Only when something follows: the answer "A" or "The" stays itself.
    private static ReadOnlySpan<char> StripLeadingArticle(ReadOnlySpan<char> text)
    {
        foreach (var article in (ReadOnlySpan<string>)["the ", "an ", "a "])
        {
            if (text.Length > article.Length && text.StartsWith(article, StringComparison.Ordinal))
            {
                return text[article.Length..];
            }
        }

        return text;
    }
}
