using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TriviaBot.Knowledge.Packs;

/// How Red (PyYAML, YAML 1.1) reads a scalar. Only plain scalars are resolved; anything quoted or in a
/// block (| or >) is text, which is how a list author keeps "Yes" or "On" as a word.
internal static class YamlScalars
{
    public enum ScalarType
    {
        Text,
        Null,
        Bool,
        Number,
    }

    // PyYAML's YAML 1.1 bool set. It leaves out y/n (which the 1.1 spec lists), so they stay text here too.
    private static readonly Dictionary<string, bool> Bools = new(StringComparer.Ordinal)
    {
        ["yes"] = true, ["Yes"] = true, ["YES"] = true,
        ["true"] = true, ["True"] = true, ["TRUE"] = true,
        ["on"] = true, ["On"] = true, ["ON"] = true,
        ["no"] = false, ["No"] = false, ["NO"] = false,
        ["false"] = false, ["False"] = false, ["FALSE"] = false,
        ["off"] = false, ["Off"] = false, ["OFF"] = false,
    };

    public static bool IsPlain(YamlScalarNode node) => node.Style is ScalarStyle.Plain or ScalarStyle.Any;

    public static ScalarType Resolve(YamlScalarNode node)
    {
        if (!IsPlain(node))
        {
            return ScalarType.Text;
        }

        var value = node.Value ?? string.Empty;
        if (value.Length == 0 || value is "~" or "null" or "Null" or "NULL")
        {
            return ScalarType.Null;
        }

        if (Bools.ContainsKey(value))
        {
            return ScalarType.Bool;
        }

        return TryGetNumber(node, out _) ? ScalarType.Number : ScalarType.Text;
    }

    public static bool TryGetBool(YamlScalarNode node, out bool value)
    {
        value = false;
        return IsPlain(node) && node.Value is not null && Bools.TryGetValue(node.Value, out value);
    }

    /// Decimal ints and floats as YAML 1.1 writes them ("1_000", "4.5", "+3", "1.0e+3"); infinities and
    /// NaN are refused because no setting or answer wants them.
    public static bool TryGetNumber(YamlScalarNode node, out double value)
    {
        value = 0;
        if (!IsPlain(node) || string.IsNullOrEmpty(node.Value))
        {
            return false;
        }

        var text = node.Value.Replace("_", string.Empty, StringComparison.Ordinal);
        if (text.Length == 0 || !(char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.'))
        {
            return false;
        }

        return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                   CultureInfo.InvariantCulture, out value)
               && double.IsFinite(value);
    }

    public static bool TryGetInteger(YamlScalarNode node, out long value)
    {
        value = 0;
        if (!TryGetNumber(node, out var number) || number != Math.Floor(number) || Math.Abs(number) > int.MaxValue)
        {
            return false;
        }

        // "5.0" is a float in YAML; Red's max_score wants an int.
        if (node.Value!.Contains('.', StringComparison.Ordinal) || node.Value.Contains('e', StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        value = (long)number;
        return true;
    }
}
