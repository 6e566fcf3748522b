using System.Globalization;
using System.Text.RegularExpressions;
using Cronos;

namespace TriviaBot.Game;

/// One due daily post: the instant and the channel's local calendar date it belongs to (the claim key).
public readonly record struct DailyOccurrence(DateTimeOffset At, DateOnly LocalDate);

/// When a channel's daily question is due: a local wall-clock time in an IANA zone, turned into instants by
/// Cronos, which handles the daylight-saving edges the way people expect — a time skipped by the spring-forward
/// jump fires at the first valid minute after it, and a time that happens twice in the autumn fires once (the
/// first time). Nothing stores a UTC offset: every instant is computed from the zone rules of that very day.
public sealed partial class DailySchedule
{
    private readonly CronExpression _cron;

    private DailySchedule(TimeOnly localTime, TimeZoneInfo zone)
    {
        LocalTime = localTime;
        Zone = zone;
        _cron = CronExpression.Parse(string.Create(CultureInfo.InvariantCulture, $"{localTime.Minute} {localTime.Hour} * * *"));
    }

    public TimeOnly LocalTime { get; }

    public TimeZoneInfo Zone { get; }

    public const string TimeFormatHelp = "a 24-hour time as HH:mm, e.g. 09:00 or 18:30";

    public const string ZoneHelp = "an IANA time zone name such as Europe/Berlin, America/New_York or Asia/Tokyo (pick one from the list as you type)";

    [GeneratedRegex(@"^([01]\d|2[0-3]):([0-5]\d)$")]
    private static partial Regex TimePattern();

    public static bool TryParseTime(string? text, out TimeOnly time)
    {
        time = default;
        var match = TimePattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        time = new TimeOnly(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        return true;
    }

    /// An IANA zone known to the runtime's time zone data. Windows ids and fixed offsets are refused: a channel's
    /// schedule must follow its region's daylight-saving rules.
    public static bool TryFindZone(string? name, out TimeZoneInfo zone)
    {
        zone = TimeZoneInfo.Utc;
        var id = name?.Trim();
        if (string.IsNullOrEmpty(id) || id.StartsWith('+') || id.StartsWith('-') || !id.Contains('/', StringComparison.Ordinal) && id is not "UTC" and not "Etc/UTC")
        {
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) || !found.HasIanaId)
        {
            return false;
        }

        zone = found;
        return true;
    }

    /// IANA zone names for autocomplete.
    public static IReadOnlyList<string> ZoneNames { get; } =
        TimeZoneInfo.GetSystemTimeZones().Where(z => z.HasIanaId && z.Id.Contains('/', StringComparison.Ordinal)).Select(z => z.Id).Append("UTC").Order(StringComparer.Ordinal).ToArray();

    public static DailySchedule Create(TimeOnly localTime, TimeZoneInfo zone) => new(localTime, zone ?? throw new ArgumentNullException(nameof(zone)));

    /// The first occurrence strictly after <paramref name="after"/>.
    public DailyOccurrence Next(DateTimeOffset after)
    {
        var next = _cron.GetNextOccurrence(after, Zone, inclusive: false) ?? throw new InvalidOperationException("A daily schedule always has a next occurrence.");
        return new DailyOccurrence(next, LocalDate(next));
    }

    /// The latest occurrence at or before <paramref name="now"/> (at most two days back), or null.
    public DailyOccurrence? Latest(DateTimeOffset now)
    {
        DailyOccurrence? latest = null;
        foreach (var at in _cron.GetOccurrences(now.AddDays(-2), now, Zone, fromInclusive: true, toInclusive: true))
        {
            latest = new DailyOccurrence(at, LocalDate(at));
        }

        return latest;
    }

    public DateOnly LocalDate(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, Zone).DateTime);

    /// "Tue 24 Nov 09:00 (Europe/Berlin)".
    public string Describe(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Zone).ToString("ddd d MMM HH:mm", CultureInfo.InvariantCulture) + " (" + Zone.Id + ")";

    /// "in 3 h 5 min".
    public static string Relative(TimeSpan span)
    {
        if (span <= TimeSpan.Zero)
        {
            return "now";
        }

        var parts = new List<string>();
        if (span.Days > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{span.Days} d"));
        }

        if (span.Hours > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{span.Hours} h"));
        }

        if (span.Days == 0 && span.Minutes > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{span.Minutes} min"));
        }

        return "in " + (parts.Count == 0 ? "under a minute" : string.Join(' ', parts));
    }
}
