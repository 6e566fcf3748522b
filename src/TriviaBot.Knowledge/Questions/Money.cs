using System.Globalization;
using System.Text.RegularExpressions;

namespace TriviaBot.Knowledge.Questions;

/// A sum as the BBC writes it: "$42.8m", "£1.1bn", "£10,000", "$18 million", "775m euros". Its currency, figure and scale, so a
/// question's choices are written the same way.
public sealed partial record Money(string Currency, double Value, string Scale, int Decimals, bool CurrencyAfter)
{
    // "$42.8m", "£10,000", "€5bn", "$18 million"; "775m euros", "1.6bn euros". Not inside brackets: "(£23.7m)" is the
    // conversion of the sum before it.
    [GeneratedRegex(@"(?<![\w(.,])(?:(?<cur>[$£€])(?<num>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+(?:\.[0-9]+)?)(?<scale>m|bn|k|\smillion|\sbillion)?|(?<num>[0-9]+(?:\.[0-9]+)?)(?<scale>m|bn|\smillion|\sbillion)\s(?<word>euros|dollars|pounds|yen))(?![\w$£€])")]
    private static partial Regex Pattern();

    public static IEnumerable<Money> AllIn(string text)
    {
        if (!MayHold(text))
        {
            yield break;
        }

        foreach (Match m in Pattern().Matches(text))
        {
            if (FromMatch(m) is { } money)
            {
                yield return money;
            }
        }
    }

    /// The sums in a sentence with where each stands: the blank takes <c>Text</c>, and a bracketed conversion right
    /// after it ("$42.8m (£23.7m)") goes with it.
    public static IEnumerable<(string Text, int Index)> Spans(string text)
    {
        if (!MayHold(text))
        {
            yield break;
        }

        foreach (Match m in Pattern().Matches(text))
        {
            if (FromMatch(m) is not null)
            {
                yield return (m.Value, m.Index);
            }
        }
    }

    // Most sentences name no sum: a currency sign or word first, before the pattern scans every digit.
    private static readonly System.Buffers.SearchValues<string> s_currencyWords = System.Buffers.SearchValues.Create(["euros", "dollars", "pounds", "yen"], StringComparison.Ordinal);

    private static bool MayHold(string text) => text.AsSpan().IndexOfAny('$', '£', '€') >= 0 || text.AsSpan().IndexOfAny(s_currencyWords) >= 0;

    public static Money? Parse(string text)
    {
        var m = Pattern().Match(text.Trim());
        return m.Success && m.Index == 0 && m.Length == text.Trim().Length ? FromMatch(m) : null;
    }

    private static Money? FromMatch(Match m)
    {
        var num = m.Groups["num"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!double.TryParse(num, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0)
        {
            return null;
        }

        var word = m.Groups["word"].Value;
        var currency = word switch
        {
            "euros" => "€",
            "dollars" => "$",
            "pounds" => "£",
            "yen" => "¥",
            _ => m.Groups["cur"].Value,
        };
        var decimals = num.Contains('.', StringComparison.Ordinal) ? num.Length - num.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        return new Money(word.Length > 0 ? word : currency, value, ScaleAsWritten(m.Groups["scale"].Value), decimals, word.Length > 0);
    }

    // "$18\u00a0million" is written "$18 million".
    private static string ScaleAsWritten(string written) => written.Length > 0 && char.IsWhiteSpace(written[0]) ? " " + written.TrimStart() : written;

    /// Another sum written this way: "$42.8m" → "$21.4m", "$7.5m" → "$15m"; "£10,000" → "£20,000" (a plain sum is
    /// as round as it: 10,000 stays in tens of thousands).
    public string With(double value)
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

            figure = (Math.Round(value / magnitude, MidpointRounding.AwayFromZero) * magnitude).ToString("#,0", CultureInfo.InvariantCulture);
        }
        else
        {
            // ("$1.50" among "$1.88" and "$0.30": a price keeps its pence and cents; "$7.5m" among "$15m".)
            figure = Math.Round(value, Decimals, MidpointRounding.AwayFromZero).ToString("#,0." + new string(Scale.Length == 0 ? '0' : '#', Decimals), CultureInfo.InvariantCulture).TrimEnd('.');
        }

        return CurrencyAfter ? figure + Scale + " " + Currency : Currency + figure + Scale;
    }

    /// What a player may type for it: "$42.8m", "42.8m", "42.8 million", "$42.8 million".
    public IReadOnlyList<string> Forms(string written)
    {
        var figure = Value.ToString(Decimals == 0 && Scale.Length == 0 ? "#,0" : "0." + new string('#', Math.Max(1, Decimals)), CultureInfo.InvariantCulture).TrimEnd('.');
        var word = Scale.Trim() switch { "m" or "million" => " million", "bn" or "billion" => " billion", "k" => " thousand", _ => string.Empty };
        var letter = word switch { " million" => "m", " billion" => "bn", " thousand" => "k", _ => string.Empty };
        List<string> forms = [written, figure + letter, figure + word];
        if (!CurrencyAfter)
        {
            forms.Add(Currency + figure + letter);
            forms.Add(Currency + figure + word);
        }

        return forms.Distinct(StringComparer.Ordinal).ToList();
    }

    /// "Between $40m and $50m".
    public string Hint()
    {
        var unit = Math.Pow(10, Math.Floor(Math.Log10(Value)));
        var lo = Math.Floor(Value / unit) * unit;
        return "Between " + With(lo, 0) + " and " + With(lo + unit, 0);
    }

    /// A hint among four sums that rules out two: "More than $6m" between the second and third ($5m, $7m). (A range
    /// around the answer, "Between $7m and $8m", would leave only it.)
    public static string? HalfHint(string answer, IReadOnlyList<string> choices)
    {
        var sums = choices.Select(Parse).OfType<Money>().OrderBy(m => m.Value).ToList();
        var at = sums.FindIndex(m => string.Equals(m.With(m.Value), Parse(answer)?.With(Parse(answer)!.Value), StringComparison.Ordinal));
        if (sums.Count != 4 || at < 0)
        {
            return null;
        }

        var (lo, hi) = (sums[1].Value, sums[2].Value);
        // The roundest figure between them: a power of ten, else half of one ("More than $3.5m" between $3m and $4m).
        var top = Math.Floor(Math.Log10(hi));
        for (var exponent = top; exponent >= top - 3; exponent--)
        {
            foreach (var (unit, decimals) in (ReadOnlySpan<(double, double)>)[(Math.Pow(10, exponent), -exponent), (Math.Pow(10, exponent) / 2, 1 - exponent)])
            {
                var round = (Math.Floor(lo / unit) + 1) * unit;
                if (round < hi)
                {
                    var figure = sums[at].With(round, (int)Math.Max(0, decimals));
                    return (at >= 2 ? "More than " : "Less than ") + figure;
                }
            }
        }

        return null;
    }

    private string With(double value, int decimals) => (this with { Decimals = decimals, Value = Math.Max(value, 1) }).With(value);
}
