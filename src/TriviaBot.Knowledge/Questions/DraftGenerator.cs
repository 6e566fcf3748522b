using System.Buffers;
using System.Collections.Frozen;
using TriviaBot.Knowledge.Ingestion;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TriviaBot.Knowledge.Nlp;
using TriviaBot.Knowledge.Text;

namespace TriviaBot.Knowledge.Questions;

/// Overgenerates candidate questions (and the facts behind them) from one analysed article. Ranking and rejection
/// happen later, in <see cref="QuestionRanker"/>.
public static partial class DraftGenerator
{
    private static readonly string[] LeadingFillers =
    [
        "As you might recall,", "As you may recall,", "Oh, and", "And", "But", "So", "Now", "Meanwhile,", "However,",
        "Luckily,", "Still,", "Indeed,", "In fact,", "Also,", "Then,", "Later,", "Finally,", "Interestingly,",
        "Of course,", "Basically,", "So basically,", "Apparently,", "Yes,", "Well,",
    ];

    public static (List<Fact> Facts, List<Draft> Drafts) Generate(ArticleAnalysis a)
    {
        var facts = new List<Fact>();
        var drafts = new List<Draft>();
        WhoSaid(a, facts, drafts);
        SubjectWho(a, facts, drafts);
        Works(a, facts, drafts);
        Years(a, facts, drafts);
        Ages(a, facts, drafts);
        Roles(a, facts);
        RoleWho(a, facts, drafts);
        Blanks(a, facts, drafts);
        AnchorToStory(a, drafts);
        return (facts, drafts);
    }

    // The nouns WorkNamed knows after "the" or "The": what NameTheWork looks for in the prompt.
    private static readonly SearchValues<string> s_theWorkNoun = SearchValues.Create(
        [.. new[] { "film", "movie", "show", "series", "programme", "sitcom", "album", "song", "single", "book", "novel" }.SelectMany(n => new[] { "the " + n, "The " + n })],
        StringComparison.Ordinal);

    /// "The film, which stars …": when the article names exactly one film (or show, album, song, book), "the film"
    /// becomes "the film Hide and Seek" — unless that title is the answer or already in the stem.
    private static string NameTheWork(ArticleAnalysis a, string prompt, Draft d)
    {
        // (Only "the film", "The album"… can be named: without one in the prompt, no leaning word is looked for.)
        if (a.Works.Count == 0 || prompt.AsSpan().IndexOfAny(s_theWorkNoun) < 0)
        {
            return prompt;
        }

        if (QuestionRanker.LeaningWord(prompt) is not { } lean || !lean.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            return prompt;
        }

        var noun = lean[4..].TrimEnd('.', ',', '?', '!', ';', ':');
        var kind = WorkNamed(noun);
        if (kind is null)
        {
            return prompt;
        }

        if (WorkMeant(a, kind.Value, d.Sentence) is not { } work || prompt.Contains(work, StringComparison.Ordinal)
            || d.Accepted.Append(d.Answer).Any(x => x.Contains(work, StringComparison.OrdinalIgnoreCase) || work.Contains(x, StringComparison.OrdinalIgnoreCase)))
        {
            return prompt;
        }

        var at = prompt.IndexOf("the " + noun, StringComparison.Ordinal);
        at = at >= 0 ? at : prompt.IndexOf("The " + noun, StringComparison.Ordinal);
        var end = at + 4 + noun.Length;
        return at < 0 || (end < prompt.Length && char.IsLetter(prompt[end])) ? prompt : string.Concat(prompt.AsSpan(0, end), " ", work, prompt.AsSpan(end));
    }

    /// The film (show, album…) "the film" in sentence <paramref name="sentence"/> means: the one the article names, or,
    /// when it names several, the one named in the nearest of the two sentences before that names any ("…made the film
    /// Ray. The film won two Oscars…"); null when that doesn't settle it.
    private static string? WorkMeant(ArticleAnalysis a, WorkKind kind, int sentence)
    {
        var only = TheOnlyWork(a, kind, 0, int.MaxValue);
        for (var back = sentence - 1; back >= sentence - 2 && back >= 0; back--)
        {
            if (a.Works.Any(w => w.Kind == kind && w.Sentence == back))
            {
                return TheOnlyWork(a, kind, back, back);
            }

            // "Film comedy Meet The Fockers … topped the box office. The movie, which stars Ben Stiller…": a title of
            // no known kind just before may well be the film meant, whatever other film the article names.
            if (a.Works.Any(w => w.Kind == WorkKind.Title && w.Sentence == back && !string.Equals(w.Title, only, StringComparison.Ordinal)))
            {
                return null;
            }
        }

        // The article's only film is the one meant only if the reader has met it, and met no other: "…to star in an
        // adventure film about a diamond robbery. … the Indian studio involved in the film." is not Romancing The
        // Stone, which the article names later as one of his 1980s films.
        if (only is null || !a.Works.Any(w => w.Sentence < sentence && string.Equals(w.Title, only, StringComparison.Ordinal)))
        {
            return null;
        }

        var unnamed = UnnamedWork(kind);
        return unnamed is not null && a.Sentences.Take(sentence).Any(s => unnamed.IsMatch(s.Text)) ? null : only;
    }

    /// "an adventure film about…", "a new BBC series": a work of the kind brought in without its title.
    private static Regex? UnnamedWork(WorkKind kind) => kind switch
    {
        WorkKind.Film => UnnamedFilm(),
        WorkKind.Show => UnnamedShow(),
        _ => null,
    };

    [GeneratedRegex(@"\b[Aa]n? (?:[\w-]+ ){0,3}(?:film|movie)\b(?!,? [A-Z\u201C""'])")]
    private static partial Regex UnnamedFilm();

    [GeneratedRegex(@"\b[Aa]n? (?:[\w-]+ ){0,3}(?:series|show|programme|sitcom)\b(?!,? [A-Z\u201C""'])")]
    private static partial Regex UnnamedShow();

    /// The title of the one film (show, album…) named in sentences <paramref name="from"/>..<paramref name="to"/>, or
    /// null when they name none or several.
    private static string? TheOnlyWork(ArticleAnalysis a, WorkKind kind, int from, int to)
    {
        string? only = null;
        foreach (var w in a.Works)
        {
            if (w.Kind == kind && w.Sentence >= from && w.Sentence <= to && !string.Equals(w.Title, only, StringComparison.Ordinal))
            {
                if (only is not null)
                {
                    return null;
                }

                only = w.Title;
            }
        }

        return only;
    }

    /// "Who won best director for Million Dollar Baby?": which year's Oscars? Questions about an award, chart or
    /// festival that the article never dates, or about "the show" its headline names, are asked inside the story's
    /// own headline ("In the story “Eastwood's Baby scoops top Oscars”, …"), which says which one, unless the
    /// headline would give the answer away.
    /// "Also" comes out of every stem: it points at whatever the article said before.
    private static void AnchorToStory(ArticleAnalysis a, List<Draft> drafts)
    {
        var title = a.Headline;
        HashSet<string>? lowerCaseWords = null;
        // Whether each question is asked under the headline as written, and, for a person's that isn't, the headline
        // without their name (worked out once: the story's subject below is read from them too).
        var shows = new bool[drafts.Count];
        var unnamed = new string?[drafts.Count];
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            shows[i] = d.Type != AnswerType.Speaker && ShowsHeadline(a, d.Answer, d.Accepted, d.Type);
            unnamed[i] = d.Type == AnswerType.Person && !shows[i] ? HeadlineWithoutName(a, d.Answer, d.Accepted) : null;
        }

        // "Blair buys copies of new Band Aid": when the story asks who its headline's subject is ("Prime Minister buys
        // copies…, which prime minister purchased…?"), its other questions are asked under that headline too, or each
        // would give the subject away and only one of them could be served.
        var subject = StorySubjectUnnamed(a, drafts, unnamed);
        var subjectWords = subject is { } named ? QuestionRanker.Normalize(named.Headline).Split(' ') : null;
        // The role that headline calls them by ("Actress wins photographer battle"), for the other questions' stems.
        var subjectPerson = subject is { } who ? a.Persons.FirstOrDefault(p => p.FullName == who.Answer) : null;
        var subjectRole = subject is { } told && subjectPerson is not null ? HeadlineRole(title, told.Headline, subjectPerson) : null;
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Type == AnswerType.Speaker)
            {
                continue;
            }

            // ("The Aviator also took _____ awards": without "also" the count reads as the whole; it stays, and the
            // ranker rejects the leaning word.)
            var stem = d.Type == AnswerType.Number ? d.Prompt : StemCleaner.DropAlso(d.Prompt);
            d = d with { Prompt = NameTheWork(a, StemCleaner.DropTrailingAttribution(stem), d) };
            if (shows[i])
            {
                var ofAnother = subject is { } s && s.Answer != d.Answer && !GivesAway(subjectWords!, d.Accepted.Append(d.Answer));
                var shown = ofAnother ? subject!.Value.Headline : title;
                // "Nicole Kidman was prompted to take action … in _____" under "Actress wins photographer battle" named
                // the actress the story's who-question asks for: "The actress was prompted…" asks the same and gives
                // nobody away, so both can be served.
                if (ofAnother && subjectRole is not null && TellByRole(subjectPerson!, subjectRole, d.Prompt, a.Persons) is { } byRole)
                {
                    d = d with { Prompt = byRole };
                }

                d = d with
                {
                    Prompt = PromptLeads.InStory(shown, d.Prompt, OpensOnCommonWord(a, d.Prompt, () => lowerCaseWords ??= LowerCaseWords(a))),
                    HeadlineOfAnotherUnnamed = ofAnother && !ToldApartByGender(a, subject!.Value.Answer, d),
                };
            }
            else if ((unnamed[i] ?? (d.Type is AnswerType.Place or AnswerType.Name or AnswerType.Show or AnswerType.Film or AnswerType.Title ? HeadlineWithoutModifier(a, d) : null)) is { } withoutName)
            {
                d = d with { Prompt = PromptLeads.InStory(withoutName, d.Prompt, OpensOnCommonWord(a, d.Prompt, () => lowerCaseWords ??= LowerCaseWords(a))), HeadlineUnnamed = true };
            }

            drafts[i] = d;
        }
    }

    /// The role a headline told without its subject's name calls them by, lowered, with the line of work before it:
    /// "actress" of "Kidman wins photographer battle" told as "Actress wins photographer battle", "music director" of
    /// "Famed music director dies", "singer" of "Singer Christina Aguilera to wed" told as "Singer to wed"; null when
    /// the role can't be read off, or is no person's role ("legend", "veteran": "The legend is in the UK…").
    internal static string? HeadlineRole(string headline, string unnamed, Person person)
    {
        static string Bare(string word) => HeadlineSplitter.StripPossessive(word).ToString().ToLowerInvariant();

        var original = headline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var told = unnamed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // A role put for the name ("Actress wins…", "Star's film…").
        var added = told.Select(Bare).Except(original.Select(Bare)).ToList();
        if (added.Count == 1 && IsStemRole(added[0]))
        {
            return added[0];
        }

        // A role the name stood after ("Singer Christina Aguilera…", "Famed music director Viotti…", "Director Nair's…").
        var at = Array.FindIndex(original, w => person.NameParts.Contains(HeadlineSplitter.StripPossessive(w).ToString()));
        if (added.Count != 0 || at < 1 || !IsStemRole(original[at - 1].ToLowerInvariant()))
        {
            return null;
        }

        var role = original[at - 1].ToLowerInvariant();
        return at >= 2 && LinesOfWork.Contains(original[at - 2]) ? original[at - 2] + " " + role : role;
    }

    // A person's role, but not a word of praise a headline uses for one ("Legend hits out…": "The legend is in the UK…").
    private static bool IsStemRole(string role) =>
        role.Length > 2 && Gazetteer.PersonRoles.Contains(role) && role is not ("legend" or "icon" or "veteran" or "great" or "hopeful" or "favourite" or "hero" or "idol");

    // The words that say a role's line of work: "music director", "TV host", "film star".
    private static readonly FrozenSet<string> LinesOfWork = FrozenSet.ToFrozenSet(
        ["music", "film", "movie", "TV", "television", "radio", "pop", "rock", "soul", "jazz", "opera", "theatre", "stage", "comedy", "soap", "chat", "rap", "dance", "fashion"],
        StringComparer.Ordinal);

    /// A stem with its one mention of <paramref name="person"/> told by <paramref name="role"/>: "Nicole Kidman was
    /// prompted…" → "The actress was prompted…", "…fans of Kidman's films" → "…fans of the actress's films", "Actress
    /// Nicole Kidman has won…" → "The actress has won…". Null when the stem names them twice or not at all, by a
    /// name part alone that isn't the surname, or where "the actress" would not read: after a describing word
    /// ("Hollywood actress Nicole Kidman") or another name.
    internal static string? TellByRole(Person person, string role, string stem, IReadOnlyList<Person>? people = null)
    {
        var words = stem.Split(' ');
        var runStart = -1;
        var runEnd = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (!IsNamePart(person, words[i]))
            {
                continue;
            }

            if (runStart >= 0)
            {
                return null; // named twice
            }

            runStart = i;
            runEnd = i;
            while (runEnd + 1 < words.Length && !EndsPhrase(words[runEnd]) && IsNamePart(person, words[runEnd + 1]))
            {
                runEnd++;
            }

            i = runEnd;
        }

        if (runStart < 0 || !words[runStart..(runEnd + 1)].Any(w => Bare(w) == person.Surname))
        {
            return null;
        }

        // The surname alone may be a relative's: "the former wife of Stallone" (her son).
        if (runStart == runEnd && people is not null && people.Any(p => p != person && p.Surname == person.Surname))
        {
            return null;
        }

        // A role, then an honorific, before the name go with it ("Actress Nicole Kidman", "Sir Paul McCartney"; not
        // "her brother Tom Cruise").
        var from = runStart;
        if (from > 0 && char.IsUpper(words[from - 1][0]) && Gazetteer.Honorifics.Contains(words[from - 1]))
        {
            from--;
        }

        var roleBefore = from > 0 && IsHeadlineRole(words[from - 1]);
        from -= roleBefore ? 1 : 0;
        // What stands before must be the sentence's start, punctuation's end or a lower-case function word ("of", "with",
        // "and"), not an article ("from a Michael Jackson associate": the name describes), an owner ("his co-star", "its
        // star") or "US" (no "us"), nor, when a role went, a second role ("Screenwriter and producer Debra Hill").
        var before = from > 0 ? words[from - 1] : null;
        if (before is not null && ((!EndsPhrase(before) && !(before.All(char.IsLower) && Lexicon.FunctionWords.Contains(before)))
            || before is "a" or "an" or "the" or "his" or "her" or "its" or "their" or "our" or "my" or "your"
            || (roleBefore && before is "and" or "or" or "&")))
        {
            return null;
        }

        // "Marcello Viotti, director of Venice's La Fenice", "Nicole Kidman, Australia's best-known actress,": a
        // description in apposition would read "the director, director of…". (An age or a "who…" clause may follow.)
        var last = words[runEnd];
        if (last.EndsWith(',') && runEnd + 1 < words.Length && !char.IsDigit(words[runEnd + 1][0])
            && words[runEnd + 1] is not ("who" or "whose" or "which" or "where" or "when" or "_____" or "_____,"))
        {
            return null;
        }

        // "in which Robert De Niro stars", "on which Kanye West collaborated with rapper Twista": the role's word already
        // in the stem would read "the star stars", or leave two rappers.
        var elsewhere = words[..from].Concat(words[(runEnd + 1)..]);
        if (elsewhere.Any(w => w.StartsWith(role, StringComparison.OrdinalIgnoreCase) || w.StartsWith(role[(role.LastIndexOf(' ') + 1)..], StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // (What follows the name stays: "'s", a comma. A sentence's first word is capitalised: "Fill in the blank: The
        // actress…".)
        var opens = before is null || before[^1] is ':' or '.' or '?' or '!';
        var told = (opens ? "The " : "the ") + role + last[Bare(last).Length..];
        return string.Join(' ', words[..from].Append(told).Concat(words[(runEnd + 1)..]));

        static bool EndsPhrase(string word) => word.Length > 0 && word[^1] is ',' or ';' or ':' or '-' or '.' or '(' || word is "-" or "–" or "—";

        static string Bare(string word) => HeadlineSplitter.StripPossessive(word.AsSpan().TrimEnd(",.;:?!)")).ToString();

        static bool IsNamePart(Person person, string word) => Bare(word) is { Length: > 1 } bare && person.NameParts.Contains(bare);
    }

    /// Whether a question's own "his"/"her" says its answer is not the story's subject the headline leaves unnamed:
    /// "who has made some enemies with his outspoken views about women?" under "Star evicted from Big Brother" (Jackie
    /// Stallone).
    private static bool ToldApartByGender(ArticleAnalysis a, string subject, Draft d)
    {
        var subjectGender = a.Persons.FirstOrDefault(p => p.FullName == subject)?.Gender ?? 0;
        var answerGender = a.Persons.FirstOrDefault(p => p.FullName == d.Answer)?.Gender ?? 0;
        var cue = DistractorPool.GenderCue(d.Prompt);
        return subjectGender != 0 && cue != 0 && cue != subjectGender && (answerGender == 0 || answerGender == cue);
    }

    /// The person the headline names who is some question's answer, and the headline without them (from
    /// <paramref name="unnamed"/>, each question's); null when none, or when the headline names two such people. Only
    /// in entertainment: a star's story is about the star, and "Star…", "Singer…" questions were judged fair (5 of 6);
    /// sport's and politics' "Boss…", "Captain…", "Prime Minister…" left too many people the answer (2 of 7 judged fair).
    private static (string Answer, string Headline)? StorySubjectUnnamed(ArticleAnalysis a, List<Draft> drafts, string?[] unnamed)
    {
        if (a.Section != "entertainment")
        {
            return null;
        }

        (string Answer, string Headline)? found = null;
        for (var i = 0; i < drafts.Count; i++)
        {
            if (unnamed[i] is not { } headline || found?.Answer == drafts[i].Answer)
            {
                continue;
            }

            if (found is not null)
            {
                return null;
            }

            found = (drafts[i].Answer, headline);
        }

        return found;
    }

    /// Whether a question with this answer is asked "In the story “…”": the headline reads whole and gives nothing
    /// away. (A sum is given away by the same sum, not by "millions" or a stray "5": "BBC to pour £9m into new comedy".)
    private static bool ShowsHeadline(ArticleAnalysis a, string answer, IEnumerable<string> accepted, AnswerType type)
    {
        var title = a.Headline;
        if (!a.HeadlineReadsWhole)
        {
            return false;
        }

        var givesAway = type == AnswerType.Money
            ? Money.Parse(answer) is { } sum && Money.AllIn(title).Any(m => m.Value == sum.Value && sum.SameUnit(m))
            : GivesAway(a.HeadlineWords, accepted.Append(answer));
        return !givesAway && !(type == AnswerType.Person && DescribesAnswer(a, title, answer));
    }

    /// The headline without the answer where it only describes the noun after it: "REM announce new Glasgow concert" →
    /// "REM announce new concert", "Carry On star Patsy Rowlands dies" → "Star Patsy Rowlands dies". Null when the
    /// answer is the headline's subject, its verb next ("Glasgow hosts…"), stands anywhere else, or when what is left
    /// doesn't read whole or still gives it away.
    internal static string? HeadlineWithoutModifier(ArticleAnalysis a, Draft d)
    {
        if (!a.HeadlineReadsWhole)
        {
            return null;
        }

        var words = a.Headline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var answers = d.Accepted.Append(d.Answer).ToArray();
        var start = -1;
        var end = -1;
        for (var i = 0; i < words.Length; i++)
        {
            if (!GivesAway([QuestionRanker.Normalize(words[i])], answers))
            {
                continue;
            }

            if (start >= 0 && end != i)
            {
                return null; // given away in two places
            }

            start = start < 0 ? i : start;
            end = i + 1;
        }

        // The noun it describes comes next: a lower-case word that is no verb of the headline's nor a function word
        // ("Edwards tips Idowu for Euro gold": the object). Before it, nothing or a lower-case word that doesn't join it
        // to a name ("Lloyd's of London head", "S Korean lender").
        if (start < 0 || end >= words.Length || words[end].Length < 3 || !char.IsLower(words[end][0]) || !words[end].All(char.IsLetter)
            || HeadlineVerb(a, words[end]) || Lexicon.FunctionWords.Contains(words[end])
            || (start > 0 && (!char.IsLower(words[start - 1][0]) || words[start - 1] is "of" or "and" or "&" or "v" or "vs" or "to"))
            || words[start..end].Any(w => !char.IsUpper(w[0])))
        {
            return null;
        }

        // Opening the headline, only a nationality ("Kenyan school turns…") or a work before a person's role ("Carry On
        // star Patsy Rowlands dies") surely describes: "South Bank Awards honour hit soap" is the subject and its verb.
        if (start == 0 && !(end == 1 && HeadlineSplitter.Nationality(words[0])) && !IsHeadlineRole(words[end]))
        {
            return null;
        }

        var kept = words[..start].Concat(words[end..]).ToArray();
        if (start == 0)
        {
            kept[0] = char.ToUpperInvariant(kept[0][0]) + kept[0][1..];
        }

        var headline = string.Join(' ', kept);
        return kept.Length >= 3 && !GivesAway(QuestionRanker.Normalize(headline).Split(' '), answers)
            && HeadlineSplitter.ReadsWhole(headline, a.Article.Paragraphs.Count > 0 ? a.Article.Paragraphs[0] : null)
            ? headline : null;
    }

    /// The headline of a story about the answer, told without the answer's name: taken out where a role stands before
    /// it ("Singer Christina Aguilera to wed" → "Singer to wed"; not at the end: "Career honour for actor" reads cut),
    /// or put for the role the article gives them when it opens the headline ("Slater to star in Broadway play" →
    /// "Actor to star in Broadway play"). Null when no such headline reads whole and gives nothing away.
    /// (Without a headline these questions come out of the blue, and are not served.)
    internal static string? HeadlineWithoutName(ArticleAnalysis a, string answer, IReadOnlyList<string> accepted)
    {
        var person = a.Persons.FirstOrDefault(p => p.FullName == answer);
        if (person is null || !a.HeadlineReadsWhole)
        {
            return null;
        }

        var words = a.Headline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = Array.FindIndex(words, w => person.NameParts.Contains(w) || (HeadlineSplitter.IsPossessive(w) && person.NameParts.Contains(w[..^2])));
        if (start < 0)
        {
            return null;
        }

        var end = start;
        while (end < words.Length && person.NameParts.Contains(words[end]))
        {
            end++;
        }

        if (end == words.Length && start == 0)
        {
            return null;
        }

        // "Label withdraws McFadden's video" → "Label withdraws singer's video": a possessive name, its role's head noun,
        // or, opening the headline, a star's ("Redford's vision of Sundance" → "Star's vision of Sundance"; not before a
        // title: "Eastwood's Baby"; not inside it: "Court rejects Schaffel's claims").
        var opensBeforeCommonWord = start == 0 && end + 1 < words.Length && char.IsLower(words[end + 1][0]);
        if (end < words.Length && HeadlineSplitter.IsPossessive(words[end]) && person.NameParts.Contains(words[end][..^2])
            && words.AsSpan(start, end + 1 - start).Contains(person.Surname + words[end][^2..])
            && (RoleHead(person) ?? (opensBeforeCommonWord ? StarOfTheScreenOrMusic(a, person) : null)) is { } head)
        {
            // ("Rapper Kanye West's shrewd soul" → "Rapper's shrewd soul", not "Rapper star's…": a role already there owns.)
            if (start > 0 && IsHeadlineRole(words[start - 1]))
            {
                return Unnamed(a, answer, accepted, [.. words[..(start - 1)], words[start - 1] + words[end][^2..], .. words[(end + 1)..]]);
            }

            var owner = (start == 0 ? char.ToUpperInvariant(head[0]) + head[1..] : head) + words[end][^2..];
            return Unnamed(a, answer, accepted, [.. words[..start], owner, .. words[(end + 1)..]]);
        }

        // "De Niro film leads US box office", "Court halts Mark Morrison album": the name describes the work that follows
        // it, so its line of work's noun, owning it, stands for it ("Star's film leads…", "Court halts singer's album").
        // (A star's only for the screen's and music's works: "Bennett play" is a playwright's.)
        // ("Actor De Niro film tops chart" → "Actor's film tops chart": the role there owns it. Not after a possessive or
        // another capitalised word, "Applegate's Charity show": the name is part of something else.)
        if (end < words.Length && WorkAfterName.Contains(words[end]) && words.AsSpan(start, end - start).Contains(person.Surname) && !person.IsWorkTitle)
        {
            if (start > 0 && IsHeadlineRole(words[start - 1]))
            {
                return Unnamed(a, answer, accepted, [.. words[..(start - 1)], words[start - 1] + "'s", .. words[end..]]);
            }

            if (start == 0 || (!HeadlineSplitter.IsPossessive(words[start - 1]) && !char.IsUpper(words[start - 1][0])))
            {
                var maker = RoleHead(person) ?? (a.Section == "entertainment" && words[end] is not ("play" or "novel" or "book" or "musical") ? "star" : null);
                return maker is null ? null : Unnamed(a, answer, accepted, [.. words[..start], (start == 0 ? char.ToUpperInvariant(maker[0]) + maker[1..] : maker) + "'s", .. words[end..]]);
            }

            return null;
        }

        // The name is the headline's subject, its verb next ("Slater to star…", "Corbett attacks…", "Stallone evicted…",
        // "Douglas set for…"), or it ends the headline: "Khodorkovsky ally denies charges", "Farrell saga to drag on",
        // "Ray DVD beats…" use it to describe the next word. The surname must be there: "Ray" alone is a film too.
        if (!words.AsSpan(start, end - start).Contains(person.Surname)
            || (end < words.Length && !HeadlineVerb(a, words[end].TrimStart('\'', '‘'))))
        {
            return null;
        }

        // ("Da Vinci film to star Tom Hanks": "star" is the verb there; "Corry backs skipper Robinson": a role left
        // at the end reads as a headline cut short.)
        if (start > 0 && end < words.Length && IsHeadlineRole(words[start - 1])
            && !(start >= 2 && words[start - 2] is "to" or "will" or "would" or "could" or "may" or "might" or "can" or "must"))
        {
            return Unnamed(a, answer, accepted, [.. words[..start], .. words[end..]]);
        }

        if (start == 0 && person.Role is { } role && RoleHead(person) is { } noun)
        {
            // The role as the article gives it ("Film star 'rejected Godfather role'"), or its noun alone when that
            // would name them as surely as the name ("Hollywood star Tom Hanks" → "Star greeted at wintry premiere").
            // (Not a nationality: "French musician joins…" over a quote whose choices are British gives the answer away.)
            var roleWords = role.Split(' ');
            var whole = roleWords.Length <= 2 && !NationalWord(roleWords[0]) ? Unnamed(a, answer, accepted, [char.ToUpperInvariant(role[0]) + role[1..], .. words[end..]]) : null;
            return whole ?? Unnamed(a, answer, accepted, [char.ToUpperInvariant(noun[0]) + noun[1..], .. words[end..]]);
        }

        // An entertainment story's subject the article gives no role: a star ("Corbett attacks 'dumbed-down TV'" →
        // "Star attacks 'dumbed-down TV'", as "Hollywood star Tom Hanks" became "Star greeted at wintry premiere").
        // (Not a title the analyser took for a name — "Da Vinci Code is…" —, not before a possessive — "Cage film's third
        // week" —, not an author: a star is of the screen, the stage or music.)
        if (start == 0 && person.Role is null && end < words.Length && !words[end].Contains('\'', StringComparison.Ordinal)
            && !words[end].Contains('’', StringComparison.Ordinal) && StarOfTheScreenOrMusic(a, person) is not null)
        {
            return Unnamed(a, answer, accepted, ["Star", .. words[end..]]);
        }

        return null;
    }

    /// A role's words as the sentence capitalises them where it writes them in capitals: "dj" → "DJ", "mp" → "MP".
    private static string AsWritten(string role, string sentence)
    {
        var words = role.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var upper = words[i].ToUpperInvariant();
            if (words[i] != upper && words[i].Length <= 4 && IndexOfWord(sentence, upper) >= 0)
            {
                words[i] = upper;
            }
        }

        return string.Join(' ', words);
    }

    /// "star" for an entertainment story's subject the article gives no role, when it is no title the analyser took for
    /// a name and the story is no author's (a star is of the screen, the stage or music); else null.
    private static string? StarOfTheScreenOrMusic(ArticleAnalysis a, Person person) =>
        person.Role is null && !person.IsWorkTitle && a.Section == "entertainment"
        && !a.Sentences.Any(x => x.Tokens.Any(t => t.Text is "novel" or "novels" or "author" or "novelist" or "book" or "books"))
            ? "star" : null;

    // A nationality, as a role's describing word: "US actor", "Irish actor", "French musician".
    private static bool NationalWord(string word) => word is "US" or "UK" or "Welsh" || HeadlineSplitter.Nationality(word);

    // Works a headline names by their maker or star: "Kevin Spacey movie", "Gervais sitcom".
    private static readonly FrozenSet<string> WorkAfterName = FrozenSet.ToFrozenSet(
        ["film", "movie", "album", "sitcom", "show", "single", "song", "video", "musical", "play", "novel", "book", "tour", "concert", "gig", "drama", "comedy", "series"],
        StringComparer.Ordinal);

    // Words for a person the role list leaves out, as a headline puts them before a name: "Oscar nominee Dan O'Herlihy".
    private static readonly HashSet<string> MoreRoles = new(StringComparer.OrdinalIgnoreCase) { "nominee", "winner", "hopeful", "rocker", "legend", "icon", "veteran" };

    private static bool IsHeadlineRole(string word) => char.IsLetter(word[^1]) && (Gazetteer.PersonRoles.Contains(word) || MoreRoles.Contains(word));

    private static string? Unnamed(ArticleAnalysis a, string answer, IReadOnlyList<string> accepted, string[] words)
    {
        var headline = string.Join(' ', words);
        var headlineWords = QuestionRanker.Normalize(headline).Split(' ');
        // (Short name parts too, which GivesAway passes over: "Jet Li to star in Li biopic".)
        var nameParts = answer.Split(' ');
        return !GivesAway(headlineWords, accepted.Append(answer)) && !words.Any(w => nameParts.Contains(w.Trim('\'', '’', '‘', '"', ',', ':').Replace("'s", string.Empty, StringComparison.Ordinal)))
            && !DescribesAnswer(a, headline, answer) && HeadlineSplitter.ReadsWhole(headline, a.Article.Paragraphs.Count > 0 ? a.Article.Paragraphs[0] : null)
            ? headline : null;
    }

    // The noun of the role the article gives a person ("singer" of "former Westlife singer"), when it is one word or
    // two of letters (no "Channel 4 presenter").
    private static string? RoleHead(Person person) =>
        person.Role?.Split(' ') is { Length: <= 3 } roleWords && roleWords.All(w => w.Length > 1 && w.All(c => char.IsLetter(c) || c == '-'))
        && Gazetteer.PersonRoles.Contains(roleWords[^1])
            ? roleWords[^1].ToLowerInvariant() : null;

    // A headline's verb (or the "to"/"in" that stands for one): "attacks", "evicted", "given", "joining", "set", "quits".
    // A plural noun is no verb: "Spielberg films top poll" (the article writes "three films"), "Jackson children to…".
    private static bool HeadlineVerb(ArticleAnalysis a, string word)
    {
        if (word.Length < 2 || !char.IsLower(word[0]))
        {
            return false;
        }

        if (word is "to" or "in" or "at" or "on" or "behind" or "after" or "over" or "with" or "without" or "among" or "due" or "set" or "quit" or "hit" or "cut" or "put" or "back" or "out" or "up" or "win" or "may" or "will" or "can"
            or "given" or "taken" or "chosen" or "beaten" or "forgotten" or "stolen" or "seen" or "driven"
            or "found" or "won" or "lost" or "held" or "left" or "sent" or "told" or "made" or "led" or "shot" or "hurt" or "freed" or "sold" or "built" or "caught")
        {
            return true;
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))
        {
            return !UsedAsNoun(a, word);
        }

        return word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal);
    }

    // "the films", "his films", "three films", "20 films": the article uses the word as a noun.
    private static bool UsedAsNoun(ArticleAnalysis a, string word)
    {
        foreach (var s in a.Sentences)
        {
            var tokens = s.Tokens;
            for (var k = 1; k < tokens.Count; k++)
            {
                if (tokens[k].Text == word && (tokens[k - 1].Kind == TokenKind.Number
                    || tokens[k - 1].Text is "the" or "his" or "her" or "their" or "its" or "these" or "those" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "many" or "several"))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// Whether the headline describes the answer as the article introduces them: "Lost Doors frontman movie found" for
    /// "Doors frontman Jim Morrison" names him as surely as his name would.
    private static bool DescribesAnswer(ArticleAnalysis a, string title, string answer)
    {
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var person = a.Persons.FirstOrDefault(p => p.FullName == answer);
        // ("…a clean-cut Jim Morrison…" opens the story "Lost Doors frontman movie found": its subject is the one the
        // headline's "Doors frontman" describes.)
        var opensTheStory = person is not null && a.Mentions.Length > 0 && a.Mentions[0].FirstOrDefault(m => !m.Pronoun).Person == person;
        for (var i = 1; i < words.Length; i++)
        {
            var head = words[i].TrimEnd(',', ':', '\'', '’');
            if (head.Length < 4 || !char.IsLower(head[0]) || !Gazetteer.PersonRoles.Contains(head))
            {
                continue;
            }

            // ("US actor", "veteran comic", "Irish actor": a country or a describing word tells no one apart.)
            var modifier = words[i - 1];
            if (char.IsLower(modifier[0]) || NationalWord(modifier) || HeadlineSplitter.IsCountry(modifier))
            {
                continue;
            }

            // ("The Doors frontman, who died aged 27…" with his role known as "frontman" counts too.)
            var described = modifier + " " + head;
            var hisRole = opensTheStory || (person?.Role is { } role && role.EndsWith(head, StringComparison.OrdinalIgnoreCase));
            if (a.Sentences.Any(s => s.Text.Contains(described + " " + answer, StringComparison.Ordinal) || (hisRole && s.Text.Contains(described, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// Whether a question opens on a word the article also writes in lower case ("Sales of legally downloaded
    /// songs…", "Fifty-five statues…"): no name, so it is lowered after the headline.
    private static bool OpensOnCommonWord(ArticleAnalysis a, string question, Func<HashSet<string>> lowerCaseWords)
    {
        // (The first word sliced off, not the question split: every draft's question comes through here.)
        var space = question.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? question : question[..space];
        if (first.Length < 2 || !char.IsUpper(first[0]) || QuestionRanker.AnyUpper(first.AsSpan(1)) || first is "I" or "Fill")
        {
            return false;
        }

        // ("Portrait of Omai fetched…", "Sound of Music…" open on a title.)
        var words = question.Split(' ', 3);
        // ("New Zealander Graham Henry…", "Los Angeles police…": a place's name, or its people's, opens it.)
        if ((PlaceFirstWords.Value.Contains(first) && Gazetteer.PlacesOrdered.Any(p => p.Contains(' ', StringComparison.Ordinal) && question.StartsWith(p, StringComparison.Ordinal)))
            || a.Works.Any(w => question.StartsWith(w.Title, StringComparison.Ordinal)) || a.Persons.Any(p => question.StartsWith(p.FullName, StringComparison.Ordinal))
            || (words.Length == 3 && words[1] is "of" or "and" or "the" or "in" && words[2].Length > 0 && char.IsUpper(words[2][0])))
        {
            return false;
        }

        var lower = char.ToLowerInvariant(first[0]) + first[1..];
        // ("So-called phishing attacks…": a common word's compound.)
        var dash = lower.IndexOf('-', StringComparison.Ordinal);
        // (Not "A-ha", "The-Dream": a band's name.)
        // ("Artists who have decorated the Tate tree…" where the article writes "artist" in lower case: its plural, or singular.)
        return Lexicon.FunctionWords.Contains(lower) || Answers.NumberWords.TryParse(lower, out _) || lowerCaseWords().Contains(lower)
            || (lower.Length > 4 && lower.EndsWith('s') && lowerCaseWords().Contains(lower[..^1])) || lowerCaseWords().Contains(lower + "s")
            || (dash > 0 && dash + 1 < lower.Length && char.IsLower(lower[dash + 1]) && lower.Length - dash > 3 && Lexicon.FunctionWords.Contains(lower[..dash]));
    }

    /// The words the article writes in lower case, collected once per article (not once per question).
    private static HashSet<string> LowerCaseWords(ArticleAnalysis a)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in a.Sentences)
        {
            foreach (var t in s.Tokens)
            {
                if (t.Text.Length > 0 && char.IsLower(t.Text[0]))
                {
                    words.Add(t.Text);
                }
            }
        }

        return words;
    }

    /// Whether the headline's words name the answer (any accepted form of it).
    /// (A figure of any length gives itself away: "BBC to pour £9m into new comedy".)
    /// (Loops, not nested LINQ with closures: every draft of the article asks, with each of its accepted forms.)
    private static bool GivesAway(IReadOnlyList<string> titleWords, IEnumerable<string> answers)
    {
        foreach (var answer in answers)
        {
            foreach (var part in QuestionRanker.Normalize(answer).Split(' '))
            {
                if (part.Length > 2 || part.AsSpan().ContainsAnyInRange('0', '9'))
                {
                    foreach (var w in titleWords)
                    {
                        if (SameWord(w, part))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    /// "Germany" is given away by "German music…" in the headline, "Oscar" by "Oscars".
    private static bool SameWord(string a, string b) =>
        a == b || (Math.Min(a.Length, b.Length) >= 4 && Math.Abs(a.Length - b.Length) <= 2
            && (a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal)));

    private static Fact NewFact(ArticleAnalysis a, string kind, string subject, string relation, string obj, int sentence)
    {
        var text = a.Sentences[sentence].Text;
        return new Fact(StableId.Of("f", a.Article.Id, kind, subject, relation, obj, text), a.Article.Id, kind, subject, relation, obj, text);
    }

    // ---- who said it? -----------------------------------------------------------------------------------------

    private static void WhoSaid(ArticleAnalysis a, List<Fact> facts, List<Draft> drafts)
    {
        foreach (var q in a.Quotes)
        {
            var fact = NewFact(a, "quote", q.Speaker.FullName, "said", q.Text, q.Sentence);
            facts.Add(fact);
            // (Counted, not split: a quote may run to a paragraph.)
            var words = QuestionRanker.CountWords(q.Text);
            // A speaker named beside the quote, or an unambiguous "he said"; continued and guessed speakers are
            // wrong too often for a question whose whole point is the speaker (judged 3 wrong in 12).
            var named = QuoteFinder.NamingPatterns.Contains(q.Pattern) || q.Pattern == QuoteFinder.ContinuationOfNamed
                || (q.Pattern.EndsWith("(pronoun)", StringComparison.Ordinal) && q.Confidence >= 0.9);
            if (words < 5 || q.Confidence < 0.7 || !named)
            {
                continue;
            }

            // A quote within the quote ("She said: 'Whatever you want'") is someone else's words.
            var innerQuote = q.Text.Contains(" '", StringComparison.Ordinal) && q.Text.Count(c => c is '\'' or '‘' or '’') >= 2
                && q.Text.Split('\'', '‘', '’').Skip(1).FirstOrDefault()?.Split(' ').Length >= 3;
            if (innerQuote || q.Speaker.NameParts.Length < 2 || !char.IsUpper(q.Speaker.FullName[0]) || Gazetteer.Honorifics.Contains(q.Speaker.FirstName)
                || q.Speaker.NameParts.Distinct().Count() < q.Speaker.NameParts.Length)
            {
                continue; // "Mr Nogar" or "Charles Ray Charles" as the answer reads as a glitch
            }

            // A quote that names its own speaker ("we all want Mike to get better") was someone else's words, and
            // one that leans on the article ("he was there", "And it…") can't be understood on its own.
            // Only its opening sentences may be asked, when the rest leans on the article.
            var text = StandaloneQuote.LongestStandingPrefix(q.Text);
            if (text is null || QuestionRanker.CountWords(text) > 55
                || !string.Equals(MaskSpeaker(q.Text, q.Speaker), q.Text, StringComparison.Ordinal) || !CanSpeak(a, q.Speaker))
            {
                continue;
            }

            // The story's headline says what the quote is about ("I don't know what to say" means nothing alone),
            // unless it names the speaker: then it gives the answer away. Anyone else it names is never a choice
            // (the pool takes no one the prompt names), so "Hanks greeted at wintry premiere" may ask who else spoke.
            var titleNamesSpeaker = q.Speaker.NameParts.Any(part => part.Length > 2 && a.Headline.Contains(part, StringComparison.OrdinalIgnoreCase));
            // Without the story a quote among names is a guess (judges accepted 3 of 12): not asked. A headline that
            // names the speaker is told without the name when it can be ("Slater to star…" → "Actor to star…").
            var headline = !a.HeadlineReadsWhole ? null : titleNamesSpeaker ? HeadlineWithoutName(a, q.Speaker.FullName, Aliases(q.Speaker)) : a.Headline;
            if (headline is null)
            {
                continue;
            }

            // "A literate and qualified Turkish population." was the first half of a split quote: a noun phrase, no statement.
            if (FirstWord(text) is "A" or "An" or "The" && !SaysSomething(Tokenizer.Tokenize(text)))
            {
                continue;
            }

            // A quote that names nothing ("Everyone would be incredibly surprised if he didn't win", "I'm very thrilled for
            // the film") could be any choice's: judges accepted 3 such in 11, against 8 in 12 that name something.
            if (!QuoteNamesSomething(text))
            {
                continue;
            }

            var prompt = PromptLeads.InStory(headline, "Who said: “" + text.Trim('"', '“', '”') + "”?");
            var score = 0.55 + (0.25 * q.Confidence);
            drafts.Add(new Draft("who-said", fact, prompt, q.Speaker.FullName, AnswerType.Speaker, Aliases(q.Speaker), score, q.Sentence, a.Sentences[q.Sentence].Text, Draft.NoExclusions) { HeadlineUnnamed = titleNamesSpeaker });
        }
    }

    /// Whether a quote has a verb: an auxiliary or a common past form, an -ed or -s word before a function word or the
    /// end ("qualified Turkish population" is a describing word), a contraction ("it's"), or a word after a subject
    /// pronoun ("I love", "we want").
    private static bool SaysSomething(List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            var verbForm = LooksLikeVerb(t) && (Lexicon.Auxiliaries.Contains(t.Text) || CommonPastVerbs.Contains(t.Text)
                || k + 1 == tokens.Count || tokens[k + 1].Kind != TokenKind.Word || Lexicon.FunctionWords.Contains(tokens[k + 1].Text));
            if (verbForm || t.Text.Contains('\'', StringComparison.Ordinal) || t.Text.Contains('’', StringComparison.Ordinal)
                || (Lexicon.SubjectPronouns.Contains(t.Text) && k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && !tokens[k + 1].IsCapitalized))
            {
                return true;
            }
        }

        return false;
    }

    /// Whether a quote names someone or something: a capitalised word that doesn't open a sentence and isn't "I".
    internal static bool QuoteNamesSomething(string quote)
    {
        var words = quote.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i].TrimStart('"', '“', '‘', '\'', '(');
            var previous = words[i - 1];
            var opensSentence = previous.EndsWith('.') || previous.EndsWith('!') || previous.EndsWith('?') || previous.EndsWith(':') || previous.EndsWith('-') || previous is "-" or "–" or "—";
            if (w.Length > 1 && char.IsUpper(w[0]) && !opensSentence && !(w.StartsWith("I'", StringComparison.Ordinal) || w.StartsWith("I’", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// Newspapers, organisations, bands, shows and films are quoted too ("said Le Figaro newspaper"), but a
    /// "who said it?" answer must be a person.
    internal static bool CanSpeak(ArticleAnalysis a, Person speaker)
    {
        var name = speaker.FullName;
        if (speaker.IsWorkTitle || Gazetteer.Outlets.Contains(name) || Gazetteer.Outlets.Contains("The " + name) || Gazetteer.Organisations.Contains(name)
            || Gazetteer.TvShows.Contains(name) || Gazetteer.Films.Contains(name) || Gazetteer.Places.Contains(name)
            || a.Works.Any(w => string.Equals(w.Title, name, StringComparison.Ordinal)))
        {
            return false;
        }

        // "Le Figaro", "Los Lobos": a leading article is a title's, not a given name; "Iron Maiden" has no given
        // name at all. A speaker needs a known given name or a role the article gives them.
        return !ArticleAnalyzer.IsArticleWord(speaker.FirstName)
            && (Gazetteer.IsGivenName(speaker.FirstName) || speaker.Role is not null);
    }

    /// Replaces whole-word occurrences of the speaker's names in their own quote, so the quote doesn't answer itself.
    internal static string MaskSpeaker(string quote, Person speaker)
    {
        var result = quote;
        foreach (var name in (string[])[speaker.FullName, speaker.Surname, speaker.FirstName])
        {
            var at = 0;
            while ((at = result.IndexOf(name, at, StringComparison.Ordinal)) >= 0)
            {
                var end = at + name.Length;
                var wholeWord = (at == 0 || !char.IsLetterOrDigit(result[at - 1])) && (end == result.Length || !char.IsLetterOrDigit(result[end]));
                if (wholeWord)
                {
                    result = string.Concat(result.AsSpan(0, at), "…", result.AsSpan(end));
                    at++;
                }
                else
                {
                    at = end;
                }
            }
        }

        return result;
    }

    public static IReadOnlyList<string> Aliases(Person p) => p.Aliases;

    // ---- "Which director deemed …?" ----------------------------------------------------------------------------

    private static void SubjectWho(ArticleAnalysis a, List<Fact> facts, List<Draft> drafts)
    {
        foreach (var s in a.Sentences)
        {
            var tokens = s.Tokens;
            foreach (var m in a.Mentions[s.Index])
            {
                if (m.Pronoun || m.Possessive || m.Person.IsWorkTitle || m.Person.IsCharacter || tokens[m.Start].InQuote || !IsClauseStart(tokens, m.Start, out var clauseStart))
                {
                    continue;
                }

                var verb = m.End;
                // Skip an apposition: "Bruce Snyder, president of …, said" / "Robert De Niro, 61, has".
                if (verb < tokens.Count && tokens[verb].Text == ",")
                {
                    var close = -1;
                    for (var k = verb + 1; k < tokens.Count && k < verb + 12; k++)
                    {
                        if (tokens[k].Text == ",")
                        {
                            close = k;
                            break;
                        }
                    }

                    if (close < 0)
                    {
                        continue;
                    }

                    verb = close + 1;
                }

                if (verb >= tokens.Count || !LooksLikeVerb(tokens[verb]) || Lexicon.IsReportingVerb(tokens[verb].Text))
                {
                    continue;
                }

                // Coordinated subjects ("Krasinski and Fischer talked") make two right answers.
                if (tokens[verb].Text is "and" or "or" || (clauseStart < m.Start && tokens[m.Start - 1].Text is "and" or "&"))
                {
                    continue;
                }

                var end = ClauseEnd(tokens, verb);
                if (end - verb < 4 || JoinsAnotherClause(a, s, m.Person, verb, end) || VagueDefinite(tokens, verb))
                {
                    continue;
                }

                var vp = StemCleaner.RemoveRelativeTime(Render(a, s, verb, end, m.Person, out var unresolved));
                if (unresolved || vp.Split(' ').Length < 4)
                {
                    continue;
                }

                // "Which champion is host of…?": only a line of work makes a fair "Which …?".
                var role = PersonTraits.IsLineOfWork(m.Person.Role) ? m.Person.Role : null;
                var rolePrefix = clauseStart < m.Start ? RoleText(tokens, clauseStart, m.Start) : null;
                if (rolePrefix is not null && PersonTraits.IsLineOfWork(rolePrefix) && (rolePrefix.Split(' ').Any(w => Gazetteer.PersonRoles.Contains(w)) || Gazetteer.PersonRoles.Contains(rolePrefix)))
                {
                    role = rolePrefix;
                }

                var wh = role is null ? "Who" : "Which " + AsWritten(role, s.Text);
                var prompt = wh + " " + vp + "?";
                var fact = NewFact(a, "action", m.Person.FullName, tokens[verb].Text, vp, s.Index);
                facts.Add(fact);
                var excluded = NamedNear(a, s.Index);
                var score = role is null ? 0.62 : 0.72;
                drafts.Add(new Draft("subject-who", fact, prompt, m.Person.FullName, AnswerType.Person, Aliases(m.Person), score, s.Index, s.Text, excluded));
            }
        }
    }

    /// "Oprah Winfrey will voice a goose, John Cleese will voice a sheep…": another named person with a verb of their
    /// own inside the predicate is a second clause, and "Who will voice a goose, John Cleese will voice…?" is nonsense.
    private static bool JoinsAnotherClause(ArticleAnalysis a, Sentence s, Person subject, int from, int to)
    {
        foreach (var other in a.Mentions[s.Index])
        {
            if (other.Person != subject && !other.Pronoun && other.Start > from && other.End < to && !s.Tokens[other.Start].InQuote
                && (LooksLikeVerb(s.Tokens[other.End]) || s.Tokens[other.End].Text is "a" or "an" or "the"))
            {
                return true;
            }
        }

        return false;
    }

    /// "Who is the final contender…?", "Who is the other nominee…?": the article's list is the only context.
    private static bool VagueDefinite(List<Token> tokens, int verb) =>
        verb + 2 < tokens.Count && tokens[verb].Text is "is" or "was" or "are" or "were" && tokens[verb + 1].Text is "the"
        && tokens[verb + 2].Text is "final" or "last" or "other" or "remaining" or "latest" or "next" or "second" or "third" or "fourth" or "fifth";

    /// The role words before a name as written ("US actor", "Hollywood star"), lowering only a capital that
    /// is there because the word opens the sentence ("Actress Nicole Kidman" → "actress").
    private static string RoleText(List<Token> tokens, int from, int to)
    {
        var words = new List<string>(to - from);
        for (var k = from; k < to; k++)
        {
            var w = tokens[k].Text;
            if (k == 0 && !tokens[k].IsAllCaps && (Gazetteer.PersonRoles.Contains(w) || ArticleAnalyzer.IsCommonModifier(w)))
            {
                w = char.ToLowerInvariant(w[0]) + w[1..];
            }

            words.Add(w);
        }

        // "Prime Minister Tony Blair" → "Which prime minister…?", not "Which prime Minister…?".
        var text = string.Join(' ', words);
        return Gazetteer.PersonRoles.Contains(text) ? text.ToLowerInvariant() : text;
    }

    private static bool IsClauseStart(List<Token> tokens, int start, out int clauseStart)
    {
        // Role words between the clause start and the name belong to the answer ("Film star Robert De Niro …").
        var k = start;
        while (k > 0 && tokens[k - 1].Kind == TokenKind.Word && tokens[k - 1].Text is not ("its" or "his" or "her" or "their" or "our" or "my" or "your") && (Gazetteer.PersonRoles.Contains(tokens[k - 1].Text) || ArticleAnalyzer.IsRoleModifier(tokens[k - 1].Text)) && start - k < 3)
        {
            k--;
        }

        clauseStart = k;
        if (k == 0)
        {
            return true;
        }

        var prev = tokens[k - 1].Text;
        if (prev is "that")
        {
            // "Arnesen has denied that coach Jacques Santini resigned…", "hopes that…", "claimed that…": only what someone
            // said, found or confirmed is told as fact; a denial, a hope or a claim asked "Who resigned…?" would assert it.
            // ("told reporters that…": one object between; "was told that…" is hearsay.)
            return k >= 2 && (FactualThatVerbs.Contains(tokens[k - 2].Text)
                || (k >= 3 && tokens[k - 3].Text is "told" or "tells" && tokens[k - 2].Kind == TokenKind.Word && tokens[k - 2].Text is not ("that" or "was" or "is")));
        }

        // After a leading filler: "Luckily, Krasinski …", "But Krasinski …".
        if (k <= 4)
        {
            var lead = string.Join(' ', tokens.Take(k).Select(t => t.Text)).Replace(" ,", ",", StringComparison.Ordinal);
            foreach (var f in LeadingFillers)
            {
                if (lead.Equals(f, StringComparison.OrdinalIgnoreCase) || lead.Equals(f.TrimEnd(','), StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// "brought her back to", "puts her right up there", "left her alone": after these "her" is the object, not a
    /// possessive. The words that also describe a noun ("her right shoulder", "her first album", "her home town") count
    /// only before a function word or punctuation.
    private static bool AdverbAfterAnObject(List<Token> tokens, int at)
    {
        var word = tokens[at].Text;
        if (word is "away" or "again" or "together" or "alone" or "apart" or "twice" or "once" or "already" or "ahead" or "off" or "out" or "up")
        {
            return true;
        }

        return word is "right" or "back" or "home" or "down" or "through" or "first" or "last" or "there" or "here" or "now" or "still" or "forward"
            && (at + 1 == tokens.Count || tokens[at + 1].Kind != TokenKind.Word || Lexicon.FunctionWords.Contains(tokens[at + 1].Text));
    }

    /// Verbs whose "that" clause the story tells as fact: a report, a finding, a confirmation. (Not the ones that are
    /// nouns too, "reports that", "shows that", "rules that", nor a claim, "insisted that".)
    private static readonly HashSet<string> FactualThatVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "announced", "announces", "confirmed", "confirms", "revealed", "reveals", "added", "adds",
        "explained", "explains", "found", "showed", "learned", "learnt", "heard", "ruled", "stated", "reported", "disclosed",
        "discloses", "noted", "recalled", "recalls", "admitted", "admits", "acknowledged", "acknowledges", "emerged",
    };

    private static readonly HashSet<string> CommonPastVerbs = new(StringComparer.Ordinal)
    {
        "won", "took", "made", "became", "left", "went", "got", "gave", "came", "began", "led", "ran", "wrote", "sang",
        "hit", "set", "put", "beat", "bought", "sold", "lost", "met", "quit", "held", "kept", "brought", "built",
        "found", "felt", "fell", "grew", "knew", "saw", "spent", "stood", "struck", "taught", "thought", "threw",
        "drew", "drove", "flew", "forgot", "hid", "rose", "shot", "shook", "spoke", "stole", "swore", "tore",
        "wore", "broke", "chose", "froze", "paid", "sent", "split", "topped", "starred", "won't", "can", "cannot", "forecast",
    };

    private static bool LooksLikeVerb(Token t)
    {
        if (t.Kind != TokenKind.Word || t.IsCapitalized)
        {
            return false;
        }

        var w = t.Text;
        if (Lexicon.Auxiliaries.Contains(w) || CommonPastVerbs.Contains(w))
        {
            return true;
        }

        if (Lexicon.FunctionWords.Contains(w))
        {
            return false;
        }

        return (w.EndsWith("ed", StringComparison.Ordinal) && w.Length > 4) || (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3 && !w.EndsWith("'s", StringComparison.Ordinal));
    }

    private static int ClauseEnd(List<Token> tokens, int from)
    {
        var end = tokens.Count;
        var inQuote = false;
        for (var k = from; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Quote)
            {
                inQuote = !inQuote;
                continue;
            }

            if (inQuote)
            {
                continue;
            }

            // A comma opening a new clause ("…, Keira Knightley rises above…") ends this one too.
            var newClause = t.Text == "," && k + 2 < tokens.Count && tokens[k + 1].IsCapitalized && !tokens[k + 1].InQuote
                && tokens[k + 2].Kind == TokenKind.Word && !tokens[k + 2].IsCapitalized && LooksLikeVerb(tokens[k + 2]);
            if (newClause || t.Text is ";" or "—" or "–" or "while" or "whereas" || (t.Text == "," && k + 1 < tokens.Count && tokens[k + 1].Text is "while" or "but" or "although" or "though" or "which" or "where" or "as" or "so" or "adding" or "saying" or "and"))
            {
                end = k;
                break;
            }
        }

        // Drop sentence-final punctuation.
        while (end > from && tokens[end - 1].Kind == TokenKind.Punct && tokens[end - 1].Text is "." or "!" or "?" or "," or ":")
        {
            end--;
        }

        return end;
    }

    /// A pronoun's word inside a title, not a pronoun: "single Sometimes You Can't Make It On Your Own", "hits Losing My
    /// Religion". A capitalised "It" or "My" mid-clause is one (not "I", which is capitalised anyway).
    private static bool TitleWord(List<Token> tokens, int from, int k)
    {
        var t = tokens[k];
        return k > from && t.IsCapitalized && !IsI(t.Text)
            && tokens[k - 1].Text is not ("." or "!" or "?" or ":" or "\"" or "“") && tokens[k - 1].Kind != TokenKind.Quote
            && (Lexicon.FirstPersonPronouns.Contains(t.Text.ToLowerInvariant()) || t.Text is "It" or "Its" or "It's" or "It’s" or "They" or "Them" or "Their");
    }

    /// "I" and its contractions: capitalised wherever they stand, so never a title's word.
    private static bool IsI(string word) => word is "I" or "I'm" or "I’m" or "I've" or "I’ve" or "I'd" or "I’d" or "I'll" or "I’ll";

    /// An "its" or "their" that can only be the clause's opening name's: "Beastie Boys have won their long-running
    /// battle", "Celebrity Big Brother attracted fewer viewers than its 2002 series", "Spider-Man and its sequel". The
    /// name is no one's (no person's mention, no given name, no role), a verb (or "and") follows it, and nothing else
    /// that could own the pronoun — a capitalised word, a person, another pronoun, a quote — comes between.
    internal static bool OwnedByOpener(ArticleAnalysis a, Sentence s, int from, int k)
    {
        var tokens = s.Tokens;
        if (tokens[k].Text is not ("its" or "their"))
        {
            return false;
        }

        var start = from < tokens.Count && tokens[from].Text is "The" ? from + 1 : from;
        var end = start;
        while (end < k && end - start < 4 && (tokens[end].IsCapitalized || (tokens[end].Kind == TokenKind.Number && end == start)) && !tokens[end].IsPossessive && !tokens[end].InQuote)
        {
            end++;
        }

        if (end == start || end >= k || tokens[start].Kind == TokenKind.Word && (Lexicon.FunctionWords.Contains(tokens[start].Text) || Lexicon.DemonstrativeStarts.Contains(tokens[start].Text)
            || Lexicon.SubjectPronouns.Contains(tokens[start].Text) || OpeningClauseWords.Contains(tokens[start].Text) || Gazetteer.PersonRoles.Contains(tokens[start].Text.ToLowerInvariant())
            || Gazetteer.Honorifics.Contains(tokens[start].Bare.TrimEnd('.')) || Lexicon.GenderOf(tokens[start].Text) != 0))
        {
            return false;
        }

        var next = tokens[end];
        if (next.Kind != TokenKind.Word || !(LooksLikeVerb(next) || next.Text == "and"))
        {
            return false;
        }

        // "Injuries have taken their toll": one capitalised word opening a sentence is a name only if the article
        // capitalises it elsewhere too (the headline's later words, another sentence's middle).
        if (end - start == 1 && tokens[start].Kind == TokenKind.Word && !CapitalisedElsewhere(a, s.Index, tokens[start].Text))
        {
            return false;
        }

        foreach (var m in a.Mentions[s.Index])
        {
            if (m.Start < k && m.End > start)
            {
                return false; // a person (or a pronoun the resolver tied to one) before the "its"
            }
        }

        for (var j = end; j < k; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Quote || t.IsCapitalized || (t.Kind == TokenKind.Word && (Lexicon.PersonalPronouns.Contains(t.Text) || t.Text is "it" or "its")))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OpenerOwnsPronoun(ArticleAnalysis a, Sentence s, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (OwnedByOpener(a, s, from, k))
            {
                return true;
            }
        }

        return false;
    }

    /// Whether the article capitalises <paramref name="word"/> where no sentence starts: after the headline's first word,
    /// or inside a sentence other than <paramref name="sentence"/> ("Steps raised…", "Injuries have taken…" open theirs).
    private static bool CapitalisedElsewhere(ArticleAnalysis a, int sentence, string word)
    {
        var headline = a.Headline;
        var inHeadline = headline.IndexOf(" " + word, StringComparison.Ordinal);
        if (inHeadline >= 0 && (inHeadline + word.Length + 1 == headline.Length || !char.IsLetter(headline[inHeadline + word.Length + 1])))
        {
            return true;
        }

        foreach (var other in a.Sentences)
        {
            if (other.Index == sentence)
            {
                continue;
            }

            for (var k = 1; k < other.Tokens.Count; k++)
            {
                if (other.Tokens[k].Text == word && other.Tokens[k - 1].Text is not ("." or "!" or "?" or ":") && other.Tokens[k - 1].Kind != TokenKind.Quote)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// Whether any mention (a name's or a pronoun's) starts at token <paramref name="k"/>.
    private static bool MentionStartsAt(List<Mention> mentions, int k)
    {
        foreach (var m in mentions)
        {
            if (m.Start == k)
            {
                return true;
            }
        }

        return false;
    }

    /// The first pronoun's (or name's) mention that starts at token <paramref name="k"/>, or none.
    private static Mention MentionAt(List<Mention> mentions, int k, bool pronoun)
    {
        foreach (var m in mentions)
        {
            if (m.Pronoun == pronoun && m.Start == k)
            {
                return m;
            }
        }

        return default;
    }

    /// Renders tokens [from, to) as text, resolving third-person pronouns that don't refer to the answer and
    /// expanding surname-only mentions to full names. Sets <paramref name="unresolved"/> when a pronoun can't be
    /// tied to anyone, or first-person narration leaks in.
    /// <paramref name="keepAt"/>: a token written as it is, whatever the resolver made of it (an opening "Their" that
    /// <see cref="NameIt"/> names).
    internal static string Render(ArticleAnalysis a, Sentence s, int from, int to, Person? answer, out bool unresolved, bool expandOtherPronouns = true, IReadOnlySet<int>? surePronouns = null, int keepAt = -1)
    {
        unresolved = false;
        // (Sized for the sentence: a clause of it, its names written in full, seldom needs more.)
        var sb = new StringBuilder(s.Text.Length + 16);
        var mentions = a.Mentions[s.Index];
        var expanded = new HashSet<Person>();
        var named = new HashSet<Person>();
        // The answer's gender as the article gives it ("actress Ruby Dee" is no "his"), else her given name's.
        var answerGender = answer is null ? 0 : answer.Gender != 0 ? answer.Gender : Lexicon.GenderOf(answer.FirstName);
        var lastEnd = -1;
        for (var k = from; k < to; k++)
        {
            var t = s.Tokens[k];
            var tokenEnd = t.End;
            var text = t.Text;
            // "Mr Spector" is how the article speaks of Phil Spector after naming him; a question names him in full.
            if (!t.InQuote && ByFullName(a, s, k, to) is { } titled)
            {
                named.Add(titled);
                expanded.Add(titled);
                var surname = s.Tokens[k + 1];
                text = titled.FullName + (surname.IsPossessive ? s.Text[(surname.End - 2)..surname.End] : string.Empty);
                tokenEnd = surname.End;
                k++;
            }
            else if (BandDescription(a, s, k, to))
            {
                // "the band left the stage" in a story about Babyshambles: the band by name.
                var noun = s.Tokens[k + 1];
                text = noun.IsPossessive ? BandOwner(a) : a.Band!;
                tokenEnd = noun.End;
                k++;
            }
            else if (!t.InQuote && t.Kind == TokenKind.Word && k != keepAt && BandPronounMention(a, s, from, k) is >= 0 and var mentioned)
            {
                // "REM played versions of their hits" reads right; "By 1978, they had won…" is told who (the clause's
                // opening pronoun is its own last mention).
                if (mentioned == k)
                {
                    text = t.Text.ToLowerInvariant() is "their" ? BandOwner(a) : a.Band!;
                }
            }
            else if (!t.InQuote && t.Kind == TokenKind.Word && k != keepAt && !TitleWord(s.Tokens, from, k) && !OwnedByOpener(a, s, from, k) && !PluralSubjectPronoun(a, s, from, k))
            {
                var lower = t.Text.ToLowerInvariant();
                if (Lexicon.FirstPersonPronouns.Contains(lower) && t.Text != "US")
                {
                    unresolved = true;
                }

                if (Lexicon.PersonalPronouns.Contains(lower) || lower is "it" or "they" or "them" or "their")
                {
                    var m = MentionAt(mentions, k, pronoun: true);
                    // A pronoun that can be the answer's own ("Julia Roberts won her 10th crown") stays: the
                    // resolver's guess at someone else is the likelier mistake.
                    var pronounGender = Lexicon.GenderOfPronoun(lower);
                    var fitsAnswer = pronounGender == 0 || answerGender == 0 || answerGender == pronounGender;
                    if (answer is not null && m.Person != answer && fitsAnswer)
                    {
                        m = m with { Person = answer };
                    }

                    var sure = surePronouns?.Contains(k) == true;
                    // "actress Ruby Dee his wife of 56 years": a "his" resolved to her is someone else's.
                    var wrongGender = m.Person is not null && m.Person == answer && !fitsAnswer;
                    if ((m.Person is null && !sure) || wrongGender || (m.Person != answer && !expandOtherPronouns && !sure))
                    {
                        unresolved = true;
                    }
                    else if (sure && (m.Person is null || named.Contains(m.Person) || (OpeningClauseWords.Contains(s.Tokens[0].Text) && mentions.Any(x => !x.Pronoun && x.Person == m.Person && x.Start > k)
                        && !s.Tokens.Take(k).Any(x => x.Text == ","))))
                    {
                        // "Elvis Presley has scored his 19th number one": named already, the pronoun reads right.
                    }
                    else if (m.Person is not null && m.Person != answer)
                    {
                        named.Add(m.Person);
                        text = lower switch
                        {
                            "his" or "their" => m.Person.FullName + "'s",
                            "her" when k + 1 < to && s.Tokens[k + 1].Kind == TokenKind.Word && !Lexicon.FunctionWords.Contains(s.Tokens[k + 1].Text)
                                && !AdverbAfterAnObject(s.Tokens, k + 1) => m.Person.FullName + "'s",
                            "he'd" or "she'd" or "he’d" or "she’d" => m.Person.FullName + " had",
                            _ when lower.StartsWith("he", StringComparison.Ordinal) && lower.Length > 3 => m.Person.FullName + text[2..],
                            _ => m.Person.FullName,
                        };
                    }
                }
                else
                {
                    var m = MentionAt(mentions, k, pronoun: false);
                    if (m.Person is not null)
                    {
                        named.Add(m.Person);
                    }

                    var afterHonorific = k > 0 && Gazetteer.Honorifics.Contains(s.Tokens[k - 1].Bare.TrimEnd('.'));
                    // "band Kasabian" is the band, whoever else in the article shares the name.
                    // "Kasabian songwriter Sergio Pizzorno": a name used as a modifier is a band's or a firm's.
                    afterHonorific |= k + 1 < s.Tokens.Count && s.Tokens[k + 1].Kind == TokenKind.Word && !s.Tokens[k + 1].IsCapitalized && Gazetteer.PersonRoles.Contains(s.Tokens[k + 1].Text);
                    afterHonorific |= k > 0 && s.Tokens[k - 1].Text is "band" or "group" or "duo" or "trio" or "film" or "movie" or "album" or "show" or "series" or "label" or "magazine" or "newspaper" or "programme" or "single" or "song" or "team" or "company" or "firm"
                        or "biopic" or "drama" or "comedy" or "documentary" or "musical" or "play" or "novel" or "book" or "thriller";
                    // "biopic Kinsey, starring Liam Neeson as sex researcher Alfred Kinsey": a sentence that names
                    // someone in full says who its other "Kinsey" is not.
                    // "the Cherry and White's quarter-final" (Gloucester's) is no Jason White's: a surname after "and" and
                    // a capitalised word that is no one's is part of a name.
                    // ("British Raj and Bernath plays…": a verb of its own makes it someone.)
                    afterHonorific |= k > 1 && s.Tokens[k - 1].Text is "and" or "&" && s.Tokens[k - 2].IsCapitalized && MentionAt(mentions, k - 2, pronoun: false).Person is null
                        && !mentions.Any(x => !x.Pronoun && x.End == k - 1) && !(k + 1 < s.Tokens.Count && LooksLikeVerb(s.Tokens[k + 1]));
                    if (m.Person is not null && m.End - m.Start == 1 && t.Bare == m.Person.Surname && !afterHonorific && !expanded.Contains(m.Person) && m.Person.FullName.Contains(' ', StringComparison.Ordinal)
                        && !s.Text.Contains(m.Person.FullName, StringComparison.Ordinal))
                    {
                        expanded.Add(m.Person);
                        text = m.Person.FullName + (t.IsPossessive ? text[^2..] : string.Empty);
                    }
                }
            }

            var gapOk = lastEnd >= 0 && t.Start > lastEnd;
            if (sb.Length > 0 && gapOk)
            {
                sb.Append(' ');
            }

            sb.Append(text);
            lastEnd = tokenEnd;
        }

        // A quote closing the clause keeps its words but not the sentence's full stop: `"off-the-charts nervous."`.
        var rendered = sb.ToString();
        foreach (var end in new[] { ".\"", ".”", ",\"", ",”" })
        {
            if (rendered.EndsWith(end, StringComparison.Ordinal))
            {
                rendered = rendered[..^2] + rendered[^1];
            }
        }

        return rendered;
    }

    /// The person "Mr Spector" (title at <paramref name="k"/>, surname after it) stands for, when the article gave
    /// the full name and nobody else in it has that surname.
    private static Person? ByFullName(ArticleAnalysis a, Sentence s, int k, int to)
    {
        if (k + 1 >= to || !Gazetteer.Honorifics.Contains(s.Tokens[k].Bare.TrimEnd('.')) || s.Tokens[k].Bare is "Sir" or "Dame" or "Lord" or "Lady")
        {
            return null;
        }

        foreach (var m in a.Mentions[s.Index])
        {
            if (m.Start == k + 1 && !m.Pronoun && m.End == k + 2 && m.Person.NameParts.Length > 1 && s.Tokens[k + 1].Bare == m.Person.Surname
                && !Gazetteer.Honorifics.Contains(m.Person.FirstName.TrimEnd('.')) && m.Person.IsReliable
                && a.Persons.Count(p => p.Surname == m.Person.Surname) == 1)
            {
                return m.Person;
            }
        }

        return null;
    }

    // ---- works: podcasts, episodes, shows ----------------------------------------------------------------------

    [GeneratedRegex(@"\b(?<prep>during|in|on|at)\s+(?<np>the\s+[^,“”""]{3,80}?),\s*[""“](?<title>[^""“”]{2,60}?)[.,]?[""”]")]
    private static partial Regex AppositiveTitle();

    private static void Works(ArticleAnalysis a, List<Fact> facts, List<Draft> drafts)
    {
        foreach (var w in a.Works)
        {
            var s = a.Sentences[w.Sentence];
            var kindName = w.Kind.ToString().ToLowerInvariant();
            if (w.Kind is WorkKind.Role or WorkKind.Title)
            {
                facts.Add(NewFact(a, "title", w.Title, "is mentioned as", w.Kind == WorkKind.Role ? "a role" : "a title", w.Sentence));
                continue;
            }

            if (w.Owner is not null)
            {
                var fact = NewFact(a, kindName, w.Title, kindName + " of", w.Owner, w.Sentence);
                facts.Add(fact);
                var sameOwner = a.Works.Count(x => x.Owner == w.Owner && x.Kind == w.Kind && x.Title != w.Title);
                // "Jamie Foxx's film" has many right answers outside the article; a podcast or an episode is one thing.
                if (sameOwner == 0 && w.Kind is WorkKind.Podcast or WorkKind.Episode)
                {
                    var prompt = $"What is the name of {w.Owner}'s {kindName}?";
                    var owners = w.Owner.Split([", ", " and "], StringSplitOptions.None).ToHashSet(StringComparer.Ordinal);
                    drafts.Add(new Draft("owner-work", fact, prompt, w.Title, Draft.TypeOf(w.Kind), [w.Title], 0.8, w.Sentence, s.Text, owners));
                }
            }
            else
            {
                facts.Add(NewFact(a, kindName, w.Title, "is a", kindName, w.Sentence));
            }
        }

        foreach (var s in a.Sentences)
        {
            // (Only a sentence with a comma before a quote mark can hold one: the pattern is tried at every "in", "on"
            // and "at" of every sentence otherwise.)
            if (!CommaBeforeQuote(s.Text))
            {
                continue;
            }

            foreach (Match m in AppositiveTitle().Matches(s.Text))
            {
                var title = m.Groups["title"].Value.Trim();
                if (!ArticleAnalyzer.LooksLikeTitle(title))
                {
                    continue;
                }

                var prefix = StripFillers(s.Text[..m.Index].Trim().TrimEnd(','));
                if (prefix.Split(' ').Length < 3 || prefix.Contains('"', StringComparison.Ordinal) || prefix.Contains('“', StringComparison.Ordinal))
                {
                    continue;
                }

                var np = m.Groups["np"].Value.Trim();
                var kind = np.Contains("episode", StringComparison.OrdinalIgnoreCase) ? WorkKind.Episode : WorkKind.Title;
                var prompt = $"What was the title of {np}, {m.Groups["prep"].Value} which {LowerFirst(prefix)}?";
                var fact = NewFact(a, kind == WorkKind.Episode ? "episode" : "title", title, "is", np, s.Index);
                facts.Add(fact);
                drafts.Add(new Draft("appositive-title", fact, prompt, title, Draft.TypeOf(kind), [title], 0.8, s.Index, s.Text, Draft.NoExclusions));
            }
        }
    }

    /// A comma, then (after white space, if any) an opening quote mark: where <see cref="AppositiveTitle"/>'s title starts.
    private static bool CommaBeforeQuote(string text)
    {
        for (var at = text.IndexOf(','); at >= 0; at = text.IndexOf(',', at + 1))
        {
            var next = at + 1;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }

            if (next < text.Length && text[next] is '"' or '“')
            {
                return true;
            }
        }

        return false;
    }

    /// What Split(' ')[0] would give, without splitting the rest.
    private static ReadOnlySpan<char> FirstWord(string text) => text.IndexOf(' ') is >= 0 and var space ? text.AsSpan(0, space) : text;

    internal static string StripFillers(string text)
    {
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var f in LeadingFillers)
            {
                if (text.StartsWith(f + " ", StringComparison.Ordinal))
                {
                    text = text[(f.Length + 1)..].TrimStart();
                    changed = true;
                }
            }
        }

        return text;
    }

    private static string LowerFirst(string text)
    {
        // Keep proper nouns capitalised: only lower a leading function word ("The", "A").
        var first = text.Split(' ')[0];
        return Lexicon.FunctionWords.Contains(first) && first != "I" ? char.ToLowerInvariant(text[0]) + text[1..] : text;
    }

    // ---- years and ages ---------------------------------------------------------------------------------------

    [GeneratedRegex(@"\b[Ii]n\s+(?<year>(?:19|20)\d\d),?\s+when\s+(?<clause>[A-Z][^,.;:]{3,80}?)(?=[,.;:])")]
    private static partial Regex InYearWhen();

    [GeneratedRegex(@"^(?<clause>[A-Z][^,;:""“”()]{8,120}?)\s+in\s+(?<year>(?:19|20)\d\d)(?=[.,;]|$)")]
    private static partial Regex ClauseInYear();

    private static void Years(ArticleAnalysis a, List<Fact> facts, List<Draft> drafts)
    {
        foreach (var s in a.Sentences)
        {
            if (!ContainsYear(s.Text))
            {
                continue;
            }

            var m = InYearWhen().Match(s.Text);
            if (m.Success)
            {
                var clause = AnchoredSubject(a, m.Groups["clause"].Value.Trim());
                // "Brian McFadden was two years old in what year?" is a riddle about a birthday, not the story's fact
                // (blind judge, sample S1).
                if (clause is null || s_wasAgeYearOld.IsMatch(clause) || clause.Contains(" years old", StringComparison.Ordinal))
                {
                    continue;
                }

                var year = m.Groups["year"].Value;
                var fact = NewFact(a, "year", clause, "in year", year, s.Index);
                facts.Add(fact);
                drafts.Add(new Draft("year-when", fact, clause + " in what year?", year, AnswerType.Year, [year], 0.74, s.Index, s.Text, Draft.NoExclusions));
                continue;
            }

            var text = StripFillers(s.Text);
            m = ClauseInYear().Match(text);
            // "Opal was murdered in 1979": a surname alone is only clear inside the article.
            if (m.Success && StartsWithName(m.Groups["clause"].Value) && AnchoredSubject(a, m.Groups["clause"].Value.Trim()) is { } subject)
            {
                var clause = StemCleaner.RemoveRelativeTime(subject);
                var year = m.Groups["year"].Value;
                var fact = NewFact(a, "year", clause, "in year", year, s.Index);
                facts.Add(fact);
                drafts.Add(new Draft("year-in-situ", fact, clause + " in what year?", year, AnswerType.Year, [year], 0.62, s.Index, s.Text, Draft.NoExclusions));
            }
        }
    }

    /// A year question's subject has to be clear outside the article. "McFadden was two" becomes "Brian McFadden was
    /// two" when the article has one McFadden, and is dropped when it has two; "Dummy was a critics' favourite" (one
    /// capitalised word that is no one and nothing we know) is dropped too.
    private static string? AnchoredSubject(ArticleAnalysis a, string clause)
    {
        var words = clause.Split(' ');
        var first = words[0].TrimEnd(',');
        var second = words.Length > 1 ? words[1] : string.Empty;
        var named = a.Persons.Where(p => p.NameParts.Length > 1 && (p.Surname == first || p.FirstName == first)).ToList();
        if (named.Count > 0 && !(second.Length > 0 && named.Any(p => p.NameParts.Contains(second))))
        {
            if (named.Count != 1 || named[0].Surname != first)
            {
                return null;
            }

            // "Lucas and Walliams won…" → "Matt Lucas and David Walliams won…", not "Matt Lucas and Walliams".
            var rest = clause[first.Length..];
            if (second == "and" && words.Length > 2 && words[0] == first && clause.Length >= first.Length + 5 + words[2].Length)
            {
                var other = words[2].TrimEnd(',');
                var partner = a.Persons.Where(p => p.NameParts.Length > 1 && p.Surname == other).ToList();
                if (partner.Count > 1)
                {
                    return null;
                }

                if (partner.Count == 1)
                {
                    rest = " and " + partner[0].FullName + clause[(first.Length + 5 + other.Length)..];
                }
            }

            return named[0].FullName + rest;
        }

        var lone = named.Count == 0 && second.Length > 0
            && (Lexicon.Auxiliaries.Contains(second) || CommonPastVerbs.Contains(second) || (second.EndsWith("ed", StringComparison.Ordinal) && second.Length > 4));
        if (lone && !Lexicon.FunctionWords.Contains(first) && !Gazetteer.Places.Contains(first) && !Gazetteer.Organisations.Contains(first)
            && !Gazetteer.TvShows.Contains(first) && !Gazetteer.Films.Contains(first))
        {
            return null;
        }

        return clause;
    }

    private static bool ContainsYear(string text)
    {
        return text.Contains(" 19", StringComparison.Ordinal) || text.Contains(" 20", StringComparison.Ordinal);
    }

    private static bool StartsWithName(string clause)
    {
        var first = clause.Split(' ')[0];
        return char.IsUpper(first[0]) && !Lexicon.FunctionWords.Contains(first) && !Lexicon.SubjectPronouns.Contains(first)
            && !Lexicon.DemonstrativeStarts.Contains(first) && !Gazetteer.StopCapitalized.Contains(first) && !first.EndsWith("ing", StringComparison.Ordinal);
    }

    // The `s_…` regexes are interpreted, not source-generated: each runs rarely enough (or compiles to a large enough
    // matcher) that JIT-compiling it at start-up would cost more than interpreting it saves (bench: jit_ms).
    private static readonly Regex s_wasAgeYearOld = new(@"\b(?:was|is|became)\s+an?\s+(?<age>\d{1,3})-year-old\b");

    [GeneratedRegex(@"\bwhen\s+(?<clause>[A-Z][^,.;:]{3,80}?)(?=[,.;:])")]
    private static partial Regex WhenClause();

    private static void Ages(ArticleAnalysis a, List<Fact> facts, List<Draft> drafts)
    {
        foreach (var s in a.Sentences)
        {
            if (!s.Text.Contains("-year-old", StringComparison.Ordinal))
            {
                continue;
            }

            var m = s_wasAgeYearOld.Match(s.Text);
            if (!m.Success)
            {
                continue;
            }

            // The subject: the last person mentioned before "was a NN-year-old".
            var subject = a.Mentions[s.Index].LastOrDefault(x => s.Tokens[x.Start].Start < m.Index && !s.Tokens[x.Start].InQuote);
            if (subject.Person is null)
            {
                continue;
            }

            var age = m.Groups["age"].Value;
            var anchor = WhenClause().Match(s.Text) is { Success: true } w ? "when " + w.Groups["clause"].Value.Trim()
                : InYearWhen().Match(s.Text) is { Success: true } y ? "in " + y.Groups["year"].Value
                : Regex.Match(s.Text, @"\bin\s+((?:19|20)\d\d)\b", RegexOptions.None, TimeSpan.FromSeconds(1)) is { Success: true } y2 ? "in " + y2.Groups[1].Value
                : null;
            var fact = NewFact(a, "age", subject.Person.FullName, anchor is null ? "age" : "age " + anchor, age, s.Index);
            facts.Add(fact);
            if (anchor is null)
            {
                continue; // an unanchored age is relative to an unknown article date
            }

            var prompt = $"How old was {subject.Person.FullName} {anchor}?";
            drafts.Add(new Draft("age", fact, prompt, age, AnswerType.Age, [age], 0.78, s.Index, s.Text, Draft.NoExclusions));
        }
    }

    /// A fill-in-the-blank sentence has to stand on its own: no pronoun or "Mr Smith" pointing back into the article,
    /// and at least two other names, numbers or titles to anchor it. (One beside the story's headline was judged 42 of
    /// 60, 2026-12-07: "Lille is a popular tourist destination for Britons who want a taste of _____".)
    /// <paramref name="openerOwns"/>: <see cref="OwnedByOpener"/> found the clause's "its" or "their" to be its opening
    /// name's. (SelfContained reads the sentence before the blank goes in.)
    private static bool SelfContained(string sentence, string answer, IEnumerable<string> people, bool openerOwns, bool pluralOwns)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var anchors = 0;
        var at = 0;
        // (Each word lowered into a buffer, not a string: only pronouns are looked for, and a word longer than the
        // buffer is none.)
        Span<char> buffer = stackalloc char[16];
        var personalPronouns = Lexicon.PersonalPronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < words.Length; i++)
        {
            // Where this word starts: the sentence before it is what "before" means below.
            at = sentence.IndexOf(words[i], at, StringComparison.Ordinal);
            var before = sentence.AsSpan(0, at);
            at += words[i].Length;
            var w = words[i].Trim(WordPunctuation);
            if (w.Length == 0)
            {
                continue;
            }

            ReadOnlySpan<char> lower = w.Length <= buffer.Length ? buffer[..w.AsSpan().ToLowerInvariant(buffer)] : w;
            // "_____ won her 10th crown", "Elvis Presley has scored his 19th number one": someone named (or the
            // blank) comes first in the sentence itself.
            var backInSentence = lower is "he" or "him" or "his" or "himself" or "she" or "her" or "herself"
                && (NamedBefore(before) || NamedAfterOpeningClause(i));
            // "Sweet Charity has cancelled its run": an "its" after the name the sentence opens on is that name's.
            // (Not "its" after a person: "Paul Rhys was its best Shakespearean performer" is the awards' of the sentence before.)
            // "Beastie Boys have won their long-running battle": a "their" as surely the opening name's, when only
            // lower-case words come between (Render kept it only then: see OwnedByOpener).
            var ownersOwn = (lower is "its" || (lower is "their" && openerOwns && OnlyLowerBetween(i))) && i > 1
                && OpensOnName(words) && !NamedBefore(before)
                && !Gazetteer.PersonRoles.Contains(words[0].ToLowerInvariant()) && Lexicon.GenderOf(words[0]) == 0 && !words[0].Contains("-winner", StringComparison.Ordinal);
            // "single Sometimes You Can't Make It On Your Own": a capitalised pronoun inside the sentence is a title's word.
            var titleWord = i > 0 && char.IsUpper(w[0]) && char.IsLetter(words[i][0]) && !IsI(w) && words[i - 1][^1] is not ('.' or '!' or '?' or ':');
            // ("U2, who have won three Grammy Awards for their hit Vertigo", "Jamie Foxx and Hilary Swank have won…, boosting
            // their Oscars hopes": the band's or the plural subject's, as Render checked.)
            var bands = pluralOwns && lower is "they" or "their" or "them" or "themselves";
            if (!titleWord && !bands && ((personalPronouns.Contains(lower) && !backInSentence && !ownersOwn) || (lower is "it" or "its" or "they" or "them" or "this" or "these" or "those" && !ownersOwn)))
            {
                return false;
            }

            // "Mr Thoday" with no first name anywhere near: who? ("Professor Stephen Hawking" says; "Queen bassist",
            // "Saving Private Ryan", "Big Brother" use no title.)
            if (Gazetteer.Honorifics.Contains(w.TrimEnd('.')) && i + 1 < words.Length && !answer.Contains(words[i + 1].Trim(',', '.'), StringComparison.Ordinal)
                && char.IsUpper(words[i + 1][0]) && !(i > 0 && char.IsUpper(words[i - 1][0]))
                && !(i + 2 < words.Length && words[i + 1][^1] is not (',' or '.' or '\'' or '’' or 's') && char.IsUpper(words[i + 2][0])))
            {
                return false;
            }

            // (A sentence's first word is capitalised anyway; it counts when a name goes on: "Andrea Arnold's drama…".)
            var opensAName = i == 0 && i + 1 < words.Length && words[i + 1].Length > 0 && char.IsUpper(words[i + 1][0]) && !Lexicon.FunctionWords.Contains(w);
            // ("cost Sony $10 million to make": a sum says something particular as a number does.)
            var sum = w.Length > 1 && w[0] is '$' or '£' or '€' && char.IsDigit(w[1]);
            if ((i > 0 || opensAName) && (char.IsUpper(w[0]) || char.IsDigit(w[0]) || sum) && !answer.Contains(w, StringComparison.Ordinal))
            {
                anchors++;
            }
        }

        return anchors >= 2;

        // Between the opening name (its capitalised words) and word i: lower-case words only.
        bool OnlyLowerBetween(int i)
        {
            var k = words[0] == "The" ? 1 : 0;
            while (k < i && words[k].Length > 0 && (char.IsUpper(words[k][0]) || char.IsDigit(words[k][0]) || words[k].StartsWith("_____", StringComparison.Ordinal)))
            {
                k++;
            }

            for (; k < i; k++)
            {
                if (words[k].Length == 0 || !char.IsLower(words[k][0]))
                {
                    return false;
                }
            }

            return true;
        }

        static bool OpensOnName(string[] words)
        {
            // ("The Da Vinci Code…": the name after "The".)
            var first = words[0] == "The" ? words[1] : words[0].Trim('"', '“');
            return first.Length > 0 && char.IsUpper(first[0]) && !Lexicon.FunctionWords.Contains(first) && !Lexicon.DemonstrativeStarts.Contains(first)
                && !QuestionRanker.Prepositions.Contains(first.ToLowerInvariant()) && !OpeningClauseWords.Contains(first);
        }

        // "Since she presented…, Andrea Arnold has kept…": the pronoun opens on the name after the clause's comma.
        bool NamedAfterOpeningClause(int i)
        {
            var comma = Array.FindIndex(words, w => w.EndsWith(','));
            if (!OpeningClauseWords.Contains(words[0]) || comma < i || comma + 1 >= words.Length)
            {
                return false;
            }

            var rest = string.Join(' ', words.Skip(comma + 1));
            return people.Any(p => rest.StartsWith(p, StringComparison.Ordinal));
        }

        bool NamedBefore(ReadOnlySpan<char> before)
        {
            foreach (var p in people)
            {
                if (before.Contains(p, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }
    }

    // What SelfContained takes off each word, allocated once (a literal list would be a new array per word).
    private static readonly char[] WordPunctuation = [',', '.', ';', ':', '(', ')', '"', '“', '”'];

    /// Words that open a clause a pronoun in it may look forward from: "Since she…, Andrea Arnold…".
    private static readonly HashSet<string> OpeningClauseWords = new(StringComparer.Ordinal)
    {
        "Since", "When", "After", "Before", "As", "While", "Although", "Though", "Because", "Once", "Asked", "Despite", "Following",
    };

    // "Stade de France", "Ludwig van Beethoven", "Los Caballeros de Plan G": lower-case words inside a name.
    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal) { "de", "du", "des", "la", "le", "von", "van", "der", "di", "da", "del", "dos" };

    /// A blank must cover a whole name: "_____ Parker" or "The 10th _____" would cut one in half.
    private static bool CutsAName(string text, int at, int length)
    {
        var end = at + length;
        if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '/' or '-' or '.' or ':' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1])))
        {
            return true; // "Fahrenheit 9" inside "Fahrenheit 9/11"
        }

        if (end + 1 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]))
        {
            return true;
        }

        // "_____ de Plan G": the particle goes on into the name.
        if (end + 1 < text.Length && text[end] == ' ' && text.IndexOf(' ', end + 1) is var particleEnd and > 0
            && NameParticles.Contains(text[(end + 1)..particleEnd]) && particleEnd + 1 < text.Length && char.IsUpper(text[particleEnd + 1]))
        {
            return true;
        }

        if (at >= 2 && text[at - 1] == ' ')
        {
            var wordStart = text.LastIndexOf(' ', at - 2) + 1;
            var previous = text[wordStart..(at - 1)];
            var sentenceStart = wordStart == 0 || text[wordStart - 2] is '.' or ':';
            // "Stade de _____", "Ludwig van _____": a particle inside a name.
            if (NameParticles.Contains(previous) && wordStart >= 2)
            {
                var before = text[(text.LastIndexOf(' ', wordStart - 2) + 1)..(wordStart - 1)];
                return before.Length > 0 && char.IsUpper(before[0]);
            }

            return previous.Length > 0 && char.IsUpper(previous[0]) && !sentenceStart
                && !Gazetteer.Honorifics.Contains(previous.TrimEnd('.')) && !previous.EndsWith(',');
        }

        return false;
    }

    /// People named in the sentence and its neighbours may share the fact ("Earl Scruggs also played the theme"),
    /// so they are never distractors.
    private static HashSet<string> NamedNear(ArticleAnalysis a, int sentence)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var k = Math.Max(0, sentence - 1); k <= Math.Min(a.Sentences.Count - 1, sentence + 1); k++)
        {
            foreach (var m in a.Mentions[k])
            {
                names.Add(m.Person.FullName);
            }
        }

        return names;
    }

    // ---- fill in the blank (the fallback) ---------------------------------------------------------------------

    private static void Blanks(ArticleAnalysis a, List<Fact> facts, List<Draft> drafts)
    {
        var people = a.Persons.Where(p => p.NameParts.Length > 1 || p.IsMononym).Select(p => p.FullName).ToArray();
        foreach (var s in a.Sentences)
        {
            // A headline that doesn't read whole lost its tail to the first sentence ("TV presenter Deeley drops" +
            // "CD:UK Cat Deeley has resigned…"), or took that sentence's head: either way the sentence is garbled.
            if (FusedHeadline(a, s) || (s.Index == 0 && !a.HeadlineReadsWhole))
            {
                continue;
            }

            foreach (var (from, to) in Clauses(s.Tokens))
            {
                BlankClause(a, s, from, to, people, facts, drafts);
            }
        }
    }

    // Words that open a clause a sentence can lose at its end and still say what it said: a relative clause, a
    // participle's, an absolute "with…".
    private static readonly FrozenSet<string> TrailingClauseWords = FrozenSet.ToFrozenSet(
    [
        "which", "who", "whose", "where", "winning", "making", "taking", "beating", "becoming", "including", "leaving", "earning",
        "bringing", "adding", "prompting", "with", "after", "following",
    ], StringComparer.Ordinal);

    /// The parts of a sentence a blank may be asked in: the whole of it, without a leading "But"/"And"; a long
    /// sentence's clauses ("…; …", "…, but …", "… - …"), each long enough to say something on its own.
    private static IEnumerable<(int From, int To)> Clauses(List<Token> tokens)
    {
        var from = LeadingConjunction(tokens, 0);
        if (Words(tokens, from, tokens.Count) <= 32)
        {
            yield return (from, tokens.Count);
            yield break;
        }

        var start = from;
        for (var k = from + 1; k <= tokens.Count; k++)
        {
            var cut = k == tokens.Count
                || (tokens[k].Kind == TokenKind.Punct && !tokens[k].InQuote
                    && (tokens[k].Text is ";" or "-" or "–" or "—" || (tokens[k].Text == "," && k + 1 < tokens.Count && tokens[k + 1].Text is "but" or "while" or "although" or "whereas")))
                // "…creator Paul Abbott got a lifetime achievement award while former Grange Hill actress Amma Asante won…":
                // "while" with no comma before it, and a subject after it.
                // (Not the noun: "for quite a while", "all the while", "worth his while".)
                || (tokens[k].Text is "while" or "whereas" && !tokens[k].InQuote && tokens[k - 1].Text is not ("," or "a" or "the" or "all" or "that" or "his" or "her" or "their" or "its")
                    && k + 1 < tokens.Count && SubjectStart(tokens[k + 1]));
            if (!cut)
            {
                continue;
            }

            // A clause after a cut needs its own subject: "- has made the shortlist" has none.
            var clause = LeadingConjunction(tokens, start);
            var ownSubject = clause == 0 || (clause < k && SubjectStart(tokens[clause]));
            var words = Words(tokens, clause, k);
            if (words is >= 8 and <= 32 && ownSubject)
            {
                yield return (clause, k);
            }
            else if (words > 32 && ownSubject && HeadBeforeTrailingClause(tokens, clause, k) is var head and > 0)
            {
                yield return (clause, head);
            }

            start = k + 1;
        }

        // "Dame Judi Dench, who starred in…, lost out … to Amanda Harris, who played Emilia in Othello for the Royal
        // Shakespeare Company.": too long to ask whole, but what comes before a trailing "which"/"who" clause, or a
        // trailing "winning…"/"adding…", is a sentence on its own. The longest such head of 8 to 32 words, or 0.
        // (The clause must run to the end without another comma: "costume designer Alexandra Byrne, whose previous films
        // have included…, is in the running" goes back to its subject's verb after it.)
        static int HeadBeforeTrailingClause(List<Token> tokens, int from, int to)
        {
            var lastComma = -1;
            for (var c = to - 1; c > from && lastComma < 0; c--)
            {
                lastComma = tokens[c].Text == "," ? c : -1;
            }

            return lastComma > from && lastComma + 1 < to && !tokens[lastComma].InQuote && !tokens[lastComma + 1].InQuote
                && TrailingClauseWords.Contains(tokens[lastComma + 1].Text) && Words(tokens, from, lastComma) is >= 8 and <= 32
                && !(tokens[lastComma + 1].Text == "with" && TakesWith(tokens, from, lastComma))
                ? lastComma
                : 0;
        }

        // "went on to combine such blockbusters as Speed…, with smaller films…": the "with" completes the verb.
        static bool TakesWith(List<Token> tokens, int from, int to)
        {
            for (var k = from; k < to; k++)
            {
                if (tokens[k].Text is "combine" or "combined" or "combines" or "combining" or "compare" or "compared" or "compares" or "mix" or "mixed" or "mixes"
                    or "pair" or "paired" or "team" or "teamed" or "replace" or "replaced" or "replaces" or "share" or "shared" or "shares" or "merge" or "merged"
                    or "link" or "linked" or "associated" or "credited" or "charged" or "provide" or "provided" or "provides" or "present" or "presented"
                    or "fill" or "filled" or "equipped" or "furnished" or "supplied" or "working" or "worked" or "collaborated" or "collaborate")
                {
                    return true;
                }
            }

            return false;
        }

        // ("former Grange Hill actress Amma Asante won…", "actor Tom Hanks has…": a person's description opens a subject.)
        static bool SubjectStart(Token t) =>
            t.Kind == TokenKind.Word && (t.IsCapitalized || t.Text is "the" or "a" or "an" or "he" or "she" or "his" or "her" or "former" or "fellow" or "veteran"
                || Gazetteer.PersonRoles.Contains(t.Text));

        static int LeadingConjunction(List<Token> tokens, int at)
        {
            // ("' Day-Lewis has competed…": the last sentence's closing quote, left at this one's start — detached, unlike
            // the opening quote of "'Thriller' singer Michael Jackson…".)
            if (at + 1 < tokens.Count && tokens[at].Text is "'" or "’" && tokens[at + 1].Start > tokens[at].End)
            {
                at++;
            }

            // ("So far the comedy…" is no "So, …": only a conjunction comes off.)
            if (at < tokens.Count && tokens[at].Text is "But" or "And" or "Or" or "but" or "and" or "while" or "although" or "whereas")
            {
                at++;
                if (at < tokens.Count && tokens[at].Text == ",")
                {
                    at++;
                }
            }

            return at;
        }

        static int Words(List<Token> tokens, int from, int to)
        {
            var n = 0;
            for (var k = from; k < to; k++)
            {
                n += tokens[k].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
            }

            return n;
        }
    }

    private static void BlankClause(ArticleAnalysis a, Sentence s, int from, int to, string[] people, List<Fact> facts, List<Draft> drafts)
    {
        var span = from == 0 && to == s.Tokens.Count ? s.Tokens : Slice(s.Tokens, from, to);
        var words = span.Count(t => t.Kind is TokenKind.Word or TokenKind.Number);
        if (words is < 8 or > 32 || !OnlyShortQuotes(span))
        {
            return;
        }

        // "The musical will open…", "The other films nominated…": which one? A bare definite description
        // needs the article around it. A sentence with no verb is a fragment.
        var first = span[0].Text;
        var the = first is "The" or "the";
        // "The Colombian-born actress…", "The Australian star…", "The 39-year-old": which one? ("The 12th annual
        // T in the Park festival" says which.)
        // ("The main Oscar ceremony…" says which by its name: that name is then no blank, or nothing would.)
        var plainOpening = the && span.Count > 1 && span[1].Kind == TokenKind.Word && !span[1].IsCapitalized && !HeadlineSaysWhich(a, s.Index, from, span);
        var namedBy = plainOpening && !LeaningOpener(span[1].Text) ? NameInItsDescription(span) : null;
        var vagueStart = the && span.Count > 1 && !DescribesSomeoneNamed(a, s, from) && (((span[1].Kind == TokenKind.Number && !OrdinalBeforeName(span) && !DatedWork(span)) || span[1].Text.Contains("-year-old", StringComparison.Ordinal))
            || (span[1].Kind == TokenKind.Word
            && ((plainOpening && (LeaningOpener(span[1].Text) || (namedBy is null && OpeningLeans(span)))) || (span.Count > 2 && span[2].Kind == TokenKind.Word && !span[2].IsCapitalized && Gazetteer.PersonRoles.Contains(span[2].Text)))));
        // "He", "She", "His" the reader can only take from the sentence before: sure ones become the name.
        var sure = SurePronouns(a, s);
        var itMeans = from == 0 ? OpeningPronounMeans(a, s) : null;
        if (itMeans is not null)
        {
            sure.Add(0); // Render keeps the "It" NameIt replaces.
        }

        if (vagueStart || ((Lexicon.DemonstrativeStarts.Contains(first) || Lexicon.SubjectPronouns.Contains(first)) && itMeans is null && !sure.Contains(from) && !BandPronoun(a, s, from, from))
            || !span.Any(t => !t.InQuote && LooksLikeVerb(t)))
        {
            return;
        }

        var tokens = s.Tokens;
        // What the sentence says (blanked as written); a number's answer is its digits, the first accepted form.
        var answers = new List<(string Surface, AnswerType Type, IReadOnlyList<string> Accepted, Person? Person)>();
        foreach (var m in a.Mentions[s.Index])
        {
            if (!m.Pronoun && m.Start >= from && m.End <= to && (m.Person.NameParts.Length > 1 || m.Person.IsMononym) && m.Person.IsReliable && !m.Person.IsCharacter)
            {
                answers.Add((m.Person.FullName, AnswerType.Person, Aliases(m.Person), m.Person));
            }
        }

        foreach (var w in a.Works)
        {
            if (w.Sentence == s.Index && w.Kind != WorkKind.Role)
            {
                answers.Add((w.Title, Draft.TypeOf(w.Kind), w.Kind == WorkKind.Title && PersonLike(w.Title) ? Answers.AnswerMatcher.PersonAliases(w.Title) : [w.Title], null));
            }
        }

        foreach (Match y in BlankYear().Matches(s.Text))
        {
            answers.Add((y.Value, AnswerType.Year, [y.Value], null));
        }

        foreach (var place in PlacesIn(a, s))
        {
            answers.Add((place, AnswerType.Place, PlaceAliases(place), null));
        }

        foreach (var name in NamesIn(a, s))
        {
            if (!answers.Any(x => x.Surface.Contains(name, StringComparison.Ordinal) || name.Contains(x.Surface, StringComparison.Ordinal)))
            {
                answers.Add((name, AnswerType.Name, WithInitials(a, name, NameAliases(name)), null));
            }
        }

        // A band the story names as one, other than the story's own (every other question names that one):
        // "Muse were named best UK and Ireland act, ahead of Franz Ferdinand…" asked of Muse, typed.
        // (Only a name the article calls a band in so many words, "band Busted", "metal group Motorhead": not "comedy duo
        // French and Saunders", "radio group NRJ"; and not the headline's when the story's band is unsure.)
        foreach (var band in a.NamedBands)
        {
            if (band != a.Band && !band.Contains(' ', StringComparison.Ordinal) && !answers.Any(x => x.Surface.Contains(band, StringComparison.Ordinal))
                && !(a.Band is null && IndexOfWord(a.Headline, band) >= 0) && BandTokenIn(tokens, from, to, band) && CalledABand(a, band))
            {
                answers.Add((band, AnswerType.Name, [band], null));
            }
        }

        // "won four Oscars": a count of things (two or more), typed as a word or a number; "went in at number
        // three": a chart position, the same way.
        AddNumbers(CountBlank().Matches(s.Text), AnswerType.Number, least: 2);
        // (Only after "… number ": the pattern's lookbehind, tried at every position of every sentence otherwise.)
        if (s.Text.Contains(" number ", StringComparison.Ordinal))
        {
            AddNumbers(ChartPosition().Matches(s.Text), AnswerType.Position, least: 1);
        }

        // "fell _____% in 2004": a share, among shares.
        if (s.Text.Contains('%', StringComparison.Ordinal))
        {
            AddNumbers(Percentage().Matches(s.Text), AnswerType.Number, least: 2);
        }

        // "took $42.8m at the box office": a sum, among sums of its currency and scale.
        foreach (var (money, sum) in Money.Spans(s.Text))
        {
            answers.Add((sum, AnswerType.Money, money.Forms(sum), null));
        }

        void AddNumbers(MatchCollection found, AnswerType type, int least)
        {
            foreach (Match c in found)
            {
                if (Answers.NumberWords.TryParse(c.Value, out var n) && n >= least && n <= 999)
                {
                    var digits = n.ToString(CultureInfo.InvariantCulture);
                    answers.Add((c.Value, type, digits == c.Value ? [digits] : [digits, c.Value], null));
                }
            }
        }

        (string Text, bool Unresolved)? plain = null;
        var pronouns = false;
        // (Lowered into a buffer: a word longer than it is no pronoun.)
        Span<char> buffer = stackalloc char[16];
        var personalPronouns = Lexicon.PersonalPronouns.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = from; k < to && !pronouns; k++)
        {
            var text = tokens[k].Text;
            ReadOnlySpan<char> lower = tokens[k].Kind != TokenKind.Word ? string.Empty : text.Length <= buffer.Length ? buffer[..text.AsSpan().ToLowerInvariant(buffer)] : text;
            pronouns = personalPronouns.Contains(lower) || lower is "it" or "they" or "them" or "their";
        }

        bool? openerOwns = null;
        bool? pluralOwns = null;
        var surfaces = new HashSet<string>(StringComparer.Ordinal);
        // Who is named around the sentence: the same for every blank in it (drafts only read it).
        HashSet<string>? excluded = null;
        foreach (var (surfaceAnswer, type, accepted, person) in answers)
        {
            // "Asher D." at the sentence's end: the full stop is the sentence's, not the name's.
            // ("The announcement from _____ prompted…": the name that said which announcement.)
            if (!surfaces.Add(surfaceAnswer) || surfaceAnswer.EndsWith('.') || (namedBy is not null && IndexOfWord(surfaceAnswer, namedBy) >= 0))
            {
                continue;
            }

            var answer = Draft.IsNumber(type) ? accepted[0] : surfaceAnswer;
            // Pronouns may only point at the blank itself; guessing who else "he" is turns into nonsense.
            // Verbatim but for a detachable time phrase ("on Tuesday", see Clause): the ranker rejects the rest.
            // One rendering per point of view: answers that aren't people share the plain one.
            // (Only pronouns read differently from a person's point of view: without any, the plain one serves all.)
            var viewpoint = sure.Count > 0 || !pronouns ? null : person;
            if (viewpoint is null)
            {
                plain ??= (Clause(Render(a, s, from, to, null, out var plainUnresolved, expandOtherPronouns: false, sure, itMeans is null ? -1 : 0)), plainUnresolved);
            }

            var (rendered, unresolved) = viewpoint is null ? plain!.Value : (Clause(Render(a, s, from, to, viewpoint, out var u, expandOtherPronouns: false, sure, itMeans is null ? -1 : 0)), u);
            if (itMeans is not null)
            {
                rendered = NameIt(rendered, itMeans);
            }

            if (unresolved)
            {
                continue;
            }

            // "Ms Mohd-Saaid" keeps the surname only; the blank takes that, the answer stays the full name.
            // (Looked for before the clause is judged self-contained: an answer from another clause of the sentence is
            // not in this one.)
            var surface = surfaceAnswer;
            var at = IndexOfWord(rendered, surface);
            if (at < 0 && person is not null)
            {
                surface = person.Surname;
                at = IndexOfWord(rendered, surface);
            }

            if (at < 0 || !SelfContained(rendered, answer, people, openerOwns ??= OpenerOwnsPronoun(a, s, from, to), pluralOwns ??= PluralOwnsPronoun(a, s, from, to)))
            {
                continue;
            }

            // A title with a capital after its comma goes on ("The 10th District Court, Moments of Trials").
            var next = at + surface.Length;
            if (CutsAName(rendered, at, surface.Length)
                || (type is not (AnswerType.Person or AnswerType.Place or AnswerType.Year) && !Draft.IsNumber(type)
                    && next + 2 < rendered.Length && rendered[next] is ',' or ':' && rendered[next + 1] == ' ' && char.IsUpper(rendered[next + 2])))
            {
                continue;
            }

            // "Ms _____" with full names to choose from reads as a glitch: the blank takes the title too.
            if (at >= 2 && rendered[at - 1] == ' ' && !string.Equals(surface, answer, StringComparison.Ordinal))
            {
                var titleStart = rendered.LastIndexOf(' ', at - 2) + 1;
                if (Gazetteer.Honorifics.Contains(rendered[titleStart..(at - 1)].TrimEnd('.')))
                {
                    surface = rendered[titleStart..(at + surface.Length)];
                    at = titleStart;
                }
            }

            // "Elvis Presley's daughter Lisa Marie retains…" → "Whose daughter Lisa Marie retains…?": a person's possessive
            // opening the sentence is asked as "whose" (a blank there would read "_____'s daughter").
            if (person is not null && WhoseQuestion(rendered, at, surface.Length, word => CapitalisedElsewhere(a, s.Index, word)) is { } whose)
            {
                var owner = NewFact(a, "owner", answer, "owns", s.Text, s.Index);
                facts.Add(owner);
                excluded ??= NamedNear(a, s.Index);
                drafts.Add(new Draft("subject-who", owner, whose, answer, AnswerType.Person, [.. accepted.Where(x => x == answer || IndexOfWord(whose, x) < 0)], whose.StartsWith("Which", StringComparison.Ordinal) ? 0.72 : 0.62, s.Index, s.Text, excluded));
                continue;
            }

            var blanked = string.Concat(rendered.AsSpan(0, at), "_____", rendered.AsSpan(at + surface.Length));
            // "$42.8m (£23.7m)": the conversion in brackets is the answer in another currency.
            if (type == AnswerType.Money)
            {
                blanked = Conversion().Replace(blanked, "_____", 1);
            }

            // A possessive on the blank reads badly and gives the form away: "_____'s film", "_____' victory".
            // "_____ is the final contender" points into the article's list; "were not available for comment"
            // says nothing a player could know.
            // "saw "_____" Den Watts killed off": a quoted nickname is no fact.
            // "Russian drama _____ (Vozvrashchenie)": the title in brackets is the answer in another language.
            if (blanked.Contains("_____'", StringComparison.Ordinal) || blanked.Contains("_____’", StringComparison.Ordinal)
                || (type is not (AnswerType.Person or AnswerType.Year) && !Draft.IsNumber(type) && blanked.Contains("_____ (", StringComparison.Ordinal))
                || VagueBlank().IsMatch(blanked) || QuotedNickname().IsMatch(blanked))
            {
                continue;
            }

            // "Michael Jackson's mother _____" (Katherine Jackson): the shared surname alone is no answer here.
            var typed = person is null ? accepted : accepted.Where(x => x == answer || IndexOfWord(blanked, x) < 0).ToList();
            var prompt = PromptLeads.Blank + blanked;
            var fact = NewFact(a, "sentence", answer, "appears in", s.Text, s.Index);
            facts.Add(fact);
            excluded ??= NamedNear(a, s.Index);
            drafts.Add(new Draft("blank", fact, prompt, answer, type, typed, 0.5, s.Index, s.Text, excluded));
        }
    }

    /// "Whose daughter Lisa Marie retains possession of Graceland?" for a sentence that opens on the answer's possessive,
    /// "Which murdered director's controversial film Submission has been pulled…?" after a role; null otherwise.
    /// <paramref name="proper"/>: whether a word the article capitalises is a name's ("Tory leader", "British director"
    /// keep their capital; "Murdered director" becomes "which murdered director's").
    private static string? WhoseQuestion(string rendered, int at, int length, Func<string, bool> proper)
    {
        var after = rendered.AsSpan(at + length);
        // ("Davis' film": a bare apostrophe only after an s.)
        var cut = after.StartsWith("'s ") || after.StartsWith("’s ") ? 3 : (after.StartsWith("' ") || after.StartsWith("’ ")) && rendered[at + length - 1] == 's' ? 2 : 0;
        if (cut == 0)
        {
            return null;
        }

        var rest = after[cut..].ToString().TrimEnd();
        rest = rest.EndsWith('.') ? rest[..^1] : rest;
        // ("Whose The Aviator will win…": a title's own "The" after "whose"; "Sonia O'Sullivan's Olympic farewell apart,
        // there was little…": the possessive is no subject there.)
        if (rest.Length == 0 || rest[^1] is '!' or '?' || rest.StartsWith("The ", StringComparison.Ordinal) || WhoseIsNoSubject().IsMatch(rest) || (at == 0 && WhoseIsShared().IsMatch(rest)))
        {
            return null;
        }

        if (at == 0)
        {
            return "Whose " + rest + "?";
        }

        // "Murdered director", "Actor": a role, a describing word or two before it, and nothing else.
        var prefix = rendered[..at].TrimEnd();
        var words = prefix.Split(' ');
        return words.Length <= 3 && char.IsUpper(prefix[0]) && words.Skip(1).All(w => w.Length > 0 && char.IsLower(w[0])) && !prefix.Contains(',', StringComparison.Ordinal)
            && Gazetteer.PersonRoles.Contains(words[^1].ToLowerInvariant()) && (words.Length == 1 || !Gazetteer.PersonRoles.Contains(words[0].ToLowerInvariant()))
            ? "Which " + (proper(words[0].Split('-')[0]) ? prefix : char.ToLowerInvariant(prefix[0]) + prefix[1..]) + "'s " + rest + "?"
            : null;
    }

    [GeneratedRegex(@"^[^,]*\bapart\b|^[^,]*, (?:there|it|we|I|he|she|they) [a-z]+")]
    private static partial Regex WhoseIsNoSubject();

    // "Whose movie Ray…" (its director's or its star's?), "Whose Friends co-star…" (one of five), "Whose departure was
    // balanced…" (departure from what?): a possession more than one person has, or an event that doesn't say of what.
    // ("Whose supervisory board has approved…": a firm's, not a person's.)
    [GeneratedRegex(@"^(?:[\w'-]+ ){0,2}(?:film|movie|picture|drama|documentary|comedy|thriller|biopic|musical|co-star|costar|co-stars|friend|colleague|team-mate|teammate|bandmate|board|shares|stake|profits|sales|takeover|bid)\b|^(?:departure|return|arrival|absence|exit|comeback)\b(?! (?:to|from|as|of)\b)")]
    private static partial Regex WhoseIsShared();

    /// Tokens [from, to) as a list of their own.
    private static List<Token> Slice(List<Token> tokens, int from, int to) => tokens.GetRange(from, to - from);

    /// "The main Oscar ceremony will be held…", "The first Pirates of the Caribbean film took…", "The sequel to the Ben
    /// Stiller comedy…", "The original book by George Abbott…": a description that names what it describes (a name
    /// among its first words, before any verb, after lower-case words that are no person's role unless a preposition
    /// ties the role to the name); the name's first word, else null. Not a person's origin or side ("The Colombian-born
    /// actress", "The US star", "The former Portsmouth boss", "The in-form Chelsea winger's cross"), nor a name after
    /// the verb ("The punk pioneer follows Morrissey…").
    private static string? NameInItsDescription(List<Token> span)
    {
        var role = false;
        var tied = false;
        for (var k = 1; k < span.Count && k <= 5; k++)
        {
            var t = span[k];
            // "The third studio album, Absolution, was released…": a work's title in apposition, closed by a comma within a
            // few title words, names it ("The film, Warner Bros said, will open…" is a reporting clause).
            if (t.Text == "," && k >= 2 && k + 1 < span.Count && span[k + 1].IsCapitalized && span[k + 1].Kind == TokenKind.Word && WorkKindNouns.Contains(span[k - 1].Text)
                && TitleClosedByComma(span, k + 1))
            {
                return span[k + 1].Text;
            }

            if (t.Kind != TokenKind.Word || t.InQuote)
            {
                return null;
            }

            if (t.IsCapitalized)
            {
                var w = t.Bare;
                var end = k;
                while (end + 1 < span.Count && span[end + 1].Kind == TokenKind.Word && (span[end + 1].IsCapitalized || span[end + 1].Text is "of" or "the"))
                {
                    end++;
                }

                var next = end + 1 < span.Count ? span[end + 1].Bare : string.Empty;
                return k >= 2 && (!role || tied) && span[k - 1].Text is not ("former" or "ex") && w != "I" && !w.EndsWith("-born", StringComparison.Ordinal) && !HeadlineSplitter.Nationality(w)
                    && QuestionRanker.Demonym(w) is null && !Gazetteer.Countries.Contains(w) && !Gazetteer.Places.Contains(w)
                    && w is not ("US" or "UK" or "British" or "English" or "American")
                    && !Gazetteer.PersonRoles.Contains(next) && !Gazetteer.PersonRoles.Contains(next.TrimEnd('s'))
                    && !Gazetteer.PersonRoles.Contains(span[end].Bare.ToLowerInvariant())
                    ? w : null;
            }

            if (LooksLikeVerb(t) && t.Text is not ("of" or "to" or "by" or "for" or "from"))
            {
                return null;
            }

            role |= Gazetteer.PersonRoles.Contains(t.Text) || Gazetteer.PersonRoles.Contains(t.Text.TrimEnd('s'));
            tied |= role && t.Text is "of" or "to" or "by" or "for" or "from";
        }

        return null;
    }

    // "Absolution," or "Speakerboxxx The Love Below,": capitalised or title words up to a comma, at most six.
    private static bool TitleClosedByComma(List<Token> span, int from)
    {
        for (var k = from; k < span.Count && k < from + 6; k++)
        {
            if (span[k].Text == ",")
            {
                return k > from;
            }

            if (span[k].Kind != TokenKind.Word || !(span[k].IsCapitalized || span[k].Text is "of" or "the" or "a" or "and" or "in" or "on" or "to"))
            {
                return false;
            }
        }

        return false;
    }

    // "The other contenders…", "The same day…", "The latest…", "The biggest decline…": leaning however the rest reads (a
    // superlative needs its scope).
    private static bool LeaningOpener(string word) =>
        word is "other" or "others" or "same" or "latest" or "new" or "previous" or "remaining" or "rest" or "following" or "former" or "late" or "most" or "least"
        || (word.Length > 5 && word.EndsWith("est", StringComparison.Ordinal) && !word.EndsWith("interest", StringComparison.Ordinal) && !word.EndsWith("quest", StringComparison.Ordinal)
            && !word.EndsWith("harvest", StringComparison.Ordinal) && !word.EndsWith("protest", StringComparison.Ordinal) && !word.EndsWith("contest", StringComparison.Ordinal));

    /// Whether "The …" opening a clause leans on an earlier sentence by the ranker's reading of leaning words, read on
    /// its subject alone (up to the first verb or comma): "The necessity of completing unpaid work experience…", "The
    /// number of Japanese films released…" don't; "The punk pioneer…", "The report…", "The crowd, who…" do.
    private static bool OpeningLeans(List<Token> span)
    {
        var end = 2;
        while (end < span.Count && end < 12 && span[end].Text != "," && !(span[end].Kind == TokenKind.Word && LooksLikeVerb(span[end])))
        {
            end++;
        }

        // (Without the headline: what it anchors, HeadlineSaysWhich has decided, films named just before included.)
        var subject = string.Join(' ', span.Take(end).Select(t => t.Text));
        return QuestionRanker.LeaningWord(subject) is not null;
    }

    // The nouns of works a title in apposition or a year before them tells apart.
    private static readonly FrozenSet<string> WorkKindNouns = FrozenSet.ToFrozenSet(
        ["film", "movie", "album", "single", "song", "novel", "book", "play", "musical", "series", "sitcom", "show", "programme", "documentary", "drama", "comedy", "opera", "composition"],
        StringComparer.Ordinal);

    /// "The 1997 novel _____ proved to be…", "The 2001 film Amores Perros…": a year and a work's noun, then its title
    /// (or the blank over it), say which.
    private static bool DatedWork(List<Token> span) =>
        span.Count > 3 && span[1].Text.Length == 4 && span[1].Text[0] is '1' or '2' && span[1].Text.All(char.IsDigit) && WorkKindNouns.Contains(span[2].Text)
        && span[3].Kind == TokenKind.Word && span[3].IsCapitalized;

    /// "The band will play 24 European gigs" in the story "Rock band U2 break ticket record": the headline says which
    /// band (the ranker drops the sentence if the headline can't be shown). "The film …" when the article names one film.
    /// <paramref name="tokens"/>: the clause, which starts at token <paramref name="from"/> of the sentence.
    private static bool HeadlineSaysWhich(ArticleAnalysis a, int sentence, int from, List<Token> tokens)
    {
        // "The band left the stage" in a story about one band (see StoryBand), when Render will name it there.
        if (BandNouns.Contains(tokens[1].Bare) && a.Band is not null)
        {
            return BandDescription(a, a.Sentences[sentence], from, from + tokens.Count);
        }

        // "The film" is the one the article names, if it names one; the headline's "anti-Nazi film" is no help when
        // the article goes on to a South African one.
        if (WorkNamed(tokens[1].Text) is { } kind)
        {
            return WorkMeant(a, kind, sentence) is not null;
        }

        var title = a.Article.Title;
        return a.HeadlineReadsWhole
            && (QuestionRanker.TitleSays(title, tokens[1].Text)
                || (tokens.Count > 2 && tokens[2].Kind == TokenKind.Word && !tokens[2].IsCapitalized && QuestionRanker.TitleSays(title, tokens[2].Text)));
    }

    internal static WorkKind? WorkNamed(string noun) => noun switch
    {
        "film" or "movie" => WorkKind.Film,
        "show" or "series" or "programme" or "sitcom" => WorkKind.Show,
        "album" => WorkKind.Album,
        "song" or "single" => WorkKind.Song,
        "book" or "novel" => WorkKind.Book,
        _ => null,
    };

    /// No speech in the sentence: quoted spans of four words at most ("unwrapped", a title) are not speech.
    private static bool OnlyShortQuotes(List<Token> tokens)
    {
        var inside = -1;
        foreach (var t in tokens)
        {
            if (t.Kind == TokenKind.Quote)
            {
                inside = inside < 0 ? 0 : -1;
            }
            else if (inside >= 0 && t.Kind is TokenKind.Word or TokenKind.Number && ++inside > 4)
            {
                return false;
            }
        }

        return inside < 0;
    }

    /// A clause taken out of its sentence reads as one: a capital first, a full stop last, no "on Tuesday".
    private static string Clause(string text)
    {
        text = StemCleaner.DropOpeningPastTime(StemCleaner.RemoveDetachables(text)).TrimEnd(' ', ',', ';');
        if (text.Length == 0)
        {
            return text;
        }

        if (char.IsLower(text[0]))
        {
            text = char.ToUpperInvariant(text[0]) + text[1..];
        }

        // (A clause cut after a bracket, "…took sixth place with $5.4m (£2.8m), but…", still ends with a full stop: the
        // bracket goes with the sum when the sum is blanked.)
        return text[^1] is '.' or '!' or '?' or '"' or '”' ? text : text + ".";
    }

    /// "The late US legend Elvis Presley is…", "The Oscar-winning actress Hilary Swank…": the description comes with
    /// the name of whom it describes.
    private static bool DescribesSomeoneNamed(ArticleAnalysis a, Sentence s, int from)
    {
        foreach (var m in a.Mentions[s.Index])
        {
            if (!m.Pronoun && m.Start > from + 1 && m.Start <= from + 5 && m.End - m.Start >= 2)
            {
                for (var k = from + 1; k < m.Start; k++)
                {
                    // "The film's director Peter Chelsom": which film?
                    if (s.Tokens[k].Kind != TokenKind.Word || s.Tokens[k].IsPossessive || LooksLikeVerb(s.Tokens[k]) || Lexicon.FunctionWords.Contains(s.Tokens[k].Text))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// What an opening "It" (or "Its") means when the sentence before opens on a title: "Little Britain began life as
    /// a radio series. It was later commissioned for BBC Three…". Only when "It" does something ("It was met with
    /// protests", "It follows…"), not "It is the first time…"; an opening "They"/"Their", the band the sentence before
    /// opens on (<see cref="BandTheyMean"/>); null otherwise.
    private static string? OpeningPronounMeans(ArticleAnalysis a, Sentence s)
    {
        var t = s.Tokens;
        if (s.Index > 0 && t.Count >= 4 && t[0].Text is "They" or "Their" && t[1].Kind == TokenKind.Word && !t[1].IsCapitalized)
        {
            return BandTheyMean(a, s);
        }

        if (s.Index == 0 || t.Count < 4 || t[0].Text is not ("It" or "Its") || t[1].Kind != TokenKind.Word || t[1].IsCapitalized)
        {
            return null;
        }

        if (t[0].Text == "It")
        {
            var verb = t[1].Text;
            var k = verb is "was" or "is" or "has" or "had" or "will" or "would" or "could" or "can" ? 2 : 1;
            if (k == 2 && t[k].Text is "been" or "be" && t.Count > 3)
            {
                k++;
            }

            // ("It was later commissioned", "It has also been shown": an adverb before the verb.)
            if (k > 1 && t[k].Text is "later" or "also" or "first" or "originally" or "then" or "since" or "now" or "initially" && t.Count > k + 1)
            {
                k++;
            }

            var w = t[k].Text;
            var acts = k > 1
                ? w.EndsWith("ed", StringComparison.Ordinal) || Lexicon.IrregularParticiples.Contains(w)
                : (w.EndsWith("ed", StringComparison.Ordinal) || (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w != "is")) || Lexicon.IrregularPasts.Contains(w);
            if (!acts)
            {
                return null;
            }
        }

        return LeadName(a, a.Sentences[s.Index - 1]);
    }

    /// The name a sentence opens on as its subject, when it is no person's: "Little Britain began life as a radio
    /// series…", "Who's Your Daddy promises…", "The Da Vinci Code claims…". Null for "In 2004…", "The film…", a person.
    private static string? LeadName(ArticleAnalysis a, Sentence s, int from = 0)
    {
        var t = s.Tokens;
        var k = t.Count > from && t[from].Text == "The" ? from + 1 : from;
        if (k >= t.Count || t[k].Kind != TokenKind.Word || !t[k].IsCapitalized || Lexicon.FunctionWords.Contains(t[k].Text) || QuestionRanker.Prepositions.Contains(t[k].Text.ToLowerInvariant())
            || Lexicon.DemonstrativeStarts.Contains(t[k].Text) || Lexicon.SubjectPronouns.Contains(t[k].Text))
        {
            return null;
        }

        while (k < t.Count && (t[k].Kind == TokenKind.Number || (t[k].Kind == TokenKind.Word && (t[k].IsCapitalized
            || (t[k].Text is "of" or "the" or "and" or "in" or "on" && k + 1 < t.Count && t[k + 1].IsCapitalized)))))
        {
            k++;
        }

        // A name, then its verb: "Little Britain began…" (not "Britain, France and Spain…", "Little Britain's…").
        if (k >= t.Count || k > 8 || !LooksLikeVerb(t[k]) || t[k - 1].IsPossessive || a.Mentions[s.Index].Any(m => m.Start < k))
        {
            return null;
        }

        // ("Rowling revealed…": a person the analyzer met only by surname is still a person; "Steps raised the
        // stake…": one capitalised word opening a sentence is a name only if the article capitalises it elsewhere.)
        var name = s.Text[t[from].Start..t[k - 1].End];
        var words = name.Split(' ');
        if (a.Persons.Any(p => p.NameParts.Any(part => words.Contains(part, StringComparer.Ordinal))) || Lexicon.IsReportingVerb(t[k].Text)
            || (words.Length == 1 && (Lexicon.GenderOf(name) != 0 || !CapitalisedElsewhere(a, s.Index, name))))
        {
            return null;
        }

        return name;
    }

    /// "And U2 have it in spades… Their new album, How To Dismantle An Atomic Bomb, comes…": an opening "They" or
    /// "Their" is the name the sentence before opens on, when that name takes a plural verb there (a band's "have",
    /// "are", "were"; not "has", "is", "was") and no person's. "They" must act ("They released…"), as "It" must.
    private static string? BandTheyMean(ArticleAnalysis a, Sentence s)
    {
        var t = s.Tokens;
        if (t[0].Text == "They" && !(LooksLikeVerb(t[1]) && !Lexicon.IsReportingVerb(t[1].Text)))
        {
            return null;
        }

        var previous = a.Sentences[s.Index - 1];
        var skip = previous.Tokens.Count > 2 && previous.Tokens[0].Text is "And" or "But" ? 1 : 0;
        // (A band the story is about: its headline names it and the article speaks of a band or group. "Police have
        // charged two men. They appeared before magistrates…" is not the police.)
        return LeadName(a, previous, skip) is { } name && a.Headline.Contains(name, StringComparison.Ordinal)
            && a.Sentences.Any(x => x.Tokens.Any(w => w.Text is "band" or "group" or "duo" or "trio")) && TakesPluralVerb(previous, skip, name)
            ? name : null;
    }

    private static string NameIt(string rendered, string title) =>
        rendered.StartsWith("Its ", StringComparison.Ordinal) || rendered.StartsWith("Their ", StringComparison.Ordinal) ? title + "'s " + rendered[(rendered.IndexOf(' ') + 1)..]
        : rendered.StartsWith("It ", StringComparison.Ordinal) || rendered.StartsWith("They ", StringComparison.Ordinal) ? title + " " + rendered[(rendered.IndexOf(' ') + 1)..]
        : rendered;

    /// "The 12th annual T in the Park festival", "The 77th Academy Awards": an ordinal edition of something named.
    private static bool OrdinalBeforeName(List<Token> span) =>
        span[1].Text.Length > 2 && span[1].Text[^2..] is "th" or "st" or "nd" or "rd"
        && span.Skip(2).Take(3).Any(t => t.Kind == TokenKind.Word && t.IsCapitalized && !t.InQuote);

    /// Token indexes of "he"/"she"/"his"/"her" whose person is beyond doubt: named earlier in this sentence or in the
    /// one before (by name, or by a pronoun as sure: "Rowlands played the wife… She made her first Carry On film… She
    /// also appeared in…", <paramref name="depth"/> sentences back at most), with nobody else who could be "he" (or
    /// "she") named in between.
    private static HashSet<int> SurePronouns(ArticleAnalysis a, Sentence s, int depth = 0)
    {
        var sure = new HashSet<int>();
        foreach (var m in a.Mentions[s.Index])
        {
            var g = m.Pronoun && !s.Tokens[m.Start].InQuote ? Lexicon.GenderOfPronoun(s.Tokens[m.Start].Text) : 0;
            if (g == 0 || m.Person is null || m.Person.Gender != g || !m.Person.GenderFromName || !(m.Person.FullName.Contains(' ', StringComparison.Ordinal) || m.Person.IsMononym) || m.Person.IsCharacter || !m.Person.IsReliable)
            {
                continue;
            }

            var seen = false;
            var rival = false;
            for (var k = s.Index; k >= Math.Max(0, s.Index - 1) && !seen; k--)
            {
                foreach (var other in a.Mentions[k])
                {
                    if (k == s.Index && other.Start >= m.Start)
                    {
                        continue;
                    }

                    // "his former wife introduced him to actor Nicolas Cage. In 1984 he started…": the "him" is a
                    // second man in view, so "he" is not sure.
                    if (other.Person == m.Person)
                    {
                        // (Through a sentence-opening "He"/"She" only: "The 25-year-old missed… his arm" has a subject
                        // no mention names.)
                        seen |= !other.Pronoun || (k < s.Index && other.Start == 0 && depth < 2 && SurePronouns(a, a.Sentences[k], depth + 1).Contains(0));
                    }
                    else if (other.Person.Gender == 0 || other.Person.Gender == g
                        || (other.Pronoun && Lexicon.GenderOfPronoun(a.Sentences[k].Tokens[other.Start].Text) == g))
                    {
                        rival = true;
                    }
                }
            }

            // Or the only one the article names who could be "he" (or "she"): nobody else of that gender, or of
            // a gender we can't tell, anywhere in it.
            var alone = m.Person.FirstSentence <= s.Index
                && a.Persons.All(p => p == m.Person || p.IsWorkTitle || (p.Gender != 0 && p.Gender != g));
            if ((seen && !rival) || alone)
            {
                sure.Add(m.Start);
            }
        }

        // "Actress Patsy Rowlands, known to millions for her roles…", "Aishwarya Rai… is building her career": the
        // one person this sentence has named so far, of the pronoun's gender, is whom a reader takes it for.
        for (var k = 1; k < s.Tokens.Count; k++)
        {
            var t = s.Tokens[k];
            var g = t.Kind == TokenKind.Word && !t.InQuote && t.Text is "he" or "she" or "his" or "her" or "him" or "He" or "She" or "His" or "Her" or "Him" ? Lexicon.GenderOfPronoun(t.Text) : 0;
            if (g == 0 || sure.Contains(k))
            {
                continue;
            }

            Person? only = null;
            var several = false;
            var resolvedElsewhere = false;
            foreach (var m in a.Mentions[s.Index])
            {
                if (m.Start == k && m.Pronoun)
                {
                    resolvedElsewhere = m.Person is not null && m.Person != only;
                }
                else if (m.End <= k)
                {
                    several |= only is not null && m.Person != only;
                    only ??= m.Person;
                }
            }

            if (only is not null && !several && !resolvedElsewhere && only.Gender == g && !only.IsCharacter && !only.IsWorkTitle)
            {
                sure.Add(k);
            }
        }

        // "Since she presented children's TV shows…, Andrea Arnold has kept a low profile", "Asked what the nomination
        // means to her, Arnold says…": a pronoun in an opening clause is the person the main clause opens on.
        var comma = -1;
        for (var k = 1; k < s.Tokens.Count && comma < 0; k++)
        {
            comma = s.Tokens[k].Text == "," ? k : -1;
        }

        if (comma > 1 && comma + 1 < s.Tokens.Count && OpeningClauseWords.Contains(s.Tokens[0].Text)
            && a.Mentions[s.Index].FirstOrDefault(m => !m.Pronoun && m.Start == comma + 1) is { Person: not null } subject && !subject.Possessive
            && !a.Mentions[s.Index].Any(m => !m.Pronoun && m.Start < comma))
        {
            for (var k = 0; k < comma; k++)
            {
                var t = s.Tokens[k];
                var g = t.Kind == TokenKind.Word && !t.InQuote && t.Text is "he" or "she" or "his" or "her" or "him" ? Lexicon.GenderOfPronoun(t.Text) : 0;
                if (g != 0 && subject.Person.Gender == g && !subject.Person.IsCharacter && !subject.Person.IsWorkTitle
                    && a.Mentions[s.Index].FirstOrDefault(m => m.Pronoun && m.Start == k) is var resolved && (resolved.Person is null || resolved.Person == subject.Person))
                {
                    sure.Add(k);
                }
            }
        }

        return sure;
    }

    /// What a player types for a place as often as its full name: "LA", "US" for "North America" at the box office.
    internal static IReadOnlyList<string> PlaceAliases(string place)
    {
        string[] others = place switch
        {
            "Los Angeles" => ["LA", "L.A."],
            "New York" or "New York City" => ["NYC", "New York City", "New York"],
            "US" or "USA" or "United States" or "the US" or "America" or "North America" => ["US", "USA", "United States", "America"],
            "UK" or "United Kingdom" or "Britain" or "Great Britain" => ["UK", "United Kingdom", "Britain", "Great Britain"],
            _ => [],
        };
        return [place, .. others.Where(o => o != place)];
    }

    /// "The Producers" may be typed as "Producers"; the answer is the name as the article writes it.
    private static IReadOnlyList<string> NameAliases(string name) =>
        name.StartsWith("The ", StringComparison.Ordinal) ? [name, name[4..]]
        // "Warner Bros" is typed "Warner Brothers" as often.
        : name.EndsWith(" Bros", StringComparison.Ordinal) || name.EndsWith(" Bros.", StringComparison.Ordinal) ? [name, name[..name.LastIndexOf(' ')] + " Brothers"]
        : name.EndsWith(" Brothers", StringComparison.Ordinal) ? [name, name[..^9] + " Bros"]
        // "an _____" is an Oscar as much as an Academy Award.
        : name is "Academy Award" or "Academy Awards" ? [name, name.EndsWith('s') ? "Oscars" : "Oscar"]
        : PersonLike(name) ? Answers.AnswerMatcher.PersonAliases(name)
        : [name];

    /// "World Trade Organisation (WTO)": a name the article also calls by its initials is typed either way. Initials of
    /// three letters or more count wherever the article uses them; two ("EA") only right after the name, in brackets.
    private static IReadOnlyList<string> WithInitials(ArticleAnalysis a, string name, IReadOnlyList<string> aliases)
    {
        if (QuestionRanker.Initials(name) is not { } initials)
        {
            return aliases;
        }

        foreach (var s in a.Sentences)
        {
            if (initials.Length >= 3 ? IndexOfWord(s.Text, initials) >= 0 : s.Text.Contains(name + " (" + initials + ")", StringComparison.Ordinal))
            {
                return [.. aliases, initials];
            }
        }

        return aliases;
    }

    /// "Robert Langdon", a character Tom Hanks will play: a person's name, typed by the surname alone as anyone's is.
    private static bool PersonLike(string name) =>
        name.Split(' ') is { Length: 2 or 3 } parts && Lexicon.GenderOf(parts[0]) != 0 && parts.All(p => p.Length > 1 && char.IsUpper(p[0]));

    /// Other names in the sentence: runs of capitalised words that are no one we know as a person and no place
    /// ("Black Sabbath", "Isle of Wight", "The Producers" mid-sentence). Typed answers, like a pub quiz's.
    private static IEnumerable<string> NamesIn(ArticleAnalysis a, Sentence s)
    {
        var tokens = s.Tokens;
        var k = 0;
        while (k < tokens.Count)
        {
            if (!IsNameWord(tokens[k]) || (k == 0 && tokens[k].Text == "The"))
            {
                k++;
                continue;
            }

            var end = k + 1;
            while (end < tokens.Count && (IsNameWord(tokens[end]) || (tokens[end].Text is "of" or "the" or "on" && end + 1 < tokens.Count && IsNameWord(tokens[end + 1]))))
            {
                end++;
            }

            var start = k;
            k = end;
            var words = end - start;
            var first = tokens[start].Text;
            // Two words at least (one capitalised word is too often a surname or a nickname), not at the sentence's
            // start (its first word is capitalised whatever it is: "Past Eurovision performers", "Bookmaker William
            // Hill"), not a person, no possessive in it ("Eminem's Encore"), not cut short ("Band Aid" of "Band Aid
            // 20"), not the tail of a longer title ("Eternal Sunshine of the _____", "Who Wants to _____"), not
            // opening with a first name we know or a describing word.
            var cutShort = end < tokens.Count && (tokens[end].Kind == TokenKind.Number || char.IsDigit(tokens[end].Text[0]) || tokens[end].IsAllCaps);
            // "Harry Potter and the _____" too: up to two small words back to a capital.
            var tail = start > 1 && IsTitleGlue(tokens[start - 1].Text)
                && (tokens[start - 2].IsCapitalized || (start > 2 && IsTitleGlue(tokens[start - 2].Text) && tokens[start - 3].IsCapitalized));
            if (start == 0 || words is < 2 or > 6 || cutShort || tail || tokens[start - 1].IsCapitalized || tokens[start - 1].Kind == TokenKind.Number
                || ArticleAnalyzer.Overlaps(a.Mentions[s.Index], start, end)
                || tokens.Skip(start).Take(words).Any(t => t.IsPossessive || t.Text.Contains("-year-old", StringComparison.Ordinal))
                || Gazetteer.FirstNames.Contains(first) || Gazetteer.StopCapitalized.Contains(first) || ArticleAnalyzer.IsCommonModifier(first)
                || Gazetteer.Honorifics.Contains(first) || Gazetteer.PersonRoles.Contains(first))
            {
                continue;
            }

            // "The 10th District Court, Moments of Trials": a capital after the comma goes on with the title (or a list).
            var goesOn = end + 1 < tokens.Count && tokens[end].Text is "," or ":" && tokens[end + 1].IsCapitalized && !MentionStartsAt(a.Mentions[s.Index], end + 1);
            var name = string.Join(' ', tokens.Skip(start).Take(words).Select(t => t.Text));
            if (name.Length <= 40 && !goesOn && !name.EndsWith('.') && !Gazetteer.Places.Contains(name) && !Gazetteer.Outlets.Contains(name))
            {
                yield return name;
            }
        }

        static bool IsTitleGlue(string w) => w is "of" or "the" or "to" or "and" or "in" or "on" or "a" or "for" or "with" or "from";

        static bool IsNameWord(Token t) => t.Kind == TokenKind.Word && t.IsCapitalized && !t.InQuote && !t.IsAllCaps && !ArticleAnalyzer.IsHyphenModifier(t.Text);
    }

    /// Whether a sentence calls <paramref name="band"/> one in so many words: "band Busted", "metal group Motorhead".
    private static bool CalledABand(ArticleAnalysis a, string band)
    {
        var musicKinds = HeadlineSplitter.MusicKinds.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var s in a.Sentences)
        {
            var at = IndexOfWord(s.Text, band);
            if (at <= 0)
            {
                continue;
            }

            var before = s.Text.AsSpan(0, at).TrimEnd();
            var space = before.LastIndexOf(' ');
            var noun = before[(space + 1)..];
            var kind = space < 0 ? [] : before[..space];
            kind = kind[(kind.LastIndexOf(' ') + 1)..];
            if (noun is "band" || (noun is "group" or "duo" or "trio" or "act" && musicKinds.Contains(kind)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BandTokenIn(List<Token> tokens, int from, int to, string band)
    {
        for (var k = from; k < to; k++)
        {
            // (Not "Maroon" of "US band Maroon 5": a name goes on after it; nor "JK" of "JK and Joel": one of a pair.)
            if (tokens[k].Text == band && !tokens[k].InQuote
                && !(k + 1 < tokens.Count && (tokens[k + 1].Kind == TokenKind.Number || (tokens[k + 1].Kind == TokenKind.Word && tokens[k + 1].IsCapitalized)))
                && !(k + 2 < tokens.Count && tokens[k + 1].Text == "and" && tokens[k + 2].IsCapitalized))
            {
                return true;
            }
        }

        return false;
    }

    /// The first whole-word occurrence ("four" not inside "fourth", "Rome" not inside "Romeo").
    /// Where <paramref name="word"/> stands as a whole word (not inside another word or number), or -1.
    internal static int IndexOfWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
    }

    private static readonly Lazy<HashSet<string>> PlaceFirstWords = new(() => Gazetteer.PlacesOrdered.Select(p => p.Split(' ')[0]).ToHashSet(StringComparer.Ordinal));

    private static bool InMention(List<Mention> mentions, int k)
    {
        foreach (var m in mentions)
        {
            if (k >= m.Start && k < m.End)
            {
                return true;
            }
        }

        return false;
    }

    /// Places of the shipped list named in the sentence, outside quotes and outside anyone's name ("Denzel Washington").
    private static IEnumerable<string> PlacesIn(ArticleAnalysis a, Sentence s)
    {
        var tokens = s.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !tokens[k].IsCapitalized || tokens[k].InQuote || !PlaceFirstWords.Value.Contains(tokens[k].Text) || InMention(a.Mentions[s.Index], k))
            {
                continue;
            }

            for (var n = Math.Min(3, tokens.Count - k); n >= 1; n--)
            {
                var name = string.Join(' ', tokens.Skip(k).Take(n).Select(t => t.Text));
                if (Gazetteer.Places.Contains(name) && char.IsUpper(name[0]))
                {
                    yield return name;
                    k += n - 1;
                    break;
                }
            }
        }
    }

    [GeneratedRegex(@"(?<![\w£$€.,/-])(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|[1-9]\d{1,2})(?![/\d])(?=\s+(?!years?\s+old)[a-z]{3,}s\b)")]
    private static partial Regex CountBlank();

    [GeneratedRegex(@"(?<![\w£$€.,/-])[1-9][0-9]?(?=%)")]
    private static partial Regex Percentage();

    [GeneratedRegex(@"_____ \([^()_]*[0-9][^()_]*\)")]
    private static partial Regex Conversion();

    [GeneratedRegex(@"(?<=\b(?:at|to|from|reached|hit) number )(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]\d{0,2})\b(?![/.,]\d)")]
    private static partial Regex ChartPosition();

    [GeneratedRegex(@"_____,? (?:is|was|are|were) the (?:final|last|other|remaining|latest|next|second|third)\b|\b(?:not available for|declined to|refused to|could not be reached for) comment")]
    private static partial Regex VagueBlank();

    [GeneratedRegex(@"[""“]_____[""”]\s+[A-Z]")]
    private static partial Regex QuotedNickname();

    // A year, not a clock time ("at 2010 GMT") or part of a bigger number.
    [GeneratedRegex(@"(?<!\bat\s)(?<![\d,.])\b(?:19|20)\d\d\b(?![\d,.]\d|\s*(?:GMT|BST|hrs|hours|local|[ap]\.?m))")]
    private static partial Regex BlankYear();

    /// The BBC files run the headline into the first sentence; when the split was missed, that sentence repeats it.
    private static bool FusedHeadline(ArticleAnalysis a, Sentence s) =>
        s.Index == 0 && a.Article.Title.Length > 0 && s.Text.StartsWith(a.Article.Title.TrimEnd('…'), StringComparison.Ordinal);

    // ", chairman of the BPI,", ", CEO of festival organisers Big Day Out Ltd,", ", head of music at radio station Xfm,":
    // a definite post (no "a", no "one of") at a named organisation, closed by a comma or the sentence's end.
    private static readonly Regex s_appositivePost = new(@"\G,\s+(?:the\s+)?(?<role>(?:(?!(?:a|an|one)\b)[a-z-]+\s+){0,2}(?:chairman|chairwoman|chief executive|executive producer|CEO|director|head|president|founder|co-founder|editor|boss|managing director|manager|controller|curator|organiser|creator|frontman|frontwoman|lead singer|singer|guitarist|drummer|owner|commissioner|governor|principal|artistic director)(?:\s+of\s+[a-z]+)?)\s+(?<prep>of|at|for)\s+(?<org>(?:the\s+)?(?:[a-z-]+\s+){0,3}[A-Z][^,.;:""“”()]{1,60}?)\s*(?=[,.;]|$)");

    // "president of Cesar organisers": a plural with no article and no name after it asks "of Cesar organisers?".
    private static bool BarePlural(string org)
    {
        var last = org[(org.LastIndexOf(' ') + 1)..];
        // ("of BBCi's 24/7 interactive TV services": a possessive is its article.)
        return !org.StartsWith("the ", StringComparison.Ordinal) && !org.Contains("'s ", StringComparison.Ordinal) && !org.Contains("’s ", StringComparison.Ordinal) && last.Length > 3 && char.IsLower(last[0]) && last[^1] == 's' && !last.EndsWith("ss", StringComparison.Ordinal);
    }

    /// "Geoff Ellis, CEO of festival organisers Big Day Out Ltd, said…" → "Who was the CEO of festival organisers Big
    /// Day Out Ltd?": the post the article gives someone in passing, asked inside the story's headline.
    private static void RoleWho(ArticleAnalysis a, List<Fact> facts, List<Draft> drafts)
    {
        foreach (var s in a.Sentences)
        {
            foreach (var m in a.Mentions[s.Index])
            {
                if (m.Pronoun || m.Possessive || m.End >= s.Tokens.Count || s.Tokens[m.End].Text != "," || s.Tokens[m.Start].InQuote
                    || m.Person.NameParts.Length < 2 || !m.Person.IsReliable || m.Person.IsCharacter || m.Person.IsWorkTitle)
                {
                    continue;
                }

                var post = s_appositivePost.Match(s.Text, s.Tokens[m.End].Start);
                if (!post.Success || post.Index != s.Tokens[m.End].Start)
                {
                    continue;
                }

                var org = post.Groups["org"].Value.TrimEnd();
                // The organisation must not name the person ("founder of the Andrew Lloyd Webber Foundation"), nor run
                // on into the sentence's verb ("founder of… the Simon Wiesenthal Center said.").
                if (m.Person.NameParts.Any(part => part.Length > 2 && org.Contains(part, StringComparison.Ordinal)) || org.Split(' ').Length > 9
                    || Lexicon.IsReportingVerb(org[(org.LastIndexOf(' ') + 1)..]) || BarePlural(org))
                {
                    continue;
                }

                var role = post.Groups["role"].Value;
                if (role.Split(' ').Any(w => w is "now" or "then" or "also" or "currently" or "still" or "later"))
                {
                    continue; // "the now chairman of Mersey TV"
                }

                // Posts change hands (and people die): asked of the story, in its time, or not at all.
                if (!a.HeadlineReadsWhole || GivesAway(a.HeadlineWords, Aliases(m.Person).Append(m.Person.FullName)))
                {
                    continue;
                }

                var prompt = $"Who was the {role} {post.Groups["prep"].Value} {org}?"; // the story's headline is put in front with every other question's
                var fact = NewFact(a, "post", m.Person.FullName, role + " " + post.Groups["prep"].Value, org, s.Index);
                facts.Add(fact);
                drafts.Add(new Draft("role-who", fact, prompt, m.Person.FullName, AnswerType.Person, Aliases(m.Person), 0.66, s.Index, s.Text, NamedNear(a, s.Index)));
            }
        }
    }

    private static void Roles(ArticleAnalysis a, List<Fact> facts)
    {
        foreach (var p in a.Persons)
        {
            if (p.Role is not null)
            {
                facts.Add(NewFact(a, "role", p.FullName, "is a", p.Role, p.FirstSentence));
            }
        }

    }
}
