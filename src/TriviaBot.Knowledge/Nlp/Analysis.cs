using System.Collections.Frozen;
using TriviaBot.Knowledge.Text;

namespace TriviaBot.Knowledge.Nlp;

public sealed record Sentence(int Index, int Paragraph, string Text, List<Token> Tokens);

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

    /// A performer known by one name ("Jamelia", "Eminem"): a person with a one-part name, asked and named as written.
    public bool IsMononym => NameParts.Length == 1 && Text.Gazetteer.Mononyms.ContainsKey(FullName);

    /// 1 male, -1 female, 0 unknown: from the given name, else the pronouns the article uses for them.
    public int Gender { get; set; }

    /// Named as someone's part ("played Don Corleone", "as Willy Wonka"): a character, never a distractor.
    public bool IsCharacter { get; set; }

    /// Whether <see cref="Gender"/> comes from the given name or the role ("actress"), not only from the pronouns the
    /// resolver tied to this person (which may have been someone else's: "She" after "Beenie Man" was Jamelia).
    public bool GenderFromName { get; set; }

    /// What a player may type for this person (full name, surname…), worked out once.
    public IReadOnlyList<string> Aliases => _aliases ??= Answers.AnswerMatcher.PersonAliases(FullName);

    private IReadOnlyList<string>? _aliases;

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

    /// Whether the headline reads as a whole line (see <see cref="Ingestion.HeadlineSplitter.ReadsWhole"/>), worked
    /// out once: every question of the article asks it.
    public bool HeadlineReadsWhole => _headlineReadsWhole ??= Ingestion.HeadlineSplitter.ReadsWhole(Headline, Article.Paragraphs.Count > 0 ? Article.Paragraphs[0] : null);

    /// The headline as a question shows it: no surrounding spaces, no closing full stop.
    public string Headline => Article.Title.Trim().TrimEnd('.');

    /// The headline's words, normalised as answers are compared (worked out once: each answer is checked against it).
    public IReadOnlyList<string> HeadlineWords => _headlineWords ??= Questions.QuestionRanker.Normalize(Headline).Split(' ');

    /// The band the story is about, if it is about one (see <see cref="Questions.DraftGenerator.StoryBand"/>): what "the
    /// band" and its "they" stand for.
    public string? Band
    {
        get
        {
            if (_otherBands is null)
            {
                (_band, _otherBands, _namedBands) = Questions.DraftGenerator.StoryBand(this);
            }

            return _band;
        }
    }

    /// Other bands the story names in passing, beside its <see cref="Band"/>.
    public IReadOnlyList<string> OtherBands
    {
        get
        {
            _ = Band;
            return _otherBands!;
        }
    }

    /// Every name the story calls a band ("rap duo OutKast", "Snow Patrol bassist"), the story's own among them.
    public IReadOnlySet<string> NamedBands
    {
        get
        {
            _ = Band;
            return _namedBands!;
        }
    }

    private string? _band;
    private IReadOnlyList<string>? _otherBands;
    private IReadOnlySet<string>? _namedBands;
    private bool? _headlineReadsWhole;
    private string[]? _headlineWords;

    /// The article's section: its folder's name ("entertainment", "sport"…).
    public string Section => Path.GetFileName(Path.GetDirectoryName(Article.Path)) ?? string.Empty;

    /// What ranking needs once tokens and sentences can be let go (they are most of the pipeline's memory).
    public ArticleContext ToContext()
    {
        var section = Section;
        return new(
            Article.Id,
            section,
            Persons.Where(p => p.IsReliable && !p.IsCharacter && p.FullName.Contains(' ', StringComparison.Ordinal)).Select(p => p.FullName).Order(StringComparer.Ordinal).ToArray(),
            Quotes.Select(q => q.Speaker).Where(p => !p.IsWorkTitle && !p.IsCharacter).Select(p => p.FullName).Distinct().Order(StringComparer.Ordinal).ToArray(),
            Works.Select(w => (w.Title, w.Kind)).Distinct().ToArray(),
            Persons.ToDictionary(p => p.FullName, p => p.MentionCount, StringComparer.Ordinal),
            LatestYear,
            Persons.ToDictionary(p => p.FullName, p => new PersonTraits(p.Gender, PersonTraits.RoleGroup(p.Role)), StringComparer.Ordinal),
            Sentences.SelectMany(s => Questions.Money.AllIn(s.Text)).Distinct().ToArray(),
            section == "sport" ? SportOf() : string.Empty);
    }

    /// Which sport a sports story is about, by the words it uses most ("try", "scrum" → rugby; "set", "Wimbledon" →
    /// tennis), or "" when it can't tell: "who said it?" choices come from the same sport.
    private string SportOf()
    {
        var scores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in Sentences)
        {
            foreach (var t in s.Tokens)
            {
                if (t.Kind == TokenKind.Word && SportWords.TryGetValue(t.Text, out var sport))
                {
                    scores[sport] = scores.GetValueOrDefault(sport) + 1;
                }
            }
        }

        var best = scores.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).FirstOrDefault();
        return best.Value >= 2 ? best.Key : string.Empty;
    }

    private static readonly FrozenDictionary<string, string> SportWords = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["rugby"] = "rugby", ["try"] = "rugby", ["tries"] = "rugby", ["scrum"] = "rugby", ["fly-half"] = "rugby", ["lock"] = "rugby", ["prop"] = "rugby", ["Lions"] = "rugby", ["Nations"] = "rugby", ["Heineken"] = "rugby",
        ["football"] = "football", ["Premiership"] = "football", ["striker"] = "football", ["midfielder"] = "football", ["goalkeeper"] = "football", ["penalty"] = "football", ["Uefa"] = "football", ["FA"] = "football",
        ["tennis"] = "tennis", ["Wimbledon"] = "tennis", ["seed"] = "tennis", ["sets"] = "tennis", ["Davis"] = "tennis", ["ATP"] = "tennis", ["WTA"] = "tennis", ["Grand"] = "tennis",
        ["athletics"] = "athletics", ["metres"] = "athletics", ["marathon"] = "athletics", ["sprinter"] = "athletics", ["sprint"] = "athletics", ["hurdles"] = "athletics", ["indoor"] = "athletics", ["IAAF"] = "athletics",
        ["cricket"] = "cricket", ["wicket"] = "cricket", ["wickets"] = "cricket", ["innings"] = "cricket", ["bowler"] = "cricket",
    }.ToFrozenDictionary(StringComparer.Ordinal);

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
    int? LatestYear,
    IReadOnlyDictionary<string, PersonTraits> Traits,
    IReadOnlyList<Questions.Money> Sums,
    string Topic = "")
{
    public PersonTraits TraitsOf(string name) => Traits.GetValueOrDefault(name);
}

/// What makes a wrong name a fair one: the same gender and the same line of work as the answer.
public readonly record struct PersonTraits(int Gender, string? Role)
{
    private static readonly HashSet<string> KnownLinesOfWork = new(StringComparer.Ordinal)
    {
        "actor", "musician", "director", "presenter", "writer", "journalist", "executive", "politician", "star", "artist", "sportsperson",
    };

    /// A role a "Which …?" stem can name: one of the lines of work distractors are matched on.
    public static bool IsLineOfWork(string? role) => RoleGroup(role) is { } g && KnownLinesOfWork.Contains(g);

    /// A role phrase ("US actor", "Film star", "singer-songwriter") to a coarse line of work, or null.
    public static string? RoleGroup(string? role)
    {
        if (string.IsNullOrWhiteSpace(role))
        {
            return null;
        }

        var lower = role.ToLowerInvariant();
        var head = lower.Split(' ')[^1];
        // "Pop stars _____ and Kylie Minogue": the plural names the same line of work.
        head = head.EndsWith("esses", StringComparison.Ordinal) ? head[..^2]
            : head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && head.Length > 4 ? head[..^1] : head;
        if (head == "star")
        {
            return lower.Contains("film", StringComparison.Ordinal) || lower.Contains("movie", StringComparison.Ordinal) || lower.Contains("hollywood", StringComparison.Ordinal)
                || lower.Contains("screen", StringComparison.Ordinal) || lower.Contains("tv", StringComparison.Ordinal) ? "actor"
                : lower.Contains("pop", StringComparison.Ordinal) || lower.Contains("rock", StringComparison.Ordinal) || lower.Contains("music", StringComparison.Ordinal)
                || lower.Contains("rap", StringComparison.Ordinal) || lower.Contains("soul", StringComparison.Ordinal) ? "musician" : "star";
        }

        return head switch
        {
            "actor" or "actress" or "comedian" or "comic" or "performer" => "actor",
            "singer" or "rapper" or "musician" or "guitarist" or "drummer" or "bassist" or "frontman" or "frontwoman" or "vocalist" or "songwriter"
                or "singer-songwriter" or "pianist" or "composer" or "conductor" or "keyboardist" or "violinist" or "star" => "musician",
            "director" or "film-maker" or "filmmaker" or "producer" => "director",
            "presenter" or "host" or "broadcaster" or "dj" or "newsreader" or "anchor" => "presenter",
            "writer" or "author" or "novelist" or "playwright" or "poet" or "screenwriter" or "dramatist" => "writer",
            "critic" or "editor" or "journalist" or "reporter" or "columnist" => "journalist",
            "executive" or "chief" or "boss" or "chairman" or "chairwoman" or "president" or "spokesman" or "spokeswoman" or "founder" or "head" => "executive",
            "minister" or "mp" or "politician" or "secretary" or "senator" or "leader" => "politician",
            "artist" or "sculptor" or "painter" or "designer" or "photographer" or "architect" => "artist",
            "footballer" or "athlete" or "sprinter" or "cricketer" or "boxer" or "golfer" or "cyclist" or "rower" or "swimmer" => "sportsperson",
            _ => head,
        };
    }
}
