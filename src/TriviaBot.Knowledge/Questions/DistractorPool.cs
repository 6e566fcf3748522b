using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;
using TriviaBot.Knowledge.Nlp;
using TriviaBot.Knowledge.Text;

namespace TriviaBot.Knowledge.Questions;

/// Same-type wrong answers: the same article first, then the rest of the corpus (same section first), then a small
/// shipped gazetteer (THE-MENTOR order). Picks are deterministic per question so ids and choices are stable.
public sealed partial class DistractorPool
{
    private readonly Dictionary<string, List<(string Name, PersonTraits Traits)>> _people = new(StringComparer.Ordinal);
    private readonly HashSet<(string, string)> _seen = [];
    private readonly Dictionary<string, int> _articlesPerName = new(StringComparer.Ordinal);
    private readonly HashSet<string> _speakers = new(StringComparer.Ordinal);

    // Two- and three-word runs of every work title: "Bridget Jones" is a film's heroine, not a distractor.
    private readonly HashSet<string> _titleNames = new(StringComparer.Ordinal);

    public void Add(ArticleContext a)
    {
        var section = PoolKey(a);
        foreach (var name in a.People.Concat(a.Speakers).Distinct())
        {
            _articlesPerName[name] = _articlesPerName.GetValueOrDefault(name) + 1;
        }

        _speakers.UnionWith(a.Speakers);

        foreach (var (title, _) in a.Works)
        {
            var words = title.Split([' ', ':', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w).ToArray();
            for (var n = 2; n <= 3; n++)
            {
                for (var i = 0; i + n <= words.Length; i++)
                {
                    _titleNames.Add(string.Join(' ', words[i..(i + n)]));
                }
            }
        }

        foreach (var name in a.People)
        {
            if (_seen.Add((section, name)))
            {
                if (!_people.TryGetValue(section, out var list))
                {
                    _people[section] = list = [];
                }

                list.Add((name, a.TraitsOf(name)));
            }
        }
    }

    private static string PoolKey(ArticleContext a) => a.Topic.Length == 0 ? a.Section : a.Section + "/" + a.Topic;

    public List<string> Pick(Draft d, ArticleContext a, int count = 3)
    {
        var seed = StableSeed(d.Prompt + "\u001f" + d.Answer);
        return d.Type switch
        {
            // "worked with Marley from 1977 until his death in what year?": neither 1977 (the stem shows it) nor before.
            // An award's year is its film's or its ceremony's ("Amadeus beat The Killing Fields in 1984" — the 1985
            // Oscars): the neighbouring year is no wrong answer.
            AnswerType.Year => Numeric(d.Answer, seed, a.LatestYear, QuestionRanker.MentionsAward(d.Prompt) ? 2 : 1, 5, count, floor: YearFloor(d), shown: d.Prompt),
            AnswerType.Age => Numeric(d.Answer, seed, null, 2, 9, count, shown: d.Prompt),
            // "went in at number _____": the neighbouring places.
            // ("…at number _____" under "Snicket tops US box office chart": the top is taken.)
            AnswerType.Position => Numeric(d.Answer, seed, null, 1, 3, count, floor: HeadlineHasTheTop(d.Prompt) ? 2 : 1, shown: d.Prompt),
            AnswerType.Number => Counts(d, seed, count),
            AnswerType.Money => Sums(d, a, seed, count),
            AnswerType.Place => Places(d, a, seed, count),
            AnswerType.Name => [],
            AnswerType.Person or AnswerType.Speaker => People(d, a, seed, count),
            _ => Works(d, a, seed, count),
        };
    }

    /// Names from the same article first, then people of the same section of the corpus (the same era and beat) in
    /// the answer's line of work and of its gender. No list of famous names: a 2005 record executive among today's
    /// pop stars is no choice at all. Fewer than three fair names and the question goes without choices.
    private List<string> People(Draft d, ArticleContext a, ulong seed, int count)
    {
        var picked = new List<string>();
        var answer = AnswerTraits(d, a);

        // "Who said it?" with the speaker's line of work known: the story's other critics, band members or producers
        // could each have said it (judges rejected all four critics of one survey, a singer among his band), so the
        // choices are people of that line of work quoted in other stories.
        var speakerOfKnownWork = d.Type == AnswerType.Speaker && answer.Role is not null and not "star";
        if (d.Type == AnswerType.Speaker && GenderCue(d.Prompt) == 0 && !speakerOfKnownWork)
        {
            // The quote says nothing of its speaker: whoever else the article quotes or names is a fair guess,
            // whatever their gender or line of work ("I remember feeling very alone…": Fischer, Krasinski, Kinsey).
            // (The bot shows the article's title only with the answer, so a name in it is fair here too.)
            Take(picked, d, a.Speakers, count);
            Take(picked, d, a.People.Where(n => a.TraitsOf(n).Role is not null || a.MentionCounts.GetValueOrDefault(n) >= 2), count);
        }

        if (d.Type == AnswerType.Speaker && !speakerOfKnownWork)
        {
            // Other speakers of the same article are the most plausible "who said it?" choices.
            Take(picked, d, a.Speakers.Where(n => !_titleNames.Contains(n) && Fits(answer, a.TraitsOf(n), sameArticle: true)), count);
        }

        if (!speakerOfKnownWork)
        {
            Take(picked, d, a.People.Where(n => !_titleNames.Contains(n) && Fits(answer, a.TraitsOf(n), sameArticle: true)), count);
        }

        // "Who said it?" choices from other stories (a 1950s film star, a critic nobody knows) are filler a reader
        // sees through, unless they were quoted too and share the speaker's line of work and gender: a rapper's
        // words among three other rappers who spoke to the press. Without three the quote is not asked.
        var speaker = d.Type == AnswerType.Speaker;
        // (For a speaker of known line of work, nobody of this story: see above.)
        var inStory = speakerOfKnownWork ? a.People.Concat(a.Speakers).ToHashSet(StringComparer.Ordinal) : null;
        // ("star" says too little: a rapper among film stars.)
        // (Sports stories pool by sport: a tennis coach among rugby coaches stands out.)
        var section = speaker && answer.Role is null or "star" ? null : _people.GetValueOrDefault(PoolKey(a));
        // With no line of work to match, a famous name among unknowns stands out: take the little-known.
        var obscureOnly = answer.Role is null;
        if (section is not null)
        {
            TakeFrom(section);
        }

        // An executive's, a journalist's or a politician's words among those of the same line of work quoted in the
        // other sections, when the story's own section has too few: a film studio's chief among company chiefs.
        if (speakerOfKnownWork && answer.Role is "executive" or "journalist" or "politician")
        {
            var own = PoolKey(a);
            foreach (var key in _people.Keys.Order(StringComparer.Ordinal))
            {
                if (key != own)
                {
                    TakeFrom(_people[key]);
                }
            }
        }

        return picked;

        void TakeFrom(List<(string Name, PersonTraits Traits)> pool)
        {
            if (picked.Count < count)
            {
                Take(
                    picked,
                    d,
                    Rotate(pool, seed)
                        .Where(p => Fits(answer, p.Traits, sameArticle: false) && !_titleNames.Contains(p.Name) && (!speaker || _speakers.Contains(p.Name))
                            && !(inStory?.Contains(p.Name) ?? false)
                            && (!obscureOnly || (_articlesPerName.GetValueOrDefault(p.Name) <= 2 && !Gazetteer.PeopleEntertainment.Contains(p.Name) && !Gazetteer.PeopleGeneral.Contains(p.Name))))
                        .Select(p => p.Name),
                    count);
            }
        }
    }

    /// The answer's gender and line of work: the article's, else the stem's own words for them ("Which comedian…?",
    /// "Pop stars _____ and Kylie Minogue", "her film").
    internal static PersonTraits AnswerTraits(Draft d, ArticleContext a)
    {
        var answer = a.TraitsOf(d.Answer);
        if (answer.Gender == 0)
        {
            answer = answer with { Gender = GenderCue(d.Prompt) };
        }

        if (answer.Role is not null)
        {
            return answer;
        }

        // The longest role phrase right after "Which", else the shortest right before the blank.
        var words = d.Prompt.Split(' ');
        if (d.Prompt.StartsWith("Which ", StringComparison.Ordinal))
        {
            for (var n = Math.Min(4, words.Length - 1); n >= 1; n--)
            {
                if (LineOfWork(words[1..(n + 1)]) is { } role)
                {
                    return answer with { Role = role };
                }
            }
        }

        var blank = Array.FindIndex(words, w => w.StartsWith("_____", StringComparison.Ordinal));
        for (var n = 1; blank - n >= 0 && n <= 3; n++)
        {
            if (LineOfWork(words[(blank - n)..blank]) is { } role)
            {
                return answer with { Role = role };
            }
        }

        return answer;

        static string? LineOfWork(string[] phrase)
        {
            var text = string.Join(' ', phrase);
            return PersonTraits.IsLineOfWork(text) ? PersonTraits.RoleGroup(text) : null;
        }
    }

    /// "best actress", "her film": the stem's own word for the answer's gender.
    internal static int GenderCue(string prompt)
    {
        var outside = " " + QuestionRanker.Normalize(QuestionRanker.OutsideQuotes(prompt)) + " ";
        // "Who became Jennifer Lopez's third husband?": a husband is the answer's own role.
        static bool Any(string text, string[] words) => words.Any(w => QuestionRanker.ContainsWord(text, w));
        var female = Any(outside, ["actress", "her", "she", "herself", "female", "wife", "girlfriend", "mother", "daughter", "frontwoman", "businesswoman", "spokeswoman", "chairwoman"]);
        var male = Any(outside, ["his", "he", "himself", "husband", "boyfriend", "father", "son", "frontman", "businessman", "spokesman", "chairman"]);
        return female == male ? 0 : female ? -1 : 1;
    }

    /// Same gender when both are known (and, from another article, known at all when the answer's is); the same
    /// line of work when both are known (and, from another article, whenever the answer's is).
    internal static bool Fits(PersonTraits answer, PersonTraits candidate, bool sameArticle)
    {
        if (answer.Gender != 0 && candidate.Gender != answer.Gender)
        {
            return false;
        }

        // A presenter's question with a football manager among the choices gives itself away: when the answer's line
        // of work is known, every choice must share it, from the same article too.
        if (answer.Role is not null && candidate.Role != answer.Role)
        {
            return false;
        }

        // A quoted official with no stated role is best hidden among others like them, not among stars.
        return answer.Role is not null || sameArticle || candidate.Role is null or "executive" or "journalist";
    }

    private List<string> Works(Draft d, ArticleContext a, ulong seed, int count)
    {
        var picked = new List<string>();
        // Titles from other stories of the section are too often mis-typed (an album offered as a film, "Jimmy" as
        // a film): only the article's own works and the curated lists.
        Take(picked, d, a.Works.Where(w => Draft.TypeOf(w.Kind) == d.Type).Select(w => w.Title).Distinct(), count);

        var gazetteer = d.Type switch
        {
            AnswerType.Episode => Gazetteer.TvEpisodesOrdered,
            AnswerType.Podcast => Gazetteer.PodcastsOrdered,
            // Films and series have no era in the lists: a 2005 story can't offer a 2018 film. Theirs come from the
            // article alone (fewer than three and the title is typed instead).
            _ => (IReadOnlyList<string>)[],
        };
        Take(picked, d, Rotate(gazetteer, seed), count);
        return picked;
    }

    /// A country among countries, a city among cities of the same part of the world (a Cambridge man sentenced in
    /// London among Manchester and Leeds, not Zurich and Warsaw); never one the source sentence also names. In a sports
    /// story a team's country is among teams' countries: "made his debut against _____" is France among Ireland, Italy
    /// and Scotland, not Ethiopia and Finland (judged 2026-12-07).
    private List<string> Places(Draft d, ArticleContext a, ulong seed, int count)
    {
        var picked = new List<string>();
        var region = Region(d.Answer);
        var candidates = a.Section == "sport" && SportingNations.Contains(d.Answer)
            ? Spread(SportingNations, seed)
            : Spread(Gazetteer.PlacesOrdered, seed).Where(p => Region(p) == region);
        // A country among countries of its own part of the world first: Angola among Afghanistan, Italy and Serbia
        // stood out (judged 2026-12-07).
        if (region == "country" && Continents.TryGetValue(d.Answer, out var continent))
        {
            candidates = candidates.OrderBy(p => Continents.GetValueOrDefault(p) != continent);
        }

        Take(picked, d, candidates.Where(p => !d.Source.Contains(p, StringComparison.Ordinal)), count);
        return picked;
    }

    // Each country of countries.txt, by its part of the world (the UK's nations are asked among each other instead).
    private static readonly FrozenDictionary<string, string> Continents = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        // africa
        ["Algeria"] = "africa", ["Angola"] = "africa", ["Botswana"] = "africa", ["Cameroon"] = "africa", ["Egypt"] = "africa",
        ["Eritrea"] = "africa", ["Ethiopia"] = "africa", ["Ghana"] = "africa", ["Kenya"] = "africa", ["Liberia"] = "africa",
        ["Libya"] = "africa", ["Madagascar"] = "africa", ["Malawi"] = "africa", ["Mali"] = "africa", ["Morocco"] = "africa",
        ["Mozambique"] = "africa", ["Namibia"] = "africa", ["Nigeria"] = "africa", ["Rwanda"] = "africa", ["Senegal"] = "africa",
        ["Somalia"] = "africa", ["South Africa"] = "africa", ["Sudan"] = "africa", ["Tanzania"] = "africa", ["Tunisia"] = "africa",
        ["Uganda"] = "africa", ["Zambia"] = "africa", ["Zimbabwe"] = "africa",
        // asia
        ["Afghanistan"] = "asia", ["Bangladesh"] = "asia", ["Cambodia"] = "asia", ["China"] = "asia", ["India"] = "asia",
        ["Indonesia"] = "asia", ["Japan"] = "asia", ["Kazakhstan"] = "asia", ["Malaysia"] = "asia", ["Mongolia"] = "asia",
        ["Nepal"] = "asia", ["North Korea"] = "asia", ["Pakistan"] = "asia", ["Philippines"] = "asia", ["South Korea"] = "asia",
        ["Sri Lanka"] = "asia", ["Taiwan"] = "asia", ["Thailand"] = "asia", ["Uzbekistan"] = "asia", ["Vietnam"] = "asia",
        // middle-east
        ["Bahrain"] = "middle-east", ["Iran"] = "middle-east", ["Iraq"] = "middle-east", ["Israel"] = "middle-east", ["Kuwait"] = "middle-east",
        ["Lebanon"] = "middle-east", ["Oman"] = "middle-east", ["Qatar"] = "middle-east", ["Saudi Arabia"] = "middle-east", ["Syria"] = "middle-east",
        ["United Arab Emirates"] = "middle-east", ["Yemen"] = "middle-east",
        // europe
        ["Albania"] = "europe", ["Armenia"] = "europe", ["Austria"] = "europe", ["Azerbaijan"] = "europe", ["Belarus"] = "europe",
        ["Belgium"] = "europe", ["Bosnia"] = "europe", ["Bulgaria"] = "europe", ["Croatia"] = "europe", ["Cyprus"] = "europe",
        ["Czech Republic"] = "europe", ["Denmark"] = "europe", ["Estonia"] = "europe", ["Finland"] = "europe",
        ["France"] = "europe", ["Germany"] = "europe", ["Greece"] = "europe", ["Hungary"] = "europe", ["Iceland"] = "europe",
        ["Ireland"] = "europe", ["Italy"] = "europe", ["Latvia"] = "europe", ["Lithuania"] = "europe", ["Luxembourg"] = "europe",
        ["Malta"] = "europe", ["Moldova"] = "europe", ["Netherlands"] = "europe", ["Norway"] = "europe",
        ["Poland"] = "europe", ["Portugal"] = "europe", ["Romania"] = "europe", ["Russia"] = "europe",
        ["Serbia"] = "europe", ["Slovakia"] = "europe", ["Slovenia"] = "europe", ["Spain"] = "europe", ["Sweden"] = "europe",
        ["Switzerland"] = "europe", ["Turkey"] = "europe", ["Ukraine"] = "europe", ["United Kingdom"] = "europe",
        // americas
        ["Argentina"] = "americas", ["Bolivia"] = "americas", ["Brazil"] = "americas", ["Canada"] = "americas", ["Chile"] = "americas",
        ["Colombia"] = "americas", ["Cuba"] = "americas", ["Ecuador"] = "americas", ["Haiti"] = "americas", ["Jamaica"] = "americas",
        ["Mexico"] = "americas", ["Nicaragua"] = "americas", ["Panama"] = "americas", ["Paraguay"] = "americas", ["Peru"] = "americas",
        ["United States"] = "americas", ["Uruguay"] = "americas", ["Venezuela"] = "americas",
        // oceania
        ["Australia"] = "oceania", ["Fiji"] = "oceania", ["New Zealand"] = "oceania",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // The nations of rugby's Six Nations and Tri-Nations, football's and tennis's usual names.
    private static readonly string[] SportingNations =
    [
        "Argentina", "Australia", "Belgium", "Brazil", "Croatia", "England", "France", "Germany", "Ireland", "Italy", "Netherlands",
        "New Zealand", "Portugal", "Russia", "Scotland", "South Africa", "Spain", "Sweden", "Switzerland", "Wales",
    ];

    private static readonly HashSet<string> UkNations = new(StringComparer.Ordinal) { "England", "Scotland", "Wales", "Northern Ireland" };

    private static readonly HashSet<string> UkCities = new(StringComparer.Ordinal)
    {
        "Belfast", "Birmingham", "Brighton", "Bristol", "Cambridge", "Cardiff", "Edinburgh", "Glasgow", "Leeds", "Liverpool", "London",
        "Manchester", "Newcastle", "Nottingham", "Oxford", "Sheffield",
    };

    private static readonly HashSet<string> UsCities = new(StringComparer.Ordinal)
    {
        "Atlanta", "Boston", "Chicago", "Dallas", "Detroit", "Houston", "Las Vegas", "Los Angeles", "Miami", "Nashville", "New Orleans",
        "New York", "Philadelphia", "San Francisco", "Seattle", "Washington",
    };

    // ("24 European gigs, finishing in _____": Lisbon among Budapest and Brussels, not Buenos Aires.)
    private static readonly HashSet<string> EuropeanCities = new(StringComparer.Ordinal)
    {
        "Amsterdam", "Athens", "Barcelona", "Berlin", "Brussels", "Budapest", "Copenhagen", "Dublin", "Geneva", "Helsinki", "Lisbon",
        "Madrid", "Milan", "Moscow", "Munich", "Oslo", "Paris", "Prague", "Rome", "Stockholm", "Venice", "Vienna", "Warsaw", "Zurich",
        "Belgrade", "Bratislava", "Bucharest", "Cannes", "Kyiv", "Ljubljana", "Minsk", "Nicosia", "Reykjavik", "Riga", "Sarajevo",
        "Tallinn", "Vilnius", "Zagreb",
    };

    private static string Region(string place) =>
        UkNations.Contains(place) ? "uk-nation"
        : Gazetteer.Countries.Contains(place) ? "country"
        : UkCities.Contains(place) ? "uk-city"
        : UsCities.Contains(place) ? "us-city"
        : EuropeanCities.Contains(place) ? "eu-city"
        : "city";

    private void Take(List<string> picked, Draft d, IEnumerable<string> candidates, int count)
    {
        foreach (var c in candidates)
        {
            if (picked.Count >= count)
            {
                return;
            }

            // An answer of unknown gender still gets choices that agree with each other: one woman among three
            // men gives something away either way.
            if (d.Type is AnswerType.Person or AnswerType.Speaker && KeysOf(d) is { AnswerGender: 0, Cue: 0 })
            {
                var g = NameOf(c).Gender;
                if (g != 0 && PicksGender(picked, -g))
                {
                    continue;
                }
            }

            // Two spellings of one name ("Andersen", "Anderson") are one choice, and a giveaway.
            if (IsAcceptable(c, d, picked) && !picked.Any(p => Near(Key(p), Key(c))))
            {
                picked.Add(c);
            }
        }
    }

    private bool PicksGender(List<string> picked, int gender)
    {
        foreach (var p in picked)
        {
            if (NameOf(p).Gender == gender)
            {
                return true;
            }
        }

        return false;
    }

    /// Plausible (similar length) and reliably wrong: not an accepted answer, not a part of the answer or the other
    /// way round, not someone the source sentence names, not sharing a surname with the answer.
    private bool IsAcceptable(string candidate, Draft d, List<string> picked)
    {
        if (string.IsNullOrWhiteSpace(candidate) || d.Excluded.Contains(candidate) || picked.Contains(candidate, StringComparer.OrdinalIgnoreCase))
        {
            return false;
        }

        var c = Key(candidate);
        var keys = KeysOf(d);
        foreach (var n in keys.Accepted)
        {
            if (n.Length == 0 || c == n || c.Contains(n, StringComparison.Ordinal) || n.Contains(c, StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (d.Type is AnswerType.Person or AnswerType.Speaker)
        {
            // A distractor must read as a person at a glance: a known given name or a personal title first.
            var name = NameOf(candidate);
            if (!name.ReadsAsPerson)
            {
                return false;
            }

            // A near-spelling of the answer or of a name in the stem ("Peter Jamieson" for Peter Jameson,
            // "Hans Christian Anderson" beside Andersen) is the same person or a giveaway.
            var surname = name.Surname;
            var surnameKey = name.SurnameKey;
            if (Near(c, keys.Answer) || NearAny(keys.StemWords, surnameKey))
            {
                return false;
            }

            // Someone the stem names (even by first name: "Wes has a great career ahead of him") is no choice.
            if (string.Equals(surname, keys.AnswerSurname, StringComparison.OrdinalIgnoreCase)
                || d.Prompt.Contains(surname, StringComparison.OrdinalIgnoreCase)
                || QuestionRanker.ContainsWord(keys.Stem, name.FirstKey))
            {
                return false;
            }

            // "Which actress…?" with a man among the choices gives the answer away.
            // A quote that says nothing of its speaker's gender gives nothing away either way.
            var answerGender = keys.AnswerGender;
            var neutralQuote = d.Type == AnswerType.Speaker && keys.Cue == 0;
            if (answerGender != 0 && !neutralQuote && name.Gender == -answerGender)
            {
                return false;
            }
        }
        else if (d.Prompt.Contains(candidate, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // Same form: a short answer gets short distractors.
        var ratio = (double)candidate.Length / Math.Max(1, d.Answer.Length);
        return ratio is > 0.34 and < 3.0;
    }

    // (A loop, not Any with a closure over the surname: every candidate of every person's question asks.)
    private static bool NearAny(string[] stemWords, string surnameKey)
    {
        foreach (var w in stemWords)
        {
            if (w.Length >= 5 && Near(w, surnameKey))
            {
                return true;
            }
        }

        return false;
    }

    /// Within two edits of each other (Levenshtein), for names of five letters or more.
    internal static bool Near(string x, string y)
    {
        if (Math.Abs(x.Length - y.Length) > 2 || Math.Min(x.Length, y.Length) < 5)
        {
            return false;
        }

        // (Run for every pair of candidate names: rows on the stack, unless a name is very long.)
        var previous = y.Length < 128 ? stackalloc int[y.Length + 1] : new int[y.Length + 1];
        var current = y.Length < 128 ? stackalloc int[y.Length + 1] : new int[y.Length + 1];
        for (var j = 0; j <= y.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= x.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= y.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1));
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[y.Length] <= 2;
    }

    /// First name and surname, each a capitalised word that is no role, title or common capitalised word:
    /// never a fragment like "Mary Queen" or "Bill and".
    internal static bool IsWellFormedName(string[] parts)
    {
        if (parts.Length > 4)
        {
            return false;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var w = parts[i];
            var connector = i > 0 && i < parts.Length - 1 && w is "de" or "De" or "van" or "von" or "der" or "da" or "di" or "du" or "le" or "la" or "del" or "dos" or "bin" or "al";
            if (connector)
            {
                continue;
            }

            if (w.Length < 2 || !char.IsUpper(w[0]) || !w.Any(char.IsLower) || w.Any(char.IsDigit) || Lexicon.FunctionWords.Contains(w.ToLowerInvariant()))
            {
                return false;
            }

            if (i > 0 && (Gazetteer.PersonRoles.Contains(w) || Gazetteer.Honorifics.Contains(w) || Gazetteer.Places.Contains(w) || Gazetteer.StopCapitalized.Contains(w)))
            {
                return false;
            }
        }

        return !Gazetteer.Films.Contains(string.Join(' ', parts)) && !Gazetteer.TvShows.Contains(string.Join(' ', parts));
    }

    /// "from 1977 until his death in what year?" (answer 1981): nothing up to 1977. An answer before the "from" year
    /// gets no floor (the floor would leave it the only year before it).
    private static int YearFloor(Draft d)
    {
        var from = FromYear(d.Prompt);
        return from > 0 && int.TryParse(d.Answer, NumberStyles.None, CultureInfo.InvariantCulture, out var answer) && answer > from ? from + 1 : 1;
    }

    private static int FromYear(string prompt) =>
        FromYearUntil().Match(prompt) is { Success: true } m && int.TryParse(m.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : 0;

    private static bool HeadlineHasTheTop(string prompt) =>
        PromptLeads.SplitStory(prompt).Title is { } title
        && (title.Contains(" tops ", StringComparison.Ordinal) || title.Contains(" top ", StringComparison.Ordinal) || title.Contains(" leads ", StringComparison.Ordinal)
            || title.Contains("No 1", StringComparison.Ordinal) || title.Contains("number one", StringComparison.OrdinalIgnoreCase));

    private static bool NumberWordShown(string text, int number)
    {
        var word = Answers.NumberWords.ToWords(number);
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]) && text[end] != '-'))
            {
                return true;
            }
        }

        return false;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bfrom ((?:19|20)[0-9][0-9]) (?:until|to|till)\b")]
    private static partial System.Text.RegularExpressions.Regex FromYearUntil();

    private static bool Shows(string text, int number)
    {
        // ("Ocean's 12 fell to number two": 2 is shown as a word.)
        if (number is >= 1 and <= 12 && NumberWordShown(text, number))
        {
            return true;
        }

        var digits = number.ToString(CultureInfo.InvariantCulture);
        for (var at = text.IndexOf(digits, StringComparison.Ordinal); at >= 0; at = text.IndexOf(digits, at + 1, StringComparison.Ordinal))
        {
            var end = at + digits.Length;
            if ((at == 0 || !char.IsDigit(text[at - 1])) && (end == text.Length || !char.IsDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    // Letters and digits only, so "Casino Night" and "casino-night" compare equal and containment can't hide behind spacing.
    private static string Normalize(string s) => QuestionRanker.Normalize(s).Replace(" ", string.Empty, StringComparison.Ordinal);

    // Candidates come round again and again (every name of a section, for every question): normalised once.
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    private string Key(string s)
    {
        if (!_keys.TryGetValue(s, out var key))
        {
            _keys[s] = key = Normalize(s);
        }

        return key;
    }

    /// What every candidate of one question is checked against, worked out once per question: the answer's gender and
    /// the stem's cue for it (<see cref="GenderCue"/>) too, asked of every candidate.
    private sealed record DraftKeys(Draft Draft, string[] Accepted, string Answer, string[] StemWords, string Stem, string AnswerSurname, int AnswerGender)
    {
        // (Only a person's question asks, so only theirs work it out.)
        public int Cue => _cue ??= GenderCue(Draft.Prompt);

        private int? _cue;
    }

    private DraftKeys? _draftKeys;

    private DraftKeys KeysOf(Draft d)
    {
        if (_draftKeys is null || !ReferenceEquals(_draftKeys.Draft, d))
        {
            var stem = QuestionRanker.Normalize(d.Prompt);
            _draftKeys = new DraftKeys(
                d, d.Accepted.Append(d.Answer).Select(Key).ToArray(), Key(d.Answer), stem.Split(' '), " " + stem + " ", Person.SurnameOf(d.Answer),
                Lexicon.GenderOf(d.Answer.Split(' ')[0]));
        }

        return _draftKeys;
    }

    /// What the checks of a person's name as a choice read of the name itself: whether it reads as a person at a glance,
    /// its surname (and its key), its first name's key and its gender.
    private sealed record CandidateName(bool ReadsAsPerson, string Surname, string SurnameKey, string FirstKey, int Gender);

    // The same names come round for every question of their section: worked out once per name.
    private readonly Dictionary<string, CandidateName> _names = new(StringComparer.Ordinal);

    private CandidateName NameOf(string candidate)
    {
        if (!_names.TryGetValue(candidate, out var name))
        {
            var parts = candidate.Split(' ');
            var readsAsPerson = parts.Length >= 2 && (Gazetteer.FirstNames.Contains(parts[0]) || Lexicon.GenderOf(parts[0]) != 0) && !Gazetteer.Honorifics.Contains(parts[0])
                && !candidate.Contains(". ", StringComparison.Ordinal) && parts.Distinct().Count() == parts.Length && IsWellFormedName(parts);
            var surname = Person.SurnameOf(candidate);
            _names[candidate] = name = new CandidateName(readsAsPerson, surname, Key(surname), QuestionRanker.Normalize(parts[0]), Lexicon.GenderOf(parts[0]));
        }

        return name;
    }

    /// "took _____ prizes": 4 among 3, 5 and 6, not among 13 and 15; never "1 Oscars". A round count among round
    /// counts: "100 hours" among 50, 150 and 200, not 102 and 109.
    private static List<string> Counts(Draft d, ulong seed, int count)
    {
        if (!int.TryParse(d.Answer, CultureInfo.InvariantCulture, out var n))
        {
            return [];
        }

        var unit = RoundUnit(n);
        // ("_____% of Angolan families": no share above 100.)
        var ceiling = d.Prompt.Contains("_____%", StringComparison.Ordinal) ? 100 : (int?)null;
        return Numeric(d.Answer, seed, ceiling, 1, unit > 1 ? 3 : Math.Clamp(n / 3, 3, 10), count, floor: 2, shown: d.Prompt, unit: unit);
    }

    /// "$42.8m" among the article's other sums of its currency and scale first (the other films' takings), then
    /// "$21.4m", "$32.1m", "$64.2m": the same currency, scale and precision, a quarter to two and a half times the
    /// sum. None the stem shows (nor its conversion), none under one of its scale ("£0.9m" is no way to write
    /// £900,000), and no "$1,100m" (that is "$1.1bn"). Where the stem shows another sum ("hit a record _____ after
    /// reaching $377bn"), choices on the answer's side of it come first: one alone above it would give it away.
    private static List<string> Sums(Draft d, ArticleContext a, ulong seed, int count)
    {
        if (Money.Parse(d.Answer) is not { } sum)
        {
            return [];
        }

        var shown = ShownFigures().Matches(d.Prompt).Select(m => double.Parse(m.Value.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)).ToHashSet();
        var beside = Money.AllIn(d.Prompt).Where(sum.SameUnit).Select(m => m.Value).ToList();
        var fromArticle = a.Sums
            .Where(m => sum.SameUnit(m) && m.Value != sum.Value && m.Value >= sum.Value / 4 && m.Value <= sum.Value * 4)
            .Select(m => m.With(m.Value));
        // (A round sum, "$1m" or "£10,000", has too few neighbours as round as itself: one figure finer after them.)
        // (A rate to three or four decimals moves by a few per cent: "$1.2871" among "$1.2484" and "$1.3257", not "$0.51".)
        var factors = Shuffle(sum.Decimals >= 3 && sum.Scale.Length == 0 ? (double[])[0.9, 0.93, 0.95, 0.97, 1.03, 1.05, 1.07, 1.1] : [0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 1.25, 1.5, 2, 2.5], seed);
        var scaled = factors.Select(f => sum.With(sum.Value * f)).Concat(factors.Select(f => sum.With(sum.Value * f, finer: true)));
        var fair = new List<(string Text, double Value, bool SameSide)>();
        foreach (var text in Shuffle(fromArticle.ToList(), seed).Take(2).Concat(scaled))
        {
            // ("£40m" is no choice beside "£140m": a choice is never part of the answer.)
            // ("$616.7m" beside "$617m": one factor at two precisions is one choice, and a near twin of the answer none.)
            if (Money.Parse(text) is { } m && !NearlySame(m.Value, sum.Value) && !fair.Any(f => NearlySame(f.Value, m.Value)) && !shown.Contains(m.Value)
                && !d.Answer.Contains(text.TrimStart('$', '£', '€'), StringComparison.Ordinal) && !text.Contains(d.Answer.TrimStart('$', '£', '€'), StringComparison.Ordinal)
                && m.Value >= (sum.Scale.Length > 0 ? 1 : 0.01) && !(m.Scale.Trim() is "m" or "million" && m.Value >= 1000))
            {
                fair.Add((text, m.Value, beside.All(b => (m.Value > b) == (sum.Value > b))));
            }
        }

        // (A stable sort: the article's sums still come first on each side.)
        return [.. fair.OrderBy(f => f.SameSide ? 0 : 1).Take(count).Select(f => f.Text)];
    }

    [GeneratedRegex(@"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")]
    private static partial Regex ShownFigures();

    // Within 2% of each other (a rate's choices, 3% apart at the least, stay apart).
    private static bool NearlySame(double a, double b) => Math.Abs(a - b) <= 0.02 * Math.Max(Math.Abs(a), Math.Abs(b));

    private static int RoundUnit(int n)
    {
        foreach (var unit in (int[])[1000, 500, 250, 100, 50, 25, 20, 10])
        {
            if (n >= 20 && n % unit == 0 && unit * 2 <= n)
            {
                return unit;
            }
        }

        return 1;
    }

    private static List<string> Numeric(string answer, ulong seed, int? ceiling, int minDelta, int maxDelta, int count, int floor = 1, string shown = "", int unit = 1)
    {
        if (!int.TryParse(answer, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return [];
        }

        var candidates = new List<int>();
        for (var d = minDelta; d <= maxDelta; d++)
        {
            candidates.Add(value - (d * unit));
            candidates.Add(value + (d * unit));
        }

        var picked = new List<string>();
        foreach (var c in Shuffle(candidates, seed))
        {
            if (picked.Count == count)
            {
                break;
            }

            // A year distractor after the article's latest year could be "right" by the time anyone reads it.
            if (c < floor || (ceiling is not null && c > ceiling && value <= ceiling) || Shows(shown, c))
            {
                continue;
            }

            picked.Add(c.ToString(CultureInfo.InvariantCulture));
        }

        return picked;
    }

    /// The list from a seeded offset, wrapping: a cheap, stable "random" order for large pools.
    private static IEnumerable<T> Rotate<T>(IReadOnlyList<T>? list, ulong seed)
    {
        if (list is null || list.Count == 0)
        {
            yield break;
        }

        var offset = (int)(seed % (ulong)list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            yield return list[(offset + i) % list.Count];
        }
    }

    /// Every item of an alphabetical list once, from a seeded start, in strides of about a fifth of the list: choices
    /// taken in a row from a long list all share their first letters ("Bosnia, Botswana, Bolivia" around Russia), and
    /// the answer is the odd one out (judged 2026-12-07).
    private static IEnumerable<T> Spread<T>(IReadOnlyList<T> list, ulong seed)
    {
        var n = list.Count;
        if (n == 0)
        {
            yield break;
        }

        var step = (n / 5) + 1;
        while (System.Numerics.BigInteger.GreatestCommonDivisor(step, n) != 1)
        {
            step++;
        }

        var at = (int)(seed % (ulong)n);
        for (var i = 0; i < n; i++)
        {
            yield return list[at];
            at = (at + step) % n;
        }
    }

    internal static List<T> Shuffle<T>(IEnumerable<T> items, ulong seed)
    {
        var list = items.ToList();
        var state = seed | 1;
        for (var i = list.Count - 1; i > 0; i--)
        {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            var j = (int)(state % (ulong)(i + 1));
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    internal static ulong StableSeed(string text)
    {
        // FNV-1a: string.GetHashCode is randomised per process, which would reshuffle choices on every run.
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash ^= c;
            hash *= 1099511628211UL;
        }

        return hash;
    }
}
