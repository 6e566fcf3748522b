using System.ComponentModel.DataAnnotations;

namespace TriviaBot.Game;

public sealed class GameOptions
{
    public const string Section = "Game";

    /// How long a question stays open; the hint appears at half time.
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00", ErrorMessage = "Game:AnswerWindow must be between 00:00:05 and 00:10:00.")]
    public TimeSpan AnswerWindow { get; set; } = TimeSpan.FromSeconds(20);

    /// Pause between a game's rounds, after a reveal.
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Game:RoundGap must be between 00:00:00 and 00:05:00.")]
    public TimeSpan RoundGap { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 50, ErrorMessage = "Game:MaxRounds must be between 1 and 50.")]
    public int MaxRounds { get; set; } = 50;

    public TimeSpan HintAt => AnswerWindow / 2;
}
