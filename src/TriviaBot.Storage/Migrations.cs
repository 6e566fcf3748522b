using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace TriviaBot.Storage;

/// The versioned SQL migrations embedded from <c>Migrations/NNNN_name.sql</c>, in version order.
internal static partial class Migrations
{
    public sealed record Migration(int Version, string Name, string Sql);

    public static IReadOnlyList<Migration> All { get; } = Load();

    [GeneratedRegex(@"^TriviaBot\.Storage\.Migrations\.(?<v>\d{4})_(?<n>[a-z0-9_]+)\.sql$")]
    private static partial Regex ResourceName();

    private static List<Migration> Load()
    {
        var assembly = typeof(Migrations).Assembly;
        var migrations = new List<Migration>();
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var match = ResourceName().Match(name);
            if (!match.Success)
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"Missing resource {name}.");
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(int.Parse(match.Groups["v"].Value, CultureInfo.InvariantCulture), match.Groups["n"].Value, reader.ReadToEnd()));
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        return migrations;
    }
}
