using System.Globalization;
using System.Text;
using TriviaBot.Discord.Rest;
using TriviaBot.Game;
using TriviaBot.Knowledge;
using TriviaBot.Storage;

namespace TriviaBot.Bot;

/// How the bot's messages look. Article text and user names go into embeds as they are; nothing pings because
/// every message sets allowed_mentions to none (TriviaContext does it for replies, the engine for channel posts).
internal static class TriviaMessages
{
    public const int Blurple = 0x5865F2;
    public const int Green = 0x57F287;
    public const int Grey = 0x99AAB5;
    public const int Gold = 0xFEE75C;
    private static readonly string[] Letters = ["A", "B", "C", "D", "E"];

    public static string Letter(int index) => index >= 0 && index < Letters.Length ? Letters[index] : (index + 1).ToString(CultureInfo.InvariantCulture);

    public static string KindLabel(string kind) => kind switch
    {
        "multiple-choice" => "Multiple choice",
        "free-answer" => "Free answer",
        "who-said" => "Who said it?",
        _ => kind,
    };

    /// The question as posted: the prompt, the choices, and buttons (or an "Answer" button for free answer).
    public static (IReadOnlyList<Embed> Embeds, IReadOnlyList<Component> Components) Question(long postId, QuestionSnapshot q, PostRecord post, string? roundLabel, IReadOnlySet<int>? eliminated = null, bool hintShown = false)
    {
        var description = new StringBuilder();
        description.Append(Clip(q.Prompt, 1500));
        if (q.HasChoices)
        {
            description.Append("\n\n");
            for (var i = 0; i < q.Choices.Count; i++)
            {
                var struck = eliminated?.Contains(i) == true;
                description.Append(struck ? "~~" : "**").Append(Letter(i)).Append(". ").Append(Clip(q.Choices[i], 200)).Append(struck ? "~~" : "**").Append('\n');
            }
        }

        if (hintShown)
        {
            description.Append("\n💡 **Hint:** ").Append(HintText(q, eliminated));
        }

        var closes = post.ClosesAt.ToUnixTimeSeconds();
        var embed = new Embed
        {
            Title = Clip((roundLabel is null ? string.Empty : roundLabel + " · ") + KindLabel(q.Kind), 256),
            Description = Clip(description.ToString(), 4000),
            Color = Blurple,
            // The source (its title can name the answer) is shown with the answer, not before.
            Footer = new EmbedFooter(Clip($"Answers close <t:{closes}:R> · difficulty {q.Difficulty}/3", 2000)),
        };

        Component row;
        if (q.HasChoices)
        {
            row = Component.Row(q.Choices.Select((c, i) =>
                Component.Button(CustomIds.ForChoice(postId, i), ButtonLabel(i, c), ButtonStyle.Primary, disabled: eliminated?.Contains(i) == true)).Take(5).ToArray());
        }
        else
        {
            row = Component.Row(Component.Button(CustomIds.ForFreeAnswer(postId), "Answer", ButtonStyle.Primary));
        }

        return ([embed], [row]);
    }

    public static string HintText(QuestionSnapshot q, IReadOnlySet<int>? eliminated) =>
        q.HasChoices && eliminated is { Count: > 0 }
            ? "it isn't " + string.Join(" or ", eliminated.Order().Select(i => Letter(i)))
            : string.IsNullOrWhiteSpace(q.Hint) ? "no hint for this one" : Clip(q.Hint, 300);

    /// Two wrong choices to strike at the hint (stable per post, so a restart strikes the same ones).
    public static IReadOnlySet<int> Eliminated(QuestionSnapshot q, long postId)
    {
        if (!q.HasChoices || q.Choices.Count < 3)
        {
            return new HashSet<int>();
        }

        var wrong = Enumerable.Range(0, q.Choices.Count).Where(i => i != q.CorrectIndex).ToArray();
        new Random(unchecked((int)postId)).Shuffle(wrong);
        return wrong.Take(Math.Min(2, wrong.Length - 1)).ToHashSet();
    }

    /// The reveal that replaces the question: the answer, who got it right and how fast, the source, a report button.
    public static (IReadOnlyList<Embed> Embeds, IReadOnlyList<Component> Components) Reveal(long postId, QuestionSnapshot q, RevealOutcome outcome, string? roundLabel)
    {
        var answers = outcome.Answers;
        var right = answers.Where(a => a.Correct).OrderBy(a => a.Elapsed).ToList();
        var description = new StringBuilder();
        description.Append(Clip(q.Prompt, 1500)).Append("\n\n✅ **").Append(Clip(q.Answer, 200)).Append("**");
        var fields = new List<EmbedField>();
        if (answers.Count == 0)
        {
            fields.Add(new EmbedField("Answers", "Nobody answered this one."));
        }
        else
        {
            var share = (double)right.Count / answers.Count;
            fields.Add(new EmbedField("Answers", string.Create(CultureInfo.InvariantCulture, $"{answers.Count} answered · {right.Count} right ({share * 100:0}%)"), Inline: false));
            if (right.Count > 0)
            {
                var lines = right.Take(10).Select((a, i) => string.Create(CultureInfo.InvariantCulture,
                    $"{(i == 0 ? "⚡" : "•")} {Escape(a.UserName)} — {a.Elapsed.TotalSeconds:0.0} s (+{a.Points ?? 0})"));
                var more = right.Count > 10 ? $"\n… and {right.Count - 10} more" : string.Empty;
                fields.Add(new EmbedField("Got it right", Clip(string.Join('\n', lines) + more, 1024)));
            }
        }

        fields.Add(new EmbedField("Source", Clip($"> {q.Source}\n— *{q.SourceTitle}*", 1024)));
        var embed = new Embed
        {
            Title = Clip((roundLabel is null ? string.Empty : roundLabel + " · ") + "The answer", 256),
            Description = Clip(description.ToString(), 4000),
            Color = Green,
            Fields = fields,
        };

        var rows = new List<Component>();
        if (q.HasChoices)
        {
            rows.Add(Component.Row(q.Choices.Select((c, i) =>
                Component.Button(CustomIds.ForChoice(postId, i), ButtonLabel(i, c), i == q.CorrectIndex ? ButtonStyle.Success : ButtonStyle.Secondary, disabled: true)).Take(5).ToArray()));
        }

        rows.Add(Component.Row(Component.Button(CustomIds.ForReport(postId), "Report question", ButtonStyle.Secondary)));
        return ([embed], rows);
    }

    public static Embed Scoreboard(string title, IReadOnlyList<PlayerScore> scores, string? footer)
    {
        var text = scores.Count == 0
            ? "Nobody scored."
            : string.Join('\n', scores.Take(20).Select((s, i) => string.Create(CultureInfo.InvariantCulture,
                $"{Medal(i)} **{Escape(s.UserName)}** — {s.Points} pts · {s.Correct}/{s.Answered} right")));
        return new Embed { Title = title, Description = Clip(text, 4000), Color = Gold, Footer = footer is null ? null : new EmbedFooter(footer) };
    }

    public static Embed Leaderboard(string title, LeaderboardPage page, int pageNumber, int pageSize)
    {
        var pages = Math.Max(1, (page.TotalPlayers + pageSize - 1) / pageSize);
        var text = page.Entries.Count == 0
            ? "No scores yet — answer a question with /trivia."
            : string.Join('\n', page.Entries.Select(e => string.Create(CultureInfo.InvariantCulture,
                $"{Medal(e.Rank - 1)} **{Escape(e.Score.UserName)}** — {e.Score.Points} pts · {e.Score.Correct}/{e.Score.Answered} ({e.Score.Accuracy * 100:0}%)")));
        return new Embed
        {
            Title = title,
            Description = Clip(text, 4000),
            Color = Gold,
            Footer = new EmbedFooter(string.Create(CultureInfo.InvariantCulture, $"Page {pageNumber}/{pages} · {page.TotalPlayers} players")),
        };
    }

    public static Embed Player(RankedPlayer player, int totalPlayers) => new()
    {
        Title = Clip(Escape(player.Score.UserName), 256),
        Color = Gold,
        Fields =
        [
            new EmbedField("Points", player.Score.Points.ToString(CultureInfo.InvariantCulture), Inline: true),
            new EmbedField("Rank", string.Create(CultureInfo.InvariantCulture, $"#{player.Rank} of {totalPlayers}"), Inline: true),
            new EmbedField("Answered", player.Score.Answered.ToString(CultureInfo.InvariantCulture), Inline: true),
            new EmbedField("Accuracy", string.Create(CultureInfo.InvariantCulture, $"{player.Score.Accuracy * 100:0}% ({player.Score.Correct} right)"), Inline: true),
            new EmbedField("Best streak", player.Score.BestStreak.ToString(CultureInfo.InvariantCulture), Inline: true),
            new EmbedField("Current streak", player.Score.Streak.ToString(CultureInfo.InvariantCulture), Inline: true),
        ],
    };

    public static Embed QuoteCard(Quote quote, string articleTitle) => new()
    {
        Description = Clip($"“{quote.Text}”", 4000),
        Author = new EmbedAuthor(Clip(quote.Speaker, 256)),
        Color = Blurple,
        Footer = new EmbedFooter(Clip($"{quote.Speaker} · \"{articleTitle}\"", 2000)),
    };

    public static Embed FactCard(Fact fact, string articleTitle) => new()
    {
        Title = "Did you know?",
        Description = Clip(fact.Sentence, 4000),
        Color = Blurple,
        Footer = new EmbedFooter(Clip($"Source: \"{articleTitle}\"", 2000)),
    };

    public static string Clip(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");

    /// Markdown in a user name must not restyle the message (a name like "**x**").
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '*' or '_' or '~' or '`' or '|' or '>' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string ButtonLabel(int index, string choice) => Clip($"{Letter(index)}. {choice}", 80);

    private static string Medal(int index) => index switch
    {
        0 => "🥇",
        1 => "🥈",
        2 => "🥉",
        _ => string.Create(CultureInfo.InvariantCulture, $"{index + 1}."),
    };
}
