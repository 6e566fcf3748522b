using System.Globalization;

namespace TriviaBot.Bot;

/// The custom ids of the bot's buttons and modals. Each names the post, so a click is understood without any
/// in-memory state (after a restart too).
internal static class CustomIds
{
    public const string Choice = "ans";
    public const string FreeAnswer = "free";
    public const string Modal = "guess";
    public const string Report = "report";
    public const string GuessInput = "guess-text";

    public static string ForChoice(long postId, int index) => string.Create(CultureInfo.InvariantCulture, $"{Choice}:{postId}:{index}");

    public static string ForFreeAnswer(long postId) => string.Create(CultureInfo.InvariantCulture, $"{FreeAnswer}:{postId}");

    public static string ForModal(long postId) => string.Create(CultureInfo.InvariantCulture, $"{Modal}:{postId}");

    public static string ForReport(long postId) => string.Create(CultureInfo.InvariantCulture, $"{Report}:{postId}");

    /// Splits "kind:post[:index]"; false for anything malformed (a forged or stale id).
    public static bool TryParse(string? customId, out string kind, out long postId, out int index)
    {
        kind = string.Empty;
        postId = 0;
        index = -1;
        var parts = (customId ?? string.Empty).Split(':');
        if (parts.Length is < 2 or > 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out postId))
        {
            return false;
        }

        if (parts.Length == 3 && !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out index))
        {
            return false;
        }

        kind = parts[0];
        return true;
    }
}

internal static class Permissions
{
    public const ulong Administrator = 1UL << 3;
    public const ulong ManageGuild = 1UL << 5;

    /// Checked on our side from the interaction's member permissions, whatever Discord's command settings say.
    public static bool CanManage(TriviaBot.Discord.Interactions.Interaction interaction) =>
        interaction.Member is { } member && (member.Permissions & (Administrator | ManageGuild)) != 0;
}
