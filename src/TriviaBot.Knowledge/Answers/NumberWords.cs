using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace TriviaBot.Knowledge.Answers;

/// English number words to and from integers: "twenty-five", "one hundred and five", "twenty-fifth",
/// "nineteen sixty-nine" (year style), "1,000", "25th".
public static class NumberWords
{
    private enum Kind
    {
        Zero,
        Unit,
        Teen,
        Tens,
        Hundred,
        Scale,
    }

    private readonly record struct Word(long Value, Kind Kind, bool Ordinal);

    private static readonly string[] Units =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens =
        ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly (string Name, long Value)[] Scales =
        [("quintillion", 1_000_000_000_000_000_000), ("quadrillion", 1_000_000_000_000_000),
         ("trillion", 1_000_000_000_000), ("billion", 1_000_000_000), ("million", 1_000_000), ("thousand", 1_000)];

    private static readonly FrozenDictionary<string, Word> Words = BuildWords();

    private static readonly FrozenDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> WordsBySpan =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly char[] Separators = [' ', '-', ',', '\t', '\u2010', '\u2011', '\u2013'];

    public static bool TryParse(string text, out long value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var trimmed = text.AsSpan().Trim();
        if (TryParseDigits(trimmed, out value))
        {
            return true;
        }

        var tokens = trimmed.ToString().ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return TryParseTokens(tokens, out value);
    }

    public static string ToWords(long n)
    {
        if (n == 0)
        {
            return "zero";
        }

        var builder = new StringBuilder();
        // ulong so long.MinValue has a magnitude.
        var magnitude = n < 0 ? (ulong)(-(n + 1)) + 1 : (ulong)n;
        if (n < 0)
        {
            builder.Append("minus");
        }

        foreach (var (name, scale) in Scales)
        {
            var group = magnitude / (ulong)scale;
            if (group > 0)
            {
                AppendGroup(builder, (int)group);
                builder.Append(' ').Append(name);
                magnitude %= (ulong)scale;
            }
        }

        if (magnitude > 0)
        {
            AppendGroup(builder, (int)magnitude);
        }

        return builder.ToString();
    }

    /// True when the token is a number word ("five", "fifth", "hundred") — the cheap test that lets the
    /// matcher skip number canonicalisation for ordinary answers.
    internal static bool IsNumberWord(ReadOnlySpan<char> token) => WordsBySpan.ContainsKey(token);

    /// "25th", "1st": digits followed by an English ordinal suffix.
    /// The value of an ordinal word ("sixth" → 6), or 0 for any other word.
    internal static long OrdinalValue(string word) => Words.TryGetValue(word, out var w) && w.Ordinal ? w.Value : 0;

    internal static bool TryParseDigitOrdinal(ReadOnlySpan<char> token, out long value)
    {
        value = 0;
        return token.Length > 2
            && IsOrdinalSuffix(token[^2..])
            && IsAllDigits(token[..^2])
            && long.TryParse(token[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    /// Parses already-split lower-case tokens; "and" may appear after "hundred" or a scale word.
    internal static bool TryParseTokens(ReadOnlySpan<string> tokens, out long value)
    {
        if (TryParseCardinal(tokens, out value))
        {
            return true;
        }

        // Years are said in pairs: "nineteen sixty-nine" is 1969, "twenty twenty-one" 2021.
        for (var split = 1; split < tokens.Length; split++)
        {
            if (TryParseCardinal(tokens[..split], out var high) && high is >= 10 and <= 99 && !ContainsOrdinal(tokens[..split])
                && TryParseCardinal(tokens[split..], out var low) && low is >= 10 and <= 99
                && !ContainsScale(tokens[split..]))
            {
                value = (high * 100) + low;
                return true;
            }
        }

        value = 0;
        return false;
    }

    private static bool TryParseCardinal(ReadOnlySpan<string> tokens, out long value)
    {
        value = 0;
        if (tokens.IsEmpty)
        {
            return false;
        }

        long total = 0;
        long group = 0;
        var lastScale = long.MaxValue;
        Kind? last = null;
        var afterAnd = false;

        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var isLast = i == tokens.Length - 1;

            if (token == "and")
            {
                if (isLast || afterAnd || last is not (Kind.Hundred or Kind.Scale))
                {
                    return false;
                }

                afterAnd = true;
                continue;
            }

            Word word;
            if (token == "a" && i == 0 && !isLast && Words.TryGetValue(tokens[1], out var next) && next.Kind is Kind.Hundred or Kind.Scale)
            {
                word = new Word(1, Kind.Unit, false);
            }
            else if (!Words.TryGetValue(token, out word) || (word.Ordinal && !isLast))
            {
                return false;
            }

            var atGroupStart = last is null or Kind.Hundred or Kind.Scale || afterAnd;
            switch (word.Kind)
            {
                case Kind.Zero:
                    if (tokens.Length != 1)
                    {
                        return false;
                    }

                    break;

                case Kind.Unit:
                    if (!(atGroupStart || (last == Kind.Tens && !afterAnd)))
                    {
                        return false;
                    }

                    group += word.Value;
                    break;

                case Kind.Teen or Kind.Tens:
                    if (!atGroupStart)
                    {
                        return false;
                    }

                    group += word.Value;
                    break;

                case Kind.Hundred:
                    if (i == 0)
                    {
                        group = 100;
                    }
                    else if (last is Kind.Unit or Kind.Teen or Kind.Tens && group is >= 1 and <= 99 && !afterAnd)
                    {
                        group *= 100;
                    }
                    else
                    {
                        return false;
                    }

                    break;

                case Kind.Scale:
                    if (afterAnd || word.Value >= lastScale)
                    {
                        return false;
                    }

                    if (i == 0)
                    {
                        group = 1;
                    }
                    else if (group == 0)
                    {
                        return false;
                    }

                    try
                    {
                        total = checked(total + (group * word.Value));
                    }
                    catch (OverflowException)
                    {
                        return false;
                    }

                    group = 0;
                    lastScale = word.Value;
                    break;
            }

            last = word.Kind;
            afterAnd = false;
        }

        value = total + group;
        return true;
    }

    private static bool ContainsOrdinal(ReadOnlySpan<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (Words.TryGetValue(token, out var word) && word.Ordinal)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsScale(ReadOnlySpan<string> tokens)
    {
        foreach (var token in tokens)
        {
            if (Words.TryGetValue(token, out var word) && word.Kind is Kind.Hundred or Kind.Scale)
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryParseDigits(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.Length > 2 && IsOrdinalSuffix(text[^2..]))
        {
            text = text[..^2];
        }

        var negative = false;
        if (!text.IsEmpty && text[0] is '-' or '+' or '\u2212')
        {
            negative = text[0] != '+';
            text = text[1..];
        }

        if (text.IsEmpty || !char.IsAsciiDigit(text[0]))
        {
            return false;
        }

        // Commas only as thousands separators: "1,000" and "12,345,678", never "1,00".
        Span<char> digits = stackalloc char[Math.Min(text.Length, 64)];
        var count = 0;
        var sinceComma = -1;
        foreach (var c in text)
        {
            if (c == ',')
            {
                if (sinceComma is not (-1 or 3) || count is 0 or > 3 && sinceComma == -1)
                {
                    return false;
                }

                sinceComma = 0;
                continue;
            }

            if (!char.IsAsciiDigit(c) || count == digits.Length)
            {
                return false;
            }

            digits[count++] = c;
            if (sinceComma >= 0)
            {
                sinceComma++;
            }
        }

        if (sinceComma is not (-1 or 3))
        {
            return false;
        }

        if (!long.TryParse(digits[..count], NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }

        value = negative ? -value : value;
        return true;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);

    private static bool IsAllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return !text.IsEmpty;
    }

    private static void AppendGroup(StringBuilder builder, int group)
    {
        if (group >= 100)
        {
            Space(builder).Append(Units[group / 100]).Append(" hundred");
            group %= 100;
        }

        if (group >= 20)
        {
            Space(builder).Append(Tens[group / 10]);
            if (group % 10 != 0)
            {
                builder.Append('-').Append(Units[group % 10]);
            }
        }
        else if (group > 0)
        {
            Space(builder).Append(Units[group]);
        }
    }

    private static StringBuilder Space(StringBuilder builder) => builder.Length > 0 ? builder.Append(' ') : builder;

    private static FrozenDictionary<string, Word> BuildWords()
    {
        var words = new Dictionary<string, Word>(StringComparer.Ordinal) { ["zero"] = new(0, Kind.Zero, false) };
        for (var i = 1; i < Units.Length; i++)
        {
            words[Units[i]] = new(i, i < 10 ? Kind.Unit : Kind.Teen, false);
        }

        for (var i = 2; i < Tens.Length; i++)
        {
            words[Tens[i]] = new(i * 10, Kind.Tens, false);
            words[Tens[i][..^1] + "ieth"] = new(i * 10, Kind.Tens, true);
        }

        words["hundred"] = new(100, Kind.Hundred, false);
        words["hundredth"] = new(100, Kind.Hundred, true);
        foreach (var (name, value) in Scales)
        {
            words[name] = new(value, Kind.Scale, false);
            words[name + "th"] = new(value, Kind.Scale, true);
        }

        // Ordinals that are not simply cardinal + "th".
        (string Name, int Value)[] irregular =
            [("first", 1), ("second", 2), ("third", 3), ("fifth", 5), ("eighth", 8), ("ninth", 9), ("twelfth", 12)];
        foreach (var (name, value) in irregular)
        {
            words[name] = new(value, value < 10 ? Kind.Unit : Kind.Teen, true);
        }

        foreach (var (name, value) in (ReadOnlySpan<(string, int)>)[("fourth", 4), ("sixth", 6), ("seventh", 7), ("tenth", 10), ("eleventh", 11)])
        {
            words[name] = new(value, value < 10 ? Kind.Unit : Kind.Teen, true);
        }

        for (var i = 13; i <= 19; i++)
        {
            words[Units[i] + "th"] = new(i, Kind.Teen, true);
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
