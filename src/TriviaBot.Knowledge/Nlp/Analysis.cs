using TriviaBot.Knowledge.Text;

namespace TriviaBot.Knowledge.Nlp;

public sealed record Sentence(int Index, int Paragraph, string Text, IReadOnlyList<Token> Tokens);

/// A person the article names; surname-only and first-name-only mentions link here (BBC citron style).
public sealed class Person(string fullName, int firstSentence)
{
    public string FullName { get; } = fullName;

    public string Surname { get; } = SurnameOf(fullName);

    public string FirstName { get; } = fullName.Split(' ')[0];

    public string[] NameParts { get; } = fullName.Split(' ');

    public int FirstSentence { get; } = firstSentence;

    public string? Role { get; set; }

    public int MentionCount { get; set; }

    /// How sure we are this is a person and not a film or band named like one ("Ed Wood", "Franz Ferdinand"):
    /// a quote, a role, an age, a verb of their own, a second mention each add one.
    public int Evidence { get; set; }

    /// The name is also the title of a work in the same article ("Vera Drake"): never an answer or distractor.
    public bool IsWorkTitle { get; set; }

    public bool IsReliable => Evidence >= 1 && !IsWorkTitle;

    public static string SurnameOf(string fullName)
    {
        var parts = fullName.Split(' ');
        var last = parts[^1];
        if (parts.Length > 2 && last.TrimEnd('.') is "Jr" or "Sr" or "II" or "III")
        {
            last = parts[^2];
        }

        return last;
    }

    public override string ToString() => FullName;
}

/// A person mention: tokens [Start, End) of a sentence.
public readonly record struct Mention(int Sentence, int Start, int End, Person Person, bool Possessive, bool Pronoun);

public enum WorkKind
{
    Title,
    Episode,
    Podcast,
    Show,
    Film,
    Album,
    Song,
    Book,
    Role,
}

/// A named work (quoted or introduced by its kind: "podcast Office Ladies", "episode … “Casino Night”").
public sealed record Work(string Title, WorkKind Kind, int Sentence, string? Owner);

/// A quote found in a sentence, before it becomes a public <see cref="Quote"/>.
public sealed record QuoteSpan(int Sentence, string Text, Person Speaker, double Confidence, string Pattern);

public sealed class ArticleAnalysis(Article article, IReadOnlyList<Sentence> sentences)
{
    public Article Article { get; } = article;

    public IReadOnlyList<Sentence> Sentences { get; } = sentences;

    public List<Person> Persons { get; } = [];

    public List<Mention>[] Mentions { get; } = sentences.Select(_ => new List<Mention>()).ToArray();

    public List<QuoteSpan> Quotes { get; } = [];

    public List<Work> Works { get; } = [];

    public int? LatestYear { get; set; }

    public int WordCount { get; set; }

    /// What ranking needs once tokens and sentences can be let go (they are most of the pipeline's memory).
    public ArticleContext ToContext() => new(
        Article.Id,
        Path.GetFileName(Path.GetDirectoryName(Article.Path)) ?? string.Empty,
        Persons.Where(p => p.IsReliable && p.FullName.Contains(' ', StringComparison.Ordinal)).Select(p => p.FullName).Order(StringComparer.Ordinal).ToArray(),
        Quotes.Select(q => q.Speaker.FullName).Distinct().Order(StringComparer.Ordinal).ToArray(),
        Works.Select(w => (w.Title, w.Kind)).Distinct().ToArray(),
        Persons.ToDictionary(p => p.FullName, p => p.MentionCount, StringComparer.Ordinal),
        LatestYear);

    public Person? FindPerson(string name)
    {
        foreach (var p in Persons)
        {
            if (string.Equals(p.FullName, name, StringComparison.Ordinal))
            {
                return p;
            }
        }

        return null;
    }
}

/// The per-article facts that distractor picking and ranking use.
public sealed record ArticleContext(
    string ArticleId,
    string Section,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<(string Title, WorkKind Kind)> Works,
    IReadOnlyDictionary<string, int> MentionCounts,
    int? LatestYear);
