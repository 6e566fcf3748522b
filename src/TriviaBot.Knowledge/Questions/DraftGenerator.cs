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
        Blanks(a, facts, drafts);
        return (facts, drafts);
    }

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
            var words = q.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
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
            if (text is null || text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 55
                || !string.Equals(MaskSpeaker(q.Text, q.Speaker), q.Text, StringComparison.Ordinal) || !CanSpeak(a, q.Speaker))
            {
                continue;
            }

            // The story's headline says what the quote is about ("I don't know what to say" means nothing alone),
            // unless it names someone the article quotes or names: then it could give the answer away.
            var title = a.Article.Title.Trim();
            var titleNamesSomeone = a.Persons.Any(p => p.NameParts.Any(part => part.Length > 2 && title.Contains(part, StringComparison.OrdinalIgnoreCase)));
            var prompt = title.Length is > 0 and <= 90 && !titleNamesSomeone
                ? "In the story “" + title.TrimEnd('.') + "”, who said: “" + text.Trim('"', '“', '”') + "”?"
                : "Who said: “" + text.Trim('"', '“', '”') + "”";
            var score = 0.55 + (0.25 * q.Confidence);
            drafts.Add(new Draft("who-said", fact, prompt, q.Speaker.FullName, AnswerType.Speaker, Aliases(q.Speaker), score, q.Sentence, a.Sentences[q.Sentence].Text, Draft.NoExclusions));
        }
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
            && (Gazetteer.FirstNames.Contains(speaker.FirstName) || Lexicon.GenderOf(speaker.FirstName) != 0 || speaker.Role is not null);
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

    public static IReadOnlyList<string> Aliases(Person p) => Answers.AnswerMatcher.PersonAliases(p.FullName);

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
                if (end - verb < 4)
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

                var wh = role is null ? "Who" : "Which " + role;
                var prompt = wh + " " + vp + "?";
                var fact = NewFact(a, "action", m.Person.FullName, tokens[verb].Text, vp, s.Index);
                facts.Add(fact);
                var excluded = NamedNear(a, s.Index);
                var score = role is null ? 0.62 : 0.72;
                drafts.Add(new Draft("subject-who", fact, prompt, m.Person.FullName, AnswerType.Person, Aliases(m.Person), score, s.Index, s.Text, excluded));
            }
        }
    }

    /// The role words before a name as written ("US actor", "Hollywood star"), lowering only a capital that
    /// is there because the word opens the sentence ("Actress Nicole Kidman" → "actress").
    private static string RoleText(IReadOnlyList<Token> tokens, int from, int to)
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

        return string.Join(' ', words);
    }

    private static bool IsClauseStart(IReadOnlyList<Token> tokens, int start, out int clauseStart)
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
            return true;
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

    private static readonly HashSet<string> CommonPastVerbs = new(StringComparer.Ordinal)
    {
        "won", "took", "made", "became", "left", "went", "got", "gave", "came", "began", "led", "ran", "wrote", "sang",
        "hit", "set", "put", "beat", "bought", "sold", "lost", "met", "quit", "held", "kept", "brought", "built",
        "found", "felt", "fell", "grew", "knew", "saw", "spent", "stood", "struck", "taught", "thought", "threw",
        "drew", "drove", "flew", "forgot", "hid", "rose", "shot", "shook", "spoke", "stole", "swore", "tore",
        "wore", "broke", "chose", "froze", "paid", "sent", "split", "topped", "starred", "won't", "can", "cannot",
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

    private static int ClauseEnd(IReadOnlyList<Token> tokens, int from)
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

    /// Renders tokens [from, to) as text, resolving third-person pronouns that don't refer to the answer and
    /// expanding surname-only mentions to full names. Sets <paramref name="unresolved"/> when a pronoun can't be
    /// tied to anyone, or first-person narration leaks in.
    internal static string Render(ArticleAnalysis a, Sentence s, int from, int to, Person? answer, out bool unresolved, bool expandOtherPronouns = true)
    {
        unresolved = false;
        var sb = new StringBuilder();
        var mentions = a.Mentions[s.Index];
        var expanded = new HashSet<Person>();
        var lastEnd = -1;
        for (var k = from; k < to; k++)
        {
            var t = s.Tokens[k];
            string text = s.Text[t.Start..t.End];
            if (!t.InQuote && t.Kind == TokenKind.Word)
            {
                var lower = t.Text.ToLowerInvariant();
                if (Lexicon.FirstPersonPronouns.Contains(lower) && t.Text != "US")
                {
                    unresolved = true;
                }

                if (Lexicon.PersonalPronouns.Contains(lower) || lower is "it" or "they" or "them" or "their")
                {
                    var m = mentions.FirstOrDefault(x => x.Pronoun && x.Start == k);
                    // A pronoun that can be the answer's own ("Julia Roberts won her 10th crown") stays: the
                    // resolver's guess at someone else is the likelier mistake.
                    if (answer is not null && m.Person != answer && Lexicon.GenderOfPronoun(lower) is var pg && (pg == 0 || Lexicon.GenderOf(answer.FirstName) is 0 || Lexicon.GenderOf(answer.FirstName) == pg))
                    {
                        m = m with { Person = answer };
                    }

                    if (m.Person is null || (m.Person != answer && !expandOtherPronouns))
                    {
                        unresolved = true;
                    }
                    else if (m.Person != answer)
                    {
                        text = lower switch
                        {
                            "his" or "their" => m.Person.FullName + "'s",
                            "her" when k + 1 < to && s.Tokens[k + 1].Kind == TokenKind.Word && !Lexicon.FunctionWords.Contains(s.Tokens[k + 1].Text) => m.Person.FullName + "'s",
                            "he'd" or "she'd" or "he’d" or "she’d" => m.Person.FullName + " had",
                            _ when lower.StartsWith("he", StringComparison.Ordinal) && lower.Length > 3 => m.Person.FullName + text[2..],
                            _ => m.Person.FullName,
                        };
                    }
                }
                else
                {
                    var m = mentions.FirstOrDefault(x => !x.Pronoun && x.Start == k);
                    var afterHonorific = k > 0 && Gazetteer.Honorifics.Contains(s.Tokens[k - 1].Bare.TrimEnd('.'));
                    // "band Kasabian" is the band, whoever else in the article shares the name.
                    // "Kasabian songwriter Sergio Pizzorno": a name used as a modifier is a band's or a firm's.
                    afterHonorific |= k + 1 < s.Tokens.Count && s.Tokens[k + 1].Kind == TokenKind.Word && !s.Tokens[k + 1].IsCapitalized && Gazetteer.PersonRoles.Contains(s.Tokens[k + 1].Text);
                    afterHonorific |= k > 0 && s.Tokens[k - 1].Text is "band" or "group" or "duo" or "trio" or "film" or "movie" or "album" or "show" or "series" or "label" or "magazine" or "newspaper" or "programme" or "single" or "song" or "team" or "company" or "firm";
                    if (m.Person is not null && m.End - m.Start == 1 && t.Bare == m.Person.Surname && !afterHonorific && !expanded.Contains(m.Person) && m.Person.FullName.Contains(' ', StringComparison.Ordinal))
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
            lastEnd = t.End;
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
                var clause = m.Groups["clause"].Value.Trim();
                var year = m.Groups["year"].Value;
                var fact = NewFact(a, "year", clause, "in year", year, s.Index);
                facts.Add(fact);
                drafts.Add(new Draft("year-when", fact, clause + " in what year?", year, AnswerType.Year, [year], 0.74, s.Index, s.Text, Draft.NoExclusions));
                continue;
            }

            var text = StripFillers(s.Text);
            m = ClauseInYear().Match(text);
            // "Opal was murdered in 1979": a surname alone is only clear inside the article.
            if (m.Success && StartsWithName(m.Groups["clause"].Value) && !StartsWithBareSurname(a, m.Groups["clause"].Value))
            {
                var clause = StemCleaner.RemoveRelativeTime(m.Groups["clause"].Value.Trim());
                var year = m.Groups["year"].Value;
                var fact = NewFact(a, "year", clause, "in year", year, s.Index);
                facts.Add(fact);
                drafts.Add(new Draft("year-in-situ", fact, clause + " in what year?", year, AnswerType.Year, [year], 0.62, s.Index, s.Text, Draft.NoExclusions));
            }
        }
    }

    private static bool StartsWithBareSurname(ArticleAnalysis a, string clause)
    {
        var words = clause.Split(' ');
        var first = words[0].TrimEnd(',');
        var second = words.Length > 1 ? words[1] : string.Empty;
        return a.Persons.Any(p => p.NameParts.Length > 1 && (p.Surname == first || p.FirstName == first) && !(second.Length > 0 && p.NameParts.Contains(second)));
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

    [GeneratedRegex(@"\b(?:was|is|became)\s+an?\s+(?<age>\d{1,3})-year-old\b")]
    private static partial Regex WasAgeYearOld();

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

            var m = WasAgeYearOld().Match(s.Text);
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
    /// and at least two other names, numbers or titles to anchor it.
    private static bool SelfContained(string sentence, string answer)
    {
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var anchors = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i].Trim(',', '.', ';', ':', '(', ')', '"', '“', '”');
            if (w.Length == 0)
            {
                continue;
            }

            var lower = w.ToLowerInvariant();
            if (Lexicon.PersonalPronouns.Contains(lower) || lower is "it" or "its" or "they" or "them" or "this" or "these" or "those")
            {
                return false;
            }

            // "Mr Thoday" with no first name anywhere near: who?
            if (Gazetteer.Honorifics.Contains(w.TrimEnd('.')) && i + 1 < words.Length && !answer.Contains(words[i + 1].Trim(',', '.'), StringComparison.Ordinal))
            {
                return false;
            }

            if (i > 0 && (char.IsUpper(w[0]) || char.IsDigit(w[0])) && !answer.Contains(w, StringComparison.Ordinal))
            {
                anchors++;
            }
        }

        return anchors >= 2;
    }

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

        if (at >= 2 && text[at - 1] == ' ')
        {
            var wordStart = text.LastIndexOf(' ', at - 2) + 1;
            var previous = text[wordStart..(at - 1)];
            var sentenceStart = wordStart == 0 || text[wordStart - 2] is '.' or ':';
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
        foreach (var s in a.Sentences)
        {
            var tokens = s.Tokens;
            var words = tokens.Count(t => t.Kind is TokenKind.Word or TokenKind.Number);
            if (words is < 8 or > 32 || tokens.Any(t => t.Kind == TokenKind.Quote) || FusedHeadline(a, s))
            {
                continue;
            }

            // "The musical will open…", "The other films nominated…": which one? A bare definite description
            // needs the article around it. A sentence with no verb is a fragment.
            var first = tokens[0].Text;
            // "The Colombian-born actress…", "The Australian star…": which one?
            var vagueStart = first == "The" && tokens.Count > 1 && (tokens[1].Kind == TokenKind.Number || tokens[1].Text.Contains("-year-old", StringComparison.Ordinal))
                || first == "The" && tokens.Count > 1 && tokens[1].Kind == TokenKind.Word
                && (!tokens[1].IsCapitalized || (tokens.Count > 2 && tokens[2].Kind == TokenKind.Word && !tokens[2].IsCapitalized && Gazetteer.PersonRoles.Contains(tokens[2].Text)));
            if (vagueStart || Lexicon.DemonstrativeStarts.Contains(first) || Lexicon.SubjectPronouns.Contains(first) || first is "But" or "And" or "Or" or "So"
                || !tokens.Any(t => !t.InQuote && LooksLikeVerb(t)))
            {
                continue;
            }

            var answers = new List<(string Answer, AnswerType Type, IReadOnlyList<string> Accepted, Person? Person)>();
            foreach (var m in a.Mentions[s.Index])
            {
                if (!m.Pronoun && m.Person.NameParts.Length > 1 && m.Person.IsReliable && !m.Person.IsCharacter)
                {
                    answers.Add((m.Person.FullName, AnswerType.Person, Aliases(m.Person), m.Person));
                }
            }

            foreach (var w in a.Works)
            {
                if (w.Sentence == s.Index && w.Kind != WorkKind.Role)
                {
                    answers.Add((w.Title, Draft.TypeOf(w.Kind), [w.Title], null));
                }
            }

            foreach (Match y in BlankYear().Matches(s.Text))
            {
                answers.Add((y.Value, AnswerType.Year, [y.Value], null));
            }

            foreach (var (answer, type, accepted, person) in answers.DistinctBy(x => x.Answer))
            {
                // Pronouns may only point at the blank itself; guessing who else "he" is turns into nonsense.
                // Verbatim (no phrase removed): the ranker rejects a blank with a relative time rather than cut it.
                var rendered = Render(a, s, 0, tokens.Count, person, out var unresolved, expandOtherPronouns: false);
                if (unresolved || !SelfContained(rendered, answer))
                {
                    continue;
                }

                // "Ms Mohd-Saaid" keeps the surname only; the blank takes that, the answer stays the full name.
                var surface = answer;
                var at = rendered.IndexOf(surface, StringComparison.Ordinal);
                if (at < 0 && person is not null)
                {
                    surface = person.Surname;
                    at = rendered.IndexOf(surface, StringComparison.Ordinal);
                }

                if (at < 0)
                {
                    continue;
                }

                if (CutsAName(rendered, at, surface.Length))
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

                var blanked = string.Concat(rendered.AsSpan(0, at), "_____", rendered.AsSpan(at + surface.Length));
                // A possessive on the blank reads badly and gives the form away: "_____'s film".
                if (blanked.Contains("_____'s", StringComparison.Ordinal) || blanked.Contains("_____’s", StringComparison.Ordinal))
                {
                    continue;
                }

                var prompt = "Fill in the blank: " + blanked;
                var fact = NewFact(a, "sentence", answer, "appears in", s.Text, s.Index);
                facts.Add(fact);
                var excluded = NamedNear(a, s.Index);
                drafts.Add(new Draft("blank", fact, prompt, answer, type, accepted, 0.5, s.Index, s.Text, excluded));
            }
        }
    }

    // A year, not a clock time ("at 2010 GMT") or part of a bigger number.
    [GeneratedRegex(@"(?<!\bat\s)(?<![\d,.])\b(?:19|20)\d\d\b(?![\d,.]\d|\s*(?:GMT|BST|hrs|hours|local|[ap]\.?m))")]
    private static partial Regex BlankYear();

    /// The BBC files run the headline into the first sentence; when the split was missed, that sentence repeats it.
    private static bool FusedHeadline(ArticleAnalysis a, Sentence s) =>
        s.Index == 0 && a.Article.Title.Length > 0 && s.Text.StartsWith(a.Article.Title.TrimEnd('…'), StringComparison.Ordinal);

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
