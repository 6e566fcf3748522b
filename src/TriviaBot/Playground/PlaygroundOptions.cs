using System.ComponentModel.DataAnnotations;

namespace TriviaBot.Playground;

/// The local playground the main job starts when no Discord token is configured.
public sealed class PlaygroundOptions
{
    public const string Section = "Playground";

    /// Port on 127.0.0.1 for the page, the control API and the local Discord server the bot talks to (0 = any free port).
    [Range(0, 65535, ErrorMessage = "Playground:Port must be between 0 and 65535.")]
    public int Port { get; set; } = 5080;
}
