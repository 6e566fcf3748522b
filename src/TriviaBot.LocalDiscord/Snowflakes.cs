using System.Globalization;

namespace TriviaBot.LocalDiscord;

/// <summary>Real Discord snowflake layout: ms since 2015-01-01 in the top 42 bits, then worker, process, increment.</summary>
internal sealed class SnowflakeGenerator(TimeProvider time)
{
    public const long DiscordEpochMs = 1420070400000;
    private long _last;

    public string Next()
    {
        var ms = Math.Max(0, time.GetUtcNow().ToUnixTimeMilliseconds() - DiscordEpochMs);
        var candidate = (ms << 22) | (1L << 17) | (1L << 12);
        while (true)
        {
            var last = Interlocked.Read(ref _last);
            var next = Math.Max(candidate, last + 1);
            if (Interlocked.CompareExchange(ref _last, next, last) == last)
            {
                return next.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    public static int ShardFor(string? guildId, int shardCount)
    {
        if (guildId is null || shardCount <= 1 || !ulong.TryParse(guildId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return 0;
        }
        return (int)((id >> 22) % (ulong)shardCount);
    }
}
