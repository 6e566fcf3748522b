using TriviaBot.Knowledge;
using TriviaBot.Knowledge.Packs;

namespace TriviaBot.Game;

/// A servable question and the topic it belongs to (its article's title, or its pack's name).
public sealed record PoolQuestion(Question Question, string Topic);

public enum PickOutcome
{
    Picked,
    /// Nothing matches the filter (unknown topic, or no question of that kind).
    NoMatch,
    /// The channel has had every question matching the filter, but not yet every question: no repeat yet.
    FilterExhausted,
}

/// <see cref="CycleRestarted"/>: the channel had seen every question, so its cycle starts again (the caller
/// forgets what it has seen, except the question just picked).
public sealed record PickResult(PickOutcome Outcome, PoolQuestion? Picked, bool CycleRestarted);

/// What the bot can serve: the served questions of the articles and every pack question, with topics for
/// autocomplete. Immutable; a content reload builds a new one.
public sealed class QuestionPool
{
    private readonly Dictionary<string, PoolQuestion> _byId;

    public QuestionPool(IReadOnlyList<PoolQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        Questions = questions;
        _byId = questions.GroupBy(q => q.Question.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        Topics = questions.Select(q => q.Topic).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToArray();
    }

    public static QuestionPool Empty { get; } = new([]);

    public IReadOnlyList<PoolQuestion> Questions { get; }

    public IReadOnlyList<string> Topics { get; }

    public PoolQuestion? Find(string questionId) => _byId.GetValueOrDefault(questionId);

    public static QuestionPool From(KnowledgeBase knowledge, IEnumerable<QuestionPack> packs)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(packs);
        var titles = knowledge.Articles.ToDictionary(a => a.Id, a => a.Title, StringComparer.Ordinal);
        var questions = knowledge.Served
            .Select(q => new PoolQuestion(q, titles.GetValueOrDefault(q.ArticleId, q.ArticleId)))
            .Concat(packs.SelectMany(p => p.Questions.Select(q => new PoolQuestion(q, p.Name))))
            .ToList();
        return new QuestionPool(questions);
    }

    /// Topics containing <paramref name="typed"/> (prefix matches first), for autocomplete.
    public IReadOnlyList<string> MatchTopics(string? typed, int limit) => Match(Topics, typed, limit);

    /// Picks a question the channel hasn't had: never a retired one, never a repeat until the channel has had
    /// every question of the pool.
    public PickResult Pick(string? topic, string? kind, IReadOnlySet<string> seen, IReadOnlySet<string> retired, Random random)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(retired);
        ArgumentNullException.ThrowIfNull(random);
        var live = Questions.Where(q => !retired.Contains(q.Question.Id)).ToList();
        var eligible = live.Where(q => Matches(q, topic, kind)).ToList();
        if (eligible.Count == 0)
        {
            return new PickResult(PickOutcome.NoMatch, null, false);
        }

        var unseen = eligible.Where(q => !seen.Contains(q.Question.Id)).ToList();
        if (unseen.Count > 0)
        {
            var fresh = WithFreshAnswers(unseen, seen);
            return new PickResult(PickOutcome.Picked, fresh[random.Next(fresh.Count)], false);
        }

        if (live.Any(q => !seen.Contains(q.Question.Id)))
        {
            return new PickResult(PickOutcome.FilterExhausted, null, false);
        }

        return new PickResult(PickOutcome.Picked, eligible[random.Next(eligible.Count)], true);
    }

    /// The daily pick: never a question the channel has had until it has had them all, newest articles first
    /// (<paramref name="articleDates"/>; pack questions count as oldest), at random within the newest article.
    public PickResult PickNewest(IReadOnlySet<string> seen, IReadOnlySet<string> retired, IReadOnlyDictionary<string, DateTime> articleDates, Random random)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(retired);
        ArgumentNullException.ThrowIfNull(articleDates);
        ArgumentNullException.ThrowIfNull(random);
        var live = Questions.Where(q => !retired.Contains(q.Question.Id)).ToList();
        if (live.Count == 0)
        {
            return new PickResult(PickOutcome.NoMatch, null, false);
        }

        var unseen = live.Where(q => !seen.Contains(q.Question.Id)).ToList();
        var restarted = unseen.Count == 0;
        var candidates = restarted ? live : unseen;
        var newest = candidates.GroupBy(q => q.Question.ArticleId, StringComparer.Ordinal)
            .OrderByDescending(g => articleDates.GetValueOrDefault(g.Key, DateTime.MinValue))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First()
            .ToList();
        var fresh = restarted ? newest : WithFreshAnswers(newest, seen);
        return new PickResult(PickOutcome.Picked, fresh[random.Next(fresh.Count)], restarted);
    }

    /// Of <paramref name="candidates"/>, those whose answer the channel hasn't had from the same story: a story can
    /// serve several questions about its subject ("Who…?", "Fill in the blank: _____ has died aged 91…"), and the second
    /// would repeat the first's answer. All of them when every one would.
    private List<PoolQuestion> WithFreshAnswers(List<PoolQuestion> candidates, IReadOnlySet<string> seen)
    {
        if (seen.Count == 0)
        {
            return candidates;
        }

        var had = new HashSet<(string, string)>();
        foreach (var id in seen)
        {
            if (_byId.TryGetValue(id, out var q))
            {
                had.Add(AnswerKey(q));
            }
        }

        var fresh = candidates.Where(q => !had.Contains(AnswerKey(q))).ToList();
        return fresh.Count > 0 ? fresh : candidates;
    }

    private static (string, string) AnswerKey(PoolQuestion q) => (q.Question.ArticleId, q.Question.Answer.Trim().ToUpperInvariant());

    public static IReadOnlyList<string> Match(IEnumerable<string> values, string? typed, int limit)
    {
        ArgumentNullException.ThrowIfNull(values);
        var text = typed?.Trim() ?? string.Empty;
        return values
            .Select(v => (Value: v, At: text.Length == 0 ? 0 : v.IndexOf(text, StringComparison.OrdinalIgnoreCase)))
            .Where(x => x.At >= 0)
            .OrderBy(x => x.At == 0 ? 0 : 1)
            .ThenBy(x => x.Value, StringComparer.OrdinalIgnoreCase)
            .Take(limit)
            .Select(x => x.Value)
            .ToArray();
    }

    private static bool Matches(PoolQuestion q, string? topic, string? kind) =>
        (string.IsNullOrWhiteSpace(topic) || string.Equals(q.Topic, topic.Trim(), StringComparison.OrdinalIgnoreCase))
        && (kind is null || string.Equals(q.Question.Kind.ToWire(), kind, StringComparison.Ordinal));
}
