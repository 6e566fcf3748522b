namespace TriviaBot.Game;

/// Points for a correct answer, by speed and hint stage, plus a streak bonus:
/// before the hint 10 down to 6 (one point less per fifth of the time to the hint), after it 4 down to 2,
/// and +2 from the third correct answer in a row. A wrong answer scores 0 and ends the streak.
public static class Scoring
{
    public const int StreakBonus = 2;
    public const int StreakForBonus = 3;

    public static int Points(TimeSpan elapsed, TimeSpan hintAt, TimeSpan window, int streakBefore)
    {
        int basePoints;
        if (elapsed < hintAt)
        {
            var share = hintAt <= TimeSpan.Zero ? 1 : elapsed / hintAt;
            basePoints = 10 - (int)Math.Floor(share * 5);
            basePoints = Math.Clamp(basePoints, 6, 10);
        }
        else
        {
            var rest = window - hintAt;
            var share = rest <= TimeSpan.Zero ? 1 : (elapsed - hintAt) / rest;
            basePoints = Math.Clamp(4 - (int)Math.Floor(share * 3), 2, 4);
        }

        return basePoints + (streakBefore + 1 >= StreakForBonus ? StreakBonus : 0);
    }

    /// 0 before the hint appears, 1 after.
    public static int HintStage(TimeSpan elapsed, TimeSpan hintAt) => elapsed >= hintAt ? 1 : 0;
}
