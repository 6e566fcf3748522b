using System.Buffers;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace TriviaBot.Knowledge.Answers;

/// Decides whether a free-text guess matches one of a question's accepted answers. Whole-answer comparison
/// only — never a substring test (Red #331: "chair" matched "air").
public sealed class AnswerMatcher
{
    // Beyond this many optional parts we stop expanding combinations (2^n) and use only all-in / all-out.
    private const int MaxOptionalParts = 4;

    // The accepted answers come from a finite question bank, so their normalised forms are worth keeping;
    // the cap only guards against an unbounded stream of distinct answers.
    private const int MaxCachedAnswers = 8192;

    private static readonly string[] NameSuffixes =
        ["jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "dds"];

    private static readonly string[] SurnameParticles =
        ["van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "la", "le", "st", "mac", "bin", "al"];

    private readonly ConcurrentDictionary<string, AcceptedForm[]> cache = new(StringComparer.Ordinal);

    private AnswerMatcher()
    {
    }

    public static AnswerMatcher Default { get; } = new();

    public bool IsMatch(string guess, IEnumerable<string> accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        if (string.IsNullOrWhiteSpace(guess))
        {
            return false;
        }

        var normalizedGuess = Canonicalize(AnswerNormalizer.Normalize(guess));
        if (normalizedGuess.Length == 0)
        {
            return false;
        }

        var guessHasDigit = normalizedGuess.AsSpan().ContainsAnyInRange('0', '9');
        var acceptedList = accepted as IReadOnlyCollection<string> ?? accepted.ToList();
        // A person's two names in the other order ("Zhang Yimou" for "Yimou Zhang"): only where the accepted forms
        // are a person's (the full name and its surname alone), never a title ("Night Casino").
        var words = normalizedGuess.Split(' ');
        var reversed = words.Length == 2 && IsPersonShaped(acceptedList) ? words[1] + " " + words[0] : null;
        foreach (var answer in acceptedList)
        {
            if (string.IsNullOrWhiteSpace(answer))
            {
                continue;
            }

            foreach (var form in FormsOf(answer))
            {
                if (string.Equals(form.Text, normalizedGuess, StringComparison.Ordinal) || string.Equals(form.Text, reversed, StringComparison.Ordinal))
                {
                    return true;
                }

                // Numbers are exact or wrong: a typo tolerance would make 2005 equal 2006.
                if (form.HasDigit || guessHasDigit)
                {
                    continue;
                }

                var allowed = AllowedEdits(form.Text.Length);
                if (allowed > 0 && WithinEditDistance(normalizedGuess, form.Text, allowed))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsPersonShaped(IReadOnlyCollection<string> accepted)
    {
        foreach (var full in accepted)
        {
            var parts = full.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 2 && accepted.Any(a => string.Equals(a, parts[1], StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// Aliases a player might type for a person: the full name, the name without a suffix such as "Jr.",
    /// the surname with its particle ("van Beethoven") and the bare surname.
    public static IReadOnlyList<string> PersonAliases(string fullName)
    {
        if (string.IsNullOrWhiteSpace(fullName))
        {
            return [];
        }

        var full = string.Join(' ', fullName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var tokens = full.Split(' ').Select(t => t.TrimEnd(',')).Where(t => t.Length > 0).ToList();
        while (tokens.Count > 1 && IsSuffix(tokens[^1]))
        {
            tokens.RemoveAt(tokens.Count - 1);
        }

        var aliases = new List<string> { full };
        void Add(string alias)
        {
            if (!aliases.Contains(alias, StringComparer.OrdinalIgnoreCase))
            {
                aliases.Add(alias);
            }
        }

        Add(string.Join(' ', tokens));
        if (tokens.Count > 1)
        {
            if (tokens.Count > 2 && IsParticle(tokens[^2]))
            {
                Add(tokens[^2] + " " + tokens[^1]);
            }

            // A capitalised particle is part of the surname: Robert De Niro is "De Niro", never "Niro".
            if (tokens.Count > 2 && IsCapitalisedParticle(tokens[^2]))
            {
                Add(tokens[^2] + " " + tokens[^1]);
            }
            else
            {
                // "Sacha Baron Cohen" is "Baron Cohen" as often as "Cohen"; "Helena Bonham Carter", "Bonham Carter" (a
                // middle name, "Martin Luther King", is no part of the surname).
                if (tokens.Count > 2 && tokens[^2].Length > 2 && char.IsUpper(tokens[^2][0]) && !tokens[^2].EndsWith('.') && Text.Lexicon.GenderOf(tokens[^2]) == 0)
                {
                    Add(tokens[^2] + " " + tokens[^1]);
                }

                // ("Beenie Man" is never "Man", nor "Dizzee Rascal" "Rascal": a stage name's common-word tail names nobody;
                // nor is "Boy George" "George", "Kid Rock" "Rock": a stage name's head says it is one.)
                if (!StageNameTails.Contains(tokens[^1]) && !(tokens.Count == 2 && StageNameHeads.Contains(tokens[0])))
                {
                    Add(tokens[^1]);
                }
            }
        }

        return aliases;
    }

    private static readonly FrozenSet<string> StageNameHeads = FrozenSet.ToFrozenSet(
        ["Boy", "Kid", "Lil", "Lil'", "Big", "Little", "Lady", "MC", "DJ", "Ol'"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> StageNameTails = FrozenSet.ToFrozenSet(
        ["Man", "Boy", "Boi", "Girl", "Kid", "Cent", "Rascal", "Dogg"], StringComparer.Ordinal);

    internal static int AllowedEdits(int normalizedLength) => normalizedLength switch
    {
        <= 4 => 0,
        <= 8 => 1,
        _ => 2,
    };

    /// Optimal-string-alignment Damerau–Levenshtein distance, cut off as soon as it must exceed
    /// <paramref name="maxEdits"/>.
    internal static bool WithinEditDistance(string a, string b, int maxEdits)
    {
        if (Math.Abs(a.Length - b.Length) > maxEdits)
        {
            return false;
        }

        var width = b.Length + 1;
        int[]? rented = null;
        var rows = width * 3 <= 768 ? stackalloc int[width * 3] : (rented = ArrayPool<int>.Shared.Rent(width * 3));
        try
        {
            var previous2 = rows[..width];
            var previous = rows.Slice(width, width);
            var current = rows.Slice(width * 2, width);
            for (var j = 0; j < width; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                var rowMin = i;
                for (var j = 1; j < width; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    {
                        value = Math.Min(value, previous2[j - 2] + 1);
                    }

                    current[j] = value;
                    rowMin = Math.Min(rowMin, value);
                }

                if (rowMin > maxEdits)
                {
                    return false;
                }

                var recycled = previous2;
                previous2 = previous;
                previous = current;
                current = recycled;
            }

            return previous[width - 1] <= maxEdits;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<int>.Shared.Return(rented);
            }
        }
    }

    /// Every way an accepted answer may be written: parenthesised parts optional ("(The) Beatles"),
    /// normalised and with number words turned to digits.
    internal static IReadOnlyList<string> Expand(string accepted)
    {
        var parts = OptionalParts(accepted);
        var variants = new List<string>();
        if (parts.Count == 0)
        {
            variants.Add(accepted);
        }
        else if (parts.Count > MaxOptionalParts)
        {
            variants.Add(Render(accepted, parts, (1 << parts.Count) - 1));
            variants.Add(Render(accepted, parts, 0));
        }
        else
        {
            for (var mask = (1 << parts.Count) - 1; mask >= 0; mask--)
            {
                variants.Add(Render(accepted, parts, mask));
            }
        }

        var forms = new List<string>(variants.Count);
        foreach (var variant in variants)
        {
            var form = Canonicalize(AnswerNormalizer.Normalize(variant));
            if (form.Length > 0 && !forms.Contains(form))
            {
                forms.Add(form);
            }
        }

        return forms;
    }

    /// Turns runs of number words into digits so "twenty-five" and "25" (and "Apollo eleven" and
    /// "Apollo 11") compare equal. Expects normalised text.
    internal static string Canonicalize(string normalized)
    {
        if (!HasNumberToken(normalized))
        {
            return normalized;
        }

        var tokens = normalized.Split(' ');
        var output = new StringBuilder(normalized.Length);
        var i = 0;
        while (i < tokens.Length)
        {
            var consumed = 0;
            if (NumberWords.IsNumberWord(tokens[i]))
            {
                var end = i;
                while (end + 1 < tokens.Length && (NumberWords.IsNumberWord(tokens[end + 1]) || tokens[end + 1] == "and"))
                {
                    end++;
                }

                // Longest run that parses wins, so "one hundred and five" is 105 rather than "1 100 and 5".
                for (var last = end; last >= i; last--)
                {
                    if (NumberWords.TryParseTokens(tokens.AsSpan(i, last - i + 1), out var value))
                    {
                        Append(output, value.ToString(CultureInfo.InvariantCulture));
                        consumed = last - i + 1;
                        break;
                    }
                }
            }
            else if (NumberWords.TryParseDigitOrdinal(tokens[i], out var ordinal))
            {
                Append(output, ordinal.ToString(CultureInfo.InvariantCulture));
                consumed = 1;
            }

            if (consumed == 0)
            {
                Append(output, tokens[i]);
                consumed = 1;
            }

            i += consumed;
        }

        return output.ToString();
    }

    private static void Append(StringBuilder output, string token)
    {
        if (output.Length > 0)
        {
            output.Append(' ');
        }

        output.Append(token);
    }

    private static bool HasNumberToken(string normalized)
    {
        var rest = normalized.AsSpan();
        while (!rest.IsEmpty)
        {
            var space = rest.IndexOf(' ');
            var token = space < 0 ? rest : rest[..space];
            if (NumberWords.IsNumberWord(token) || NumberWords.TryParseDigitOrdinal(token, out _))
            {
                return true;
            }

            rest = space < 0 ? [] : rest[(space + 1)..];
        }

        return false;
    }

    private AcceptedForm[] FormsOf(string answer)
    {
        if (cache.TryGetValue(answer, out var forms))
        {
            return forms;
        }

        forms = [.. Expand(answer).Select(f => new AcceptedForm(f, f.AsSpan().ContainsAnyInRange('0', '9')))];
        if (cache.Count >= MaxCachedAnswers)
        {
            cache.Clear();
        }

        cache.TryAdd(answer, forms);
        return forms;
    }

    // Top-level, balanced (...) groups; an unbalanced bracket is left to the normaliser as punctuation.
    private static List<Range> OptionalParts(string text)
    {
        var parts = new List<Range>();
        if (!text.Contains('(', StringComparison.Ordinal))
        {
            return parts;
        }

        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                if (depth++ == 0)
                {
                    start = i;
                }
            }
            else if (text[i] == ')' && depth > 0 && --depth == 0)
            {
                parts.Add(new Range(start, i + 1));
            }
        }

        return depth == 0 ? parts : [];
    }

    // Bit k set keeps part k (without its brackets); clear drops it.
    private static string Render(string text, List<Range> parts, int keepMask)
    {
        var builder = new StringBuilder(text.Length);
        var position = 0;
        for (var k = 0; k < parts.Count; k++)
        {
            var (offset, length) = parts[k].GetOffsetAndLength(text.Length);
            builder.Append(text, position, offset - position).Append(' ');
            if ((keepMask & (1 << k)) != 0)
            {
                builder.Append(text, offset + 1, length - 2).Append(' ');
            }

            position = offset + length;
        }

        builder.Append(text, position, text.Length - position);
        return builder.ToString();
    }

    private static bool IsSuffix(string token) =>
        NameSuffixes.Contains(token.Trim('.', ',').ToLowerInvariant());

    private static bool IsCapitalisedParticle(string token) =>
        char.IsUpper(token[0]) && token.Length <= 3 && SurnameParticles.Contains(token.TrimEnd('.').ToLowerInvariant());

    private static bool IsParticle(string token) =>
        char.IsLower(token[0]) && SurnameParticles.Contains(token.TrimEnd('.').ToLowerInvariant());

    private readonly record struct AcceptedForm(string Text, bool HasDigit);
}
