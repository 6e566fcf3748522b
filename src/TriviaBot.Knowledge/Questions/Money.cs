using System.Globalization;
using System.Text.RegularExpressions;

namespace TriviaBot.Knowledge.Questions;

/// A sum as the BBC writes it: "$42.8m", "£1.1bn", "$1.15tn", "£10,000", "$18 million", "775m euros"; or a count in
/// millions, which the BBC writes the same way ("10.9m viewers", "1.9 million copies": the figure, without a currency,
/// the word after it left in the sentence). Its currency, figure and scale, so a question's choices are written the
/// same way.
public sealed partial record Money(string Currency, double Value, string Scale, int Decimals, bool CurrencyAfter)
{
    // "$42.8m", "£10,000", "€5bn", "$18 million"; "775m euros", "1.6bn euros"; "10.9m" viewers, "144 million" people
    // (a count alone, as a question's answer states it, too). It never stops short of the figure as written:
    // "$1.5million" and "$1,000.50" are no "$1" and "$1,000".
    [GeneratedRegex(@"(?<![\w.,])(?:(?<cur>[$£€])(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?<scale>m|bn|tn|k|\smillion|\sbillion|\strillion)?|(?<num>[0-9]+(?:\.[0-9]+)?)(?<scale>m|bn|tn|\smillion|\sbillion|\strillion)\s(?<word>euros|dollars|pounds|yen)|(?<num>[0-9]+(?:\.[0-9]+)?)(?<scale>m|bn|\smillion|\sbillion)(?=\s(?:viewers|people|copies|listeners|visitors|subscribers|users|customers|homes|households|tickets|albums|singles)\b|$))(?![\w$£€]|[.,][0-9])")]
    private static partial Regex Pattern();

    /// The sums a text states, each as written. None inside brackets: "$42.8m (£23.7m)", "259.7m euros ($353.3m;
    /// £183.75m)" — a bracket holds the conversion of the sum before it.
    public static IEnumerable<(Money Sum, string Text)> Spans(string text)
    {
        if (!MayHold(text))
        {
            yield break;
        }

        foreach (Match m in Pattern().Matches(text))
        {
            if (!InBrackets(text, m.Index) && FromMatch(m) is { } money)
            {
                yield return (money, m.Value);
            }
        }
    }

    public static IEnumerable<Money> AllIn(string text) => Spans(text).Select(s => s.Sum);

    /// The same currency and scale: "$9.5m" beside "$21m", not beside "£5m" or "$1.2bn".
    public bool SameUnit(Money other) => Currency == other.Currency && Scale.Trim() == other.Scale.Trim();

    private static bool InBrackets(string text, int at)
    {
        var depth = 0;
        foreach (var c in text.AsSpan(0, at))
        {
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }

        return depth > 0;
    }

    // Most sentences name no sum: a currency sign or word first, before the pattern scans every digit.
    // (A count needs its scale too: "people" is in most sentences, "10.9m" or "144 million" in few.)
    private static readonly System.Buffers.SearchValues<string> s_currencyWords = System.Buffers.SearchValues.Create(["euros", "dollars", "pounds", "yen"], StringComparison.Ordinal);

    private static bool MayHold(string text) =>
        text.AsSpan().IndexOfAny('$', '£', '€') >= 0 || text.AsSpan().IndexOfAny(s_currencyWords) >= 0 || (HasScaledFigure(text) && text.AsSpan().IndexOfAny(s_countNouns) >= 0);

    private static readonly System.Buffers.SearchValues<string> s_countNouns = System.Buffers.SearchValues.Create(
        ["viewers", "people", "copies", "listeners", "visitors", "subscribers", "users", "customers", "homes", "households", "tickets", "albums", "singles"],
        StringComparison.Ordinal);

    // A digit followed by "m", "bn", " million" or " billion".
    private static bool HasScaledFigure(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (char.IsAsciiDigit(text[i]) && (text[i + 1] is 'm' or 'b' || text.AsSpan(i + 1).StartsWith(" million", StringComparison.Ordinal)
                || text.AsSpan(i + 1).StartsWith(" billion", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    public static Money? Parse(string text)
    {
        var trimmed = text.Trim();
        var m = Pattern().Match(trimmed);
        return m.Success && m.Index == 0 && m.Length == trimmed.Length ? FromMatch(m) : null;
    }

    private static Money? FromMatch(Match m)
    {
        var num = m.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!double.TryParse(num, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return null;
        }

        // ("775m euros": the currency is the word, written after.)
        var word = m.Groups["word"].Value;
        var decimals = num.Contains('.', StringComparison.Ordinal) ? num.Length - num.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return new Money(word.Length > 0 ? word : m.Groups["cur"].Value, value, ScaleAsWritten(m.Groups["scale"].Value), decimals, word.Length > 0);
    }

    // "$18\u00a0million" is written "$18 million".
    private static string ScaleAsWritten(string written) => written.Length > 0 && char.IsWhiteSpace(written[0]) ? " " + written.TrimStart() : written;

    /// Another sum written this way: "$42.8m" → "$21.4m", "$7.5m" → "$15m"; "£10,000" → "£20,000" (a plain sum is
    /// as round as it: 10,000 stays in tens of thousands; <paramref name="finer"/> allows one figure more:
    /// "£12,000", "$1.5m").
    public string With(double value, bool finer = false)
    {
        string figure;
        if (Scale.Length == 0 && Decimals == 0)
        {
            // As round as the sum itself: "$2,115" among "$846" and "$5,288", "$600,000" among "$200,000".
            var magnitude = 1d;
            while (magnitude * 10 <= Value && Value % (magnitude * 10) == 0)
            {
                magnitude *= 10;
            }

            magnitude = finer && magnitude >= 10 ? magnitude / 10 : magnitude;
            figure = (Math.Round(value / magnitude, MidpointRounding.AwayFromZero) * magnitude).ToString("#,0", CultureInfo.InvariantCulture);
        }
        else
        {
            // ("$1.50" among "$1.88" and "$0.30": a price keeps its pence and cents; "$7.5m" among "$15m".)
            var decimals = Decimals + (finer ? 1 : 0);
            figure = Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string(Scale.Length == 0 ? '0' : '#', decimals), CultureInfo.InvariantCulture).TrimEnd('.');
        }

        return CurrencyAfter ? figure + Scale + " " + Currency : Currency + figure + Scale;
    }

    /// What a player may type for it: "$42.8m", "42.8m", "42.8 million", "$42.8 million".
    public IReadOnlyList<string> Forms(string written)
    {
        var figure = Value.ToString(Decimals == 0 && Scale.Length == 0 ? "#,0" : "0." + new string('#', Math.Max(1, Decimals)), CultureInfo.InvariantCulture).TrimEnd('.');
        var word = Scale.Trim() switch { "m" or "million" => " million", "bn" or "billion" => " billion", "tn" or "trillion" => " trillion", "k" => " thousand", _ => string.Empty };
        var letter = word switch { " million" => "m", " billion" => "bn", " trillion" => "tn", " thousand" => "k", _ => string.Empty };
        List<string> forms = [written, figure + letter, figure + word];
        if (!CurrencyAfter)
        {
            forms.Add(Currency + figure + letter);
            forms.Add(Currency + figure + word);
        }

        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    /// A typed sum's hint: from half of it to twice it, in round figures ("Between $0.5m and $2m" for $1m), so it
    /// neither starts on the answer nor pins it down.
    public string Hint()
    {
        var (lo, loDecimals) = RoundFigure(Value / 2, Math.Floor);
        var (hi, hiDecimals) = RoundFigure(Value * 2, Math.Ceiling);
        return "Between " + Figure(lo, loDecimals) + " and " + Figure(hi, hiDecimals);
    }

    // One significant figure, rounded down or up: 21.4 → 20, 0.5 → 0.5, 85.6 → 90.
    private static (double Value, int Decimals) RoundFigure(double value, Func<double, double> round)
    {
        var exponent = (int)Math.Floor(Math.Log10(value));
        var unit = Math.Pow(10, exponent);
        return (round(value / unit) * unit, Math.Max(0, -exponent));
    }

    /// A hint among four sums that rules out two: "More than $6m" between the second and third ($5m, $7m). (A range
    /// around the answer, "Between $7m and $8m", would leave only it.) Null when no figure written this way falls
    /// strictly between them.
    public static string? HalfHint(string answer, IReadOnlyList<string> choices)
    {
        var sums = choices.Select(Parse).OfType<Money>().OrderBy(m => m.Value).ToList();
        var mine = Parse(answer);
        var at = mine is null ? -1 : sums.FindIndex(m => m.Value == mine.Value);
        if (sums.Count != 4 || at < 0)
        {
            return null;
        }

        // In whole units of the finest figure shown (cents, tenths of a million), where "between" is exact. (Pounds and
        // dollars are never written with one or three decimals: "£5,000.5" reads as broken. £5,000 and £5,001 side by
        // side leave "At least £5,001".)
        var (lo, hi) = (sums[1].Value, sums[2].Value);
        if (sums[at].Scale.Length == 0 && sums.All(m => m.Decimals == 0) && hi - lo < 2)
        {
            return at >= 2 ? "At least " + sums[2].Figure(hi, 0) : "At most " + sums[1].Figure(lo, 0);
        }

        for (var decimals = sums.Max(m => m.Decimals); decimals <= 3; decimals++)
        {
            if (sums[at].Scale.Length == 0 && decimals is 1 or 3)
            {
                continue;
            }

            var factor = Math.Pow(10, decimals);
            var (loUnits, hiUnits) = ((long)Math.Round(lo * factor), (long)Math.Round(hi * factor));
            if (hiUnits - loUnits >= 2)
            {
                var bound = QuestionRanker.RoundBetween(loUnits, hiUnits) / factor;
                var text = sums[at].Figure(bound, decimals);
                return Parse(text) is { } shown && shown.Value > lo && shown.Value < hi ? (at >= 2 ? "More than " : "Less than ") + text : null;
            }
        }

        return null;
    }

    /// A figure of this currency and scale with just the decimals it needs ("$3.5m", "$1.20", "£400,000").
    private string Figure(double value, int decimals) =>
        (this with { Decimals = Scale.Length == 0 ? Math.Max(decimals, Decimals) : decimals, Value = value }).With(value);
}
