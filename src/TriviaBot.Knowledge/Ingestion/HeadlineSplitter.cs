using System.Collections.Frozen;
using TriviaBot.Knowledge.Text;

namespace TriviaBot.Knowledge.Ingestion;

/// Finds where a headline ends when it runs straight into the body with no separator, as in the BBC corpus
/// ("De Niro film leads US box office Film star Robert De Niro has returned ...").
///
/// Every place in the first 16 words where a word is followed by a capitalised word is a candidate; each is
/// scored. Why these features: BBC headlines are sentence case, so a capital after a lowercase word is the usual
/// seam; headlines never end on a function word ("for England", "at Yukos") or an adjective ("new"), and rarely
/// on a job title that introduces a name ("Charlton manager Alan Curbishley"); the body's first words often
/// re-introduce the headline's subject by full name ("Arsene Wenger", "Tory MP Jonathan Sayeed"); common
/// sentence openers ("The", "A", "Former") are strong evidence; headlines are mostly 3–7 words.
/// Measured by eye on BBC samples at roughly 90% (see the ingestion commit message); the misses are seams
/// between two proper nouns ("Almunia Arsene Wenger").
internal static partial class HeadlineSplitter
{
    private const int MaxHeadlineWords = 16;
    private const double AcceptThreshold = -3;

    private static readonly HashSet<string> SentenceStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you",
        "there", "here", "his", "her", "their", "our", "my", "your", "some", "many", "most", "more", "much", "few",
        "several", "all", "both", "each", "every", "no", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "hundreds", "thousands", "millions", "dozens",
        "former", "new", "top", "but", "and", "so", "yet", "if", "when", "while", "after", "before", "as", "in", "on",
        "at", "for", "with", "from", "by", "during", "despite", "although", "though", "however", "meanwhile", "now",
        "last", "next", "following", "under", "over", "about", "around", "almost", "nearly", "only", "just", "even",
        "according", "plans", "shares", "sales", "figures", "profits", "officials", "police", "ministers", "critics",
        "fans", "people", "experts", "analysts", "scientists", "researchers", "campaigners", "mps", "voters",
        "companies", "firms", "world", "british", "american", "european", "international", "leading", "veteran",
        "chart-topping",
    };

    // A headline does not end on these: they need a complement that is, in fact, the body's first word.
    private static readonly HashSet<string> NonFinalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "to", "for", "of", "in", "on", "at", "by", "with", "from", "over", "into", "onto", "about", "after",
        "against", "as", "and", "or", "but", "the", "a", "an", "than", "vs", "v", "its", "his", "her", "their",
        "our", "my", "your", "this", "that", "these", "those", "is", "are", "was", "were", "be", "been", "has",
        "have", "had", "will", "would", "can", "could", "may", "might", "should", "must", "not", "no", "up", "out",
        "off", "down", "via", "amid", "new", "former", "latest", "more", "most", "since", "until",
    };

    // Job titles and the like introduce a name in the body ("US rapper Snoop Dogg"); a seam right after one is
    // usually inside the body, not at the headline's end.
    private static readonly HashSet<string> Descriptors = new(StringComparer.OrdinalIgnoreCase)
    {
        "manager", "boss", "coach", "star", "prop", "firm", "striker", "chief", "minister", "leader", "president",
        "champion", "maker", "secretary", "captain", "player", "singer", "actor", "actress", "director", "group",
        "company", "giant", "chairman", "spokesman", "winger", "keeper", "forward", "midfielder", "defender",
        "rapper", "operator", "supplier", "band", "club", "side", "team", "agent", "owner", "founder",
        "sprinter", "comedian", "athlete", "runner", "swimmer", "golfer", "boxer", "presenter", "host", "writer",
        "author", "designer", "producer", "musician", "guitarist", "lawyer", "judge", "official", "spokeswoman",
        "wing", "flanker", "lock", "hooker", "centre", "full-back", "fly-half",
    };

    // Finite verbs that newspaper headlines drop ("has confirmed" ⇒ we are already in the body).
    private static readonly HashSet<string> BodyOnlyVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "has", "have", "had", "was", "were", "said", "says", "been", "would", "could", "told",
    };

    private static readonly string[] Abbreviations = ["Mr.", "Mrs.", "Ms.", "Dr.", "St."];

    /// Splits a one-line article into headline and body; false when no seam scores well enough.
    public static bool TrySplit(string line, out string headline, out string body)
    {
        headline = string.Empty;
        body = string.Empty;

        // Only the opening words can hold the seam; tokenising the whole article would cost more than the rest
        // of ingestion.
        var prefixEnd = 0;
        for (var spaces = 0; prefixEnd < line.Length && spaces <= MaxHeadlineWords + 8; prefixEnd++)
        {
            if (line[prefixEnd] == ' ')
            {
                spaces++;
            }
        }

        var tokens = line[..prefixEnd].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var bodyStart = FindBodyStart(tokens, line);
        if (bodyStart < 0)
        {
            return false;
        }

        headline = string.Join(' ', tokens, 0, bodyStart);
        var offset = 0;
        for (var i = 0; i < bodyStart; i++)
        {
            offset = line.IndexOf(tokens[i], offset, StringComparison.Ordinal) + tokens[i].Length;
        }

        body = line.AsSpan(offset).Trim().ToString();
        (headline, body) = Repair(headline, body);
        return true;
    }

    /// Moves a seam found a word or two off when the words on either side of it say where it belongs: "Scissor
    /// Sisters triumph at Brits | US band Scissor Sisters led…" (the body's description of its first name), "Low-budget
    /// film wins Cesar | A film that follows…" (the headline's last word). Kept only when the headline then reads whole.
    internal static (string Headline, string Body) Repair(string headline, string body)
    {
        // "Scrum-half Williams rejoins | Bath Bath have signed…": a word said twice at the seam ends the headline once
        // and opens the body once. (Not a name said twice that the headline has already: "Duran Duran".)
        // (Nor "Duran Duran are to receive…" under a headline without them: the body says "Duran Duran" again.)
        if (FirstWords(body, 3) is [var twice, var again, _] && twice == again && twice.Length > 1 && char.IsUpper(twice[0]) && char.IsLetter(twice[^1])
            && !headline.Split(' ').Contains(twice) && !SaidAgain(body, twice + " " + twice, twice.Length * 2 + 1) && TakeIntoHeadline(headline, body, twice) is { } once)
        {
            return once;
        }

        // "Volcano drama erupts on BBC | One Supervolcano, a docu-drama…": the channel's number is its name's; "Ireland v
        // USA (Sat) Saturday 20 | November Lansdowne Road…": a match day's month is the headline's.
        // (Not "…outside BBC | Two thousand Christians gathered…": the channel's name goes on to a capital.)
        if (FirstWords(body, 2) is [var seamWord, var seamNext] && seamNext.Length > 0 && char.IsLetterOrDigit(seamNext[0]) && !char.IsLower(seamNext[0]))
        {
            if (headline.EndsWith(" BBC", StringComparison.Ordinal) && seamWord is "One" or "Two" or "Three" or "Four" && TakeIntoHeadline(headline, body, seamWord) is { } channel)
            {
                return channel;
            }

            if (EndsOnDayOfMonth(headline) && Months.Contains(seamWord))
            {
                return (headline + " " + seamWord, body.TrimStart()[seamWord.Length..].TrimStart());
            }
        }

        // "Uganda bans | Vagina Monologues Uganda's authorities have banned the play The Vagina Monologues", "Police praise
        // 'courageous' | Ozzy Rock star Ozzy Osbourne…": the body opens on a name and, right after it, a sentence
        // that names it again; the name ends the headline. (Not "Tony Blair … Tony Blair": the name said again goes
        // on the same way.)
        if (NameSaidAgainAfterSeam(headline, body) is { } named)
        {
            return named;
        }

        // "Clyde 0-5 Celtic Celtic brushed aside | Clyde to secure…": the seam went past a score and its side, which the
        // body's sentence opens on again; the headline ends on the side.
        if (SideSaidTwiceAfterScore(headline) is { } twiceAt)
        {
            return (headline[..twiceAt].TrimEnd(), headline[twiceAt..].TrimStart() + " " + body.TrimStart());
        }

        // "Hearts 2-1 | Livingston Hearts wrapped up…": a score is followed by the other side, up to where the body's
        // sentence opens on the first side again.
        if (EndsOnScore(headline) && FirstWords(body, 6) is var opener && headline.Split(' ')[0] is var side
            && Array.IndexOf(opener, side) is > 0 and < 5 and var at && opener[..at].All(w => char.IsUpper(w[0]) || w is "of" or "the"))
        {
            var taken = string.Join(' ', opener[..at]);
            var opening = body.TrimStart();
            if (opening.StartsWith(taken + " ", StringComparison.Ordinal))
            {
                return (headline + " " + taken, opening[taken.Length..].TrimStart());
            }
        }

        // "Newcastle 2-1 | Bolton Kieron Dyer smashed…", "Man City 0-2 | Man Utd Manchester United reduced…": a score the
        // body doesn't answer with the first side is followed by one word of the other, two when the second is a club's
        // ("Utd", "City", "Rovers").
        if (EndsOnScore(headline) && FirstWords(body, 3) is [var side1, var side2, _] && side1.Length > 1 && char.IsUpper(side1[0]) && char.IsLetter(side1[^1])
            && !SentenceStarters.Contains(side1))
        {
            // ("Bristol City 2-1 | Milton Keynes Leroy Lita…": two words before a first name.)
            var third = FirstWords(body, 3)[2];
            var taken = TeamSuffixes.Contains(side2) || (char.IsUpper(side2[0]) && side2 != side1 && !Gazetteer.IsGivenName(side2) && Gazetteer.IsGivenName(third))
                ? side1 + " " + side2 : side1;
            var opening = body.TrimStart();
            if (opening.StartsWith(taken + " ", StringComparison.Ordinal))
            {
                return (headline + " " + taken, opening[taken.Length..].TrimStart());
            }
        }

        // "Tories attack burglar | 'U-turns' Tory leader…": a quoted word opening the body, a capital after it, is the
        // headline's last.
        if (FirstWords(body, 2) is [var quoted, var after] && quoted.Length > 3 && quoted[0] is '\'' or '‘' or '"' or '“' && quoted[^1] is '\'' or '’' or '"' or '”'
            && char.IsLetter(quoted[1]) && char.IsUpper(after[0]) && !headline.EndsWith(':') && TakeIntoHeadline(headline, body, quoted) is { } quotedTaken)
        {
            return quotedTaken;
        }

        // "QPR keeper Day heads for Preston Queens | Park Rangers keeper…": the headline's last word opens a name whose
        // initials the headline gives ("QPR"); the name is the body's.
        if (AcronymSpelledAcrossSeam(headline, body) is { } spelled)
        {
            return (headline[..^(spelled.Length + 1)], spelled + " " + body.TrimStart());
        }

        // "Keegan hails comeback king | Fowler Manchester City boss Kevin Keegan has praised striker Robbie Fowler…": a
        // surname before the body's description of the headline's subject, said in full further on, ends the headline.
        if (SurnameBeforeSubjectDescription(headline, body) is { } surname && TakeIntoHeadline(headline, body, surname) is { } surnameTaken)
        {
            return surnameTaken;
        }

        // "Beastie Boys win sampling battle US rappers | Beastie Boys have won…": the body's description of the
        // headline's subject ended up on the headline.
        if (SubjectDescriptionGluedOn(headline, body) is { } description)
        {
            return description;
        }

        var original = (headline, body);
        var lastSeam = NoRepair;
        var (reason, seam) = Diagnose(headline, body);
        var cut = reason is not null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            // (A second move back the other way undoes the first: "…as Tory MP" → "…as" → "…as Tory".)
            if (reason is null || seam == NoRepair || (lastSeam != NoRepair && (seam < NoRepair) != (lastSeam < NoRepair)))
            {
                break;
            }

            lastSeam = seam;

            var words = headline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            (string, string) moved;
            if (seam == TakeUntilQuoteCloses)
            {
                // Up to three words, the last closing the quote.
                var next = FirstWords(body, 3);
                var take = Array.FindIndex(next, w => w.TrimEnd('.', ',', ';', ':', '!', '?').Length > 1 && w.TrimEnd('.', ',', ';', ':', '!', '?')[^1] is '\'' or '’' or '"' or '”');
                if (take < 0 || next[take][^1] is '.' or ',' or ';' or ':')
                {
                    break;
                }

                var taken = string.Join(' ', next[..(take + 1)]);
                var rest = body.TrimStart();
                moved = (headline + " " + taken, rest.StartsWith(taken, StringComparison.Ordinal) ? rest[taken.Length..].TrimStart() : rest);
            }
            else if (seam == TakeFromBody)
            {
                var first = FirstWords(body, 1);
                // ("Cesar, A film…": a word with its punctuation ends a clause, not a headline.)
                if (first.Length == 0 || first[0][^1] is '.' or ',' or ';' or ':' or '!' or '?')
                {
                    break;
                }

                moved = (headline + " " + first[0], body.TrimStart()[first[0].Length..].TrimStart());
            }
            else
            {
                // "…trust of Blair Lib Dem leader": "Lib Dem" is one name (the body says it again), so the seam goes
                // before both.
                // ("…O'Leary Aston Villa's Thomas": "Aston Villa" too.)
                while (seam > 2 && char.IsUpper(words[seam - 1][0]) && body.Contains(words[seam - 1] + " " + StripPossessive(words[seam]).ToString(), StringComparison.Ordinal))
                {
                    seam--;
                }

                if (seam < 2 || seam >= words.Length)
                {
                    break;
                }

                moved = (string.Join(' ', words[..seam]), string.Join(' ', words[seam..]) + " " + body);
            }

            (reason, seam) = Diagnose(moved.Item1, moved.Item2);
            if (reason is null)
            {
                return moved;
            }

            (headline, body) = moved;
        }

        return cut && Extend(original.headline, original.body) is { } extended ? extended : original;
    }

    /// Where the body begins in "Clyde 0-5 Celtic Celtic brushed aside" (at the second "Celtic"): a score, a side of one
    /// or two words, the same side again; null when there is no such repetition.
    private static int? SideSaidTwiceAfterScore(string headline)
    {
        var words = headline.Split(' ');
        for (var i = 1; i + 2 < words.Length; i++)
        {
            if (!EndsOnScore(words[i]))
            {
                continue;
            }

            for (var n = 1; n <= 2 && i + 2 * n < words.Length; n++)
            {
                if (words.AsSpan(i + 1, n).SequenceEqual(words.AsSpan(i + 1 + n, n)) && char.IsUpper(words[i + 1][0]))
                {
                    return string.Join(' ', words[..(i + 1 + n)]).Length + 1;
                }
            }
        }

        return null;
    }

    // "Hearts 2-1": a score ends the line.
    private static bool EndsOnScore(string headline)
    {
        var last = headline.AsSpan(headline.LastIndexOf(' ') + 1);
        var dash = last.IndexOf('-');
        return dash is 1 or 2 && last.Length - dash - 1 is 1 or 2 && char.IsAsciiDigit(last[0]) && char.IsAsciiDigit(last[dash - 1])
            && char.IsAsciiDigit(last[dash + 1]) && char.IsAsciiDigit(last[^1]);
    }

    /// The body's first word when a name of one word (or an honorific and a name) stands before its "The"/"A":
    /// "One The BBC's…", "Sir John The top civil servant…"; else null.
    private static string? NameBeforeThe(string body)
    {
        static bool NameWord(string w) => w.Length > 1 && char.IsUpper(w[0]) && char.IsLetter(w[^1]) && w is not ("The" or "A" or "An");
        return FirstWords(body, 3) switch
        {
            [var word, "The" or "A" or "An", ..] when NameWord(word) => word,
            [var title, var name, "The" or "A" or "An"] when Gazetteer.Honorifics.Contains(title) && NameWord(name) => title,
            _ => null,
        };
    }

    /// A headline cut short that no one-word move mends ("U2 stars enter rock | Hall of Fame Singer Bruce…", "Show over
    /// for MTV's | The Osbournes Rock star…", "Springer criticises | Opera musical Talk show host…"): the body's first
    /// words, up to four, join it when the headline then reads whole and the body opens on a capital.
    private static (string Headline, string Body)? Extend(string headline, string body)
    {
        // ("US state acts to stop 'spammers' | US state Texas has filed…": a body that opens on the headline's own first
        // words starts afresh.)
        if (headline.Split(' ') is { Length: > 2 } heads && body.TrimStart().StartsWith(heads[0] + " " + heads[1] + " ", StringComparison.Ordinal))
        {
            return null;
        }

        // "Finnan says | Irish can win group Steve Finnan believes…", "Parry relishes | Anfield challenge Rick Parry…": the
        // body's sentence opens on the headline's subject by full name; the words before it are the headline's.
        if (SubjectByFullNameAt(headline, body) is > 0 and var named && TakeIntoHeadline(headline, body, string.Join(' ', FirstWords(body, named))) is { } beforeName)
        {
            return beforeName;
        }

        var words = FirstWords(body, 5);
        // "Creator of first | Apple Mac dies Jef Raskin, head of the team…": the body's sentence opens on a name in
        // apposition ("Name Surname, …"); the words before it are the headline's.
        for (var k = 1; k <= 3 && k + 1 < words.Length; k++)
        {
            if (char.IsUpper(words[k][0]) && char.IsUpper(words[k + 1][0]) && words[k + 1].EndsWith(',') && char.IsLower(words[k - 1][0])
                && words[..k].All(w => char.IsLetterOrDigit(w[^1])))
            {
                if (TakeIntoHeadline(headline, body, string.Join(' ', words[..k])) is { } beforeApposition)
                {
                    return beforeApposition;
                }
            }
        }

        for (var k = 1; k < words.Length && k <= 4; k++)
        {
            // The headline never takes the body's own clause ("…rugby | Playing colours: All black"), a description that
            // opens the body ("…drags on | Liverpool winger Harry Kewell"), or half a name ("S Korean director South |
            // Korean film director…", "to open US | Super Bowl R&B star…", "Racing pundit John | McCririck").
            var last = words[k - 1];
            var next = words[k];
            // ("…Blair tells | EU Tony Blair…": a first name after "EU" starts the body's sentence.)
            var splitsName = char.IsUpper(next[0]) && !Descriptors.Contains(next) && !SentenceStarters.Contains(next) && !Gazetteer.IsGivenName(next)
                && (HeadlineNeverEnds.Contains(last) || last is "South" or "North" or "East" or "West" or "St" or "Saint" || Gazetteer.IsGivenName(last));
            // An acronym before a run of capitals opens a name ("…to open | US Super Bowl R&B star…": go on to "Bowl");
            // before one capital and a lowercase word it ends the headline ("…to 'woo' | LSE Bosses of…", "…to shape
            // | TV Imagine editing…").
            var acronymOpensName = last.Length <= 4 && last.All(char.IsUpper) && char.IsUpper(next[0]) && !Gazetteer.IsGivenName(next) && k + 1 < words.Length && char.IsUpper(words[k + 1][0]);
            // ("…loses | Anil Ambani Anil Ambani, the younger…", "…to challenge | Sky Plus Cable firm…": a name the body says
            // again goes whole.)
            var nameGoesOn = char.IsUpper(last[0]) && char.IsUpper(next[0]) && SaidAgain(body.TrimStart(), last + " " + next, string.Join(' ', words[..(k + 1)]).Length);
            // ("India to deport | Bollywood actress India has ordered…": a describing noun is the headline's own when the
            // body's sentence then opens on the headline's subject.)
            var subjectNext = next == StripPossessive(headline.Split(' ')[0]).ToString();
            if (last[^1] is '.' or ',' or ';' or ':' or '!' or '?' || ((Descriptors.Contains(last) || DescriptionHeads.Contains(last) || Gazetteer.PersonRoles.Contains(last)) && !subjectNext && !acronymOpensName)
                || (splitsName && !nameGoesOn))
            {
                break;
            }

            if (nameGoesOn || acronymOpensName)
            {
                continue;
            }

            // It ends where the body's sentence can start, and not on a word a headline never ends on ("…2-0 up" may).
            if (!char.IsUpper(next[0]) || last.Length < 2 || (NonFinalWords.Contains(last) && last is not ("up" or "out" or "off" or "down")))
            {
                continue;
            }

            var taken = string.Join(' ', words[..k]);
            var opening = body.TrimStart();
            if (!opening.StartsWith(taken + " ", StringComparison.Ordinal))
            {
                return null;
            }

            var rest = opening[taken.Length..].TrimStart();
            var extended = headline + " " + taken;
            if (Diagnose(extended, rest).Reason is null)
            {
                return (extended, rest);
            }
        }

        return null;
    }

    /// The index of the body's first token, or -1. <paramref name="text"/> is the whole article, used to tell
    /// common words ("Cable", written "cable" elsewhere) from names.
    internal static int FindBodyStart(string[] tokens, string text)
    {
        var headlineCapitals = new HashSet<string>(StringComparer.Ordinal);
        var best = -1;
        var bestScore = double.NegativeInfinity;
        var hasBodyVerb = false;
        var last = Math.Min(MaxHeadlineWords, tokens.Length - 4);
        for (var k = 2; k <= last; k++)
        {
            // Token k-2 has just become an inner headline word: a sentence end there means we are past the seam.
            var inner = tokens[k - 2];
            if (EndsSentence(inner) && !EndsStrongly(inner))
            {
                break;
            }

            if (IsUpperInitial(inner))
            {
                headlineCapitals.Add(StripPossessive(Core(inner)).ToString());
            }

            hasBodyVerb |= BodyOnlyVerbs.Contains(Core(inner).ToString());

            var a = tokens[k - 1];
            var b = tokens[k];
            var strongEnd = EndsStrongly(a);
            if (!strongEnd && EndsSentence(a))
            {
                break;
            }

            if (!IsUpperInitial(b))
            {
                continue;
            }

            if (IsUpperInitial(a))
            {
                headlineCapitals.Add(StripPossessive(Core(a)).ToString());
            }

            var score = Score(tokens, k, a, b, strongEnd, text, headlineCapitals);
            if (hasBodyVerb || BodyOnlyVerbs.Contains(Core(a).ToString()))
            {
                score -= 3;
            }

            if (score > bestScore)
            {
                bestScore = score;
                best = k;
            }
        }

        return bestScore >= AcceptThreshold ? best : -1;
    }

    private static double Score(
        string[] tokens, int k, string a, string b, bool strongEnd, string text,
        HashSet<string> headlineCapitals)
    {
        var coreA = Core(a);
        var coreB = Core(b);
        var score = 0.0;
        if (strongEnd)
        {
            score += 5;
        }

        var bWord = StripPossessive(coreB).ToString();
        if (SentenceStarters.Contains(bWord))
        {
            score += 3;
        }
        else if (char.IsUpper(coreB[0]) && ContainsLowercaseWord(text, coreB))
        {
            score += 2;
        }

        if (coreA.Length > 0 && (char.IsLower(coreA[0]) || char.IsDigit(coreA[0]) || coreA[0] is '£' or '$'))
        {
            score += 2;
            if (NonFinalWords.Contains(coreA.ToString()))
            {
                score -= 5;
            }
        }
        else if (!IsAcronym(a))
        {
            score -= 1;
        }

        if (IsAcronym(b))
        {
            score -= 1.5;
        }

        if (coreA.EndsWith("'s", StringComparison.Ordinal) || coreA.EndsWith("’s", StringComparison.Ordinal))
        {
            score -= 2;
        }

        if (a.EndsWith(',') || a.EndsWith(':'))
        {
            score -= 3;
        }

        if (k == 2)
        {
            score -= 1;
        }

        if (k > 7)
        {
            score -= (k - 7) * 1.2;
        }

        for (var d = 0; d < 6 && k + d < tokens.Length; d++)
        {
            var t = tokens[k + d];
            var c = StripPossessive(Core(t));
            if (IsUpperInitial(t) && c.Length > 0 && !char.IsDigit(c[0]) && headlineCapitals.Contains(c.ToString()))
            {
                score += 2.5 - (0.4 * d);
                break;
            }
        }

        if (Descriptors.Contains(coreA.ToString()))
        {
            score -= 2.5;
        }

        return score - (k * 0.05);
    }

    private static bool ContainsLowercaseWord(string text, ReadOnlySpan<char> capitalised)
    {
        Span<char> lower = stackalloc char[Math.Min(capitalised.Length, 64)];
        if (capitalised.Length > lower.Length)
        {
            return false;
        }

        capitalised.ToLowerInvariant(lower);
        var span = text.AsSpan();
        var from = 0;
        while (from < span.Length)
        {
            var at = span[from..].IndexOf(lower, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += from;
            var end = at + lower.Length;
            if ((at == 0 || !char.IsLetter(span[at - 1])) && (end == span.Length || !char.IsLetter(span[end])))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }

    private static ReadOnlySpan<char> Core(string token)
    {
        var span = token.AsSpan().TrimStart("\"'“‘([").TrimEnd("\"'”’)],:;");
        return span;
    }

    internal static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)
            ? word[..^2]
            : word;

    private static bool IsUpperInitial(string token)
    {
        var core = Core(token);
        return core.Length > 0 && (char.IsUpper(core[0]) || char.IsDigit(core[0]) || core[0] is '£' or '$');
    }

    private static bool IsAcronym(string token)
    {
        var letters = 0;
        foreach (var ch in StripPossessive(Core(token)))
        {
            if (char.IsLetter(ch))
            {
                if (!char.IsUpper(ch))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool EndsStrongly(string token)
    {
        var t = token.AsSpan().TrimEnd("\"'”’");
        return t.EndsWith("...", StringComparison.Ordinal) || t.EndsWith('…') || t.EndsWith('!') || t.EndsWith('?');
    }

    private static bool EndsSentence(string token)
    {
        var t = token.AsSpan().TrimEnd("\"'”’");
        if (!(t.EndsWith('.') || t.EndsWith('!') || t.EndsWith('?')))
        {
            return false;
        }

        foreach (var abbreviation in Abbreviations)
        {
            if (t.SequenceEqual(abbreviation))
            {
                return false;
            }
        }

        // An initial ("J.") or an acronym with dots ("U.S.") does not end a sentence.
        return !(t.Length == 2 && char.IsUpper(t[0])) && !(t.Length >= 4 && t[^3] == '.' && char.IsUpper(t[^2]));
    }

    /// Whether a headline reads whole, so it can be shown with a question. The seam above is sometimes found a word
    /// or two off: "Scissor Sisters triumph at Brits US band" (the body's "US band Scissor Sisters…"), "Eastwood's Baby
    /// scoops top" (its "Oscars" cut off). Those end on a word that introduces a name or needs one (<see cref="Repair"/>
    /// moves the seam back where the words on either side say where it belongs). <paramref name="body"/>, the text
    /// after the headline, tells "Stars pay tribute to actor" (body "Davis Hollywood stars…": its name was cut off) from "Lit
    /// Idol begins search for author" (body "The second…").
    internal static bool ReadsWhole(string title, string? body = null) => WhyNotWhole(title, body) is null;

    /// Why a headline doesn't read whole (see <see cref="ReadsWhole"/>), or null.
    internal static string? WhyNotWhole(string title, string? body = null) => Diagnose(title, body).Reason;

    // A seam to move: the headline's words from this index on are the body's, or the body's first word is the headline's.
    private const int NoRepair = -1;
    private const int TakeFromBody = -2;
    private const int TakeUntilQuoteCloses = -3;

    /// Why a headline doesn't read whole, and where its seam should be: the index of its first word that belongs to
    /// the body, <see cref="TakeFromBody"/>, or <see cref="NoRepair"/>.
    private static (string? Reason, int Seam) Diagnose(string title, string? body)
    {
        if (title.Length is 0 or > 90)
        {
            return ("length", NoRepair);
        }

        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return ("length", NoRepair);
        }

        var quotesBalanced = QuotesBalanced(words);
        // A Title Case headline ("The Story Behind Jim & Pam's First Kiss On 'The Office' Is Ridiculously Cute") had a
        // line of its own: no seam to be a word off. (The BBC files' headlines are in sentence case.)
        var lettered = words.Select(w => w.TrimStart('\'', '‘', '"', '“')).Where(w => w.Length > 0 && char.IsLetter(w[0])).ToArray();
        if (lettered.Length >= 6 && lettered.Count(w => char.IsUpper(w[0])) >= lettered.Length * 0.85 && quotesBalanced)
        {
            return (null, NoRepair);
        }

        // "Belle named 'best | Scottish band' Belle & Sebastian…": the quote closes in the body.
        if (!quotesBalanced)
        {
            return ("a quote left open", TakeUntilQuoteCloses);
        }

        // "UK heading wrong way - | Howard Tony Blair has…": the speaker after the dash opens the body.
        if (title.EndsWith(':') || title.EndsWith(" -", StringComparison.Ordinal))
        {
            return ("ends on a colon", title.EndsWith(" -", StringComparison.Ordinal) && body is not null && OpensOnNameRun(body) ? TakeFromBody : NoRepair);
        }

        var last = words[^1].Trim('\'', '’', '"', '”');
        // ("Blair quits ’": a stray quote ends nothing.)
        if (last.Length == 0)
        {
            return ("ends on a stray quote", NoRepair);
        }

        var beforeLast = words.Length > 1 ? words[^2] : string.Empty;
        // A body that opens a sentence ("The Lib Dems have appointed…") follows a whole headline ("…new election PR
        // chief"): nothing of the body was glued onto it.
        // ("…Bafta glory Hollywood blockbuster | The Aviator and…": a work's name opens on "The" after its description.)
        var bodyOpensFresh = body is not null && OpensSentence(body)
            && !(WorkHeads.Contains(last) && FirstWords(body, 2) is [ "The", var named ] && char.IsUpper(named[0]));
        // "Berlin applauds Hotel Rwanda Political thriller | Hotel Rwanda was given…": the body opens on the
        // headline's subject, so the capitalised words after it in the headline are the body's description of it.
        if (body is not null && RepeatedSubjectEnd(words, body) is > 0 and var end && end < words.Length && char.IsUpper(words[end][0]))
        {
            return ("the body's description of its first name", end);
        }

        // "Ireland 19-13 England Ireland consigned | England to…", "Souness backs Smith for Scotland Graeme Souness
        // believes | Walter Smith…": the body's sentence opens on the headline's first name again (with a first name
        // before it), and its verb came too.
        if (SubjectAgainAt(words) is > 0 and var again)
        {
            return ("the body's sentence glued on", again);
        }

        // "Chelsea hold Arsenal A gripping game between | Arsenal and Chelsea…": a capital "A" inside the line opens
        // the body's sentence.
        for (var i = 2; i + 1 < words.Length; i++)
        {
            if (words[i] is "A" or "An" && words[i + 1].Length > 1 && char.IsLower(words[i + 1][0]) && char.IsUpper(words[i - 1][0]))
            {
                return ("the body's first word", i);
            }
        }
        // "…Hollywood blockbuster", "…Essex act", "…US hip-hop duo", "…French film": the body's description of its
        // first name ("Bollywood film" alone is a headline's own, and so is "…for Japan hit film", "…from BBC film":
        // after "for" or "from" the description is the headline's object).
        if (DescribingNouns.Contains(last) && words.Length > 2 && !bodyOpensFresh)
        {
            for (var i = words.Length - 3; i < words.Length - 1; i++)
            {
                var w = words[i];
                var describing = w.Length > 1 && (IsAcronym(w) || Gazetteer.Places.Contains(w) || w is "Hollywood"
                    || (Gazetteer.StopCapitalized.Contains(w) && (w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ch", StringComparison.Ordinal))));
                // ("…join US tsunami TV show": "TV show" is one noun.)
                var compound = w is "TV" && i == words.Length - 2;
                if (describing && !compound && !(i > 0 && (Lexicon.FunctionWords.Contains(words[i - 1]) || VerbLike(words[i - 1]) || (i >= 2 && words[i - 2] == "to"))) && !BodyRepeatsTail(words, i, body))
                {
                    return ("the body's description of its first name", i);
                }
            }
        }

        // "…hail Sideways The comedy": a capitalised article before the last word is the body's first.
        // ("Show over for MTV's The Osbournes": after an owner's possessive it opens a title the body names again.)
        if (beforeLast is "The" or "A" or "An"
            && !(words.Length > 2 && IsPossessive(words[^3]) && body is not null && SaidAgain(body, beforeLast + " " + words[^1], 0)))
        {
            return ("the body's first word", words.Length - 2);
        }

        // "…for Oscars Martin Scorsese's": a possessive at the end was cut mid-phrase; "Low-budget film wins",
        // "Berlin celebrates": a verb without its object ("nominees named" is whole); "Hundreds vie for best film":
        // "best film" without its prize ("Children vote Shrek 2 best film" is whole).
        // ("Fry set for role in Hitchhiker's | Actor Stephen Fry… The Hitchhiker's Guide…": after "in" a possessive the
        // body goes on to name in full is a title cut short on purpose.)
        if (IsPossessive(words[^1]) && !(beforeLast is "in" or "of" && body is not null && body.Contains("The " + words[^1] + " ", StringComparison.Ordinal)))
        {
            // "…Oscars Martin Scorsese's": the body opens on the full name.
            var j = words.Length - 1;
            while (j > 1 && char.IsUpper(words[j - 1][0]))
            {
                j--;
            }

            var firstName = Enumerable.Range(j + 1, Math.Max(0, words.Length - 1 - j)).FirstOrDefault(i => Gazetteer.FirstNames.Contains(words[i]));
            return ("cut mid-phrase", firstName > 0 ? firstName : NoRepair);
        }

        // ("Bafta to hand out movie honours": after a lowercase noun the word is a noun, whole unless the body opens
        // on the word it lost.)
        // ("Relay squad thrilled with honours", "BBC leads interactive Bafta wins": after a verb, the last word is a noun.)
        // ("Indian oil firm eyes | Yukos assets": after a firm, a market or a name, "eyes" and "seals" are verbs that lost
        // their object; "Rescue for stranded seals" is whole.)
        var nounUse = !(last is "eyes" or "seals" && (VerbSubjects.Contains(beforeLast) || (beforeLast.Length > 0 && char.IsUpper(beforeLast[0])))) && ((beforeLast.Length > 2 && char.IsLower(beforeLast[0]) && !Lexicon.FunctionWords.Contains(beforeLast) && !VerbLike(beforeLast))
            || (Prepositions.Contains(beforeLast) && beforeLast != "to")
            || Enumerable.Range(1, Math.Max(0, words.Length - 2)).Any(i => char.IsLower(words[i][0]) && (VerbLike(words[i]) || words[i - 1] == "to")));
        if ((ObjectlessVerbs.Contains(last) && !(last == "named" && beforeLast.Length > 2 && char.IsLower(beforeLast[0]) && beforeLast.EndsWith('s'))
                && !(nounUse && body is not null && !OpensOnCutWord(body, title)))
            || (beforeLast == "best" && words.Length > 2 && words[^3].Length > 0 && char.IsLower(words[^3][0])))
        {
            return ("cut mid-phrase", body is not null && OpensOnCutWord(body, title) ? TakeFromBody : NoRepair);
        }

        // "Thomas out of Six Nations Wales captain | Gareth Thomas has…", "Vickery out of Six Nations England tight-head
        // prop | Phil Vickery…": the body opens on the subject's full name, so a country and a role at the end are the
        // body's description of it.
        if (words.Length > 4 && body is not null && FirstWords(body, 2) is [var given, var surname] && Gazetteer.IsGivenName(given)
            && StripPossessive(surname.TrimEnd(',')).ToString() == StripPossessive(words[0]).ToString() && char.IsLower(last[0])
            && (Gazetteer.PersonRoles.Contains(last) || Descriptors.Contains(last)))
        {
            var j = words.Length - 1;
            while (j > 2 && words.Length - j <= 3 && char.IsLower(words[j][0]))
            {
                j--;
            }

            if (j > 2 && j < words.Length - 1 && char.IsUpper(words[j][0]) && IsCountry(words[j]))
            {
                return ("the body's description of its first name", j);
            }
        }

        // "…Hitchhiker's Actor Stephen", "…skates on Former England footballer", "…comedy Sideways Road trip comedy":
        // the body's opening words (a capitalised sentence opener or role after a lowercase word, or the head noun
        // said twice) glued on. ("Carry On star", "Last Star Wars": a capital after a capital is a name.)
        // (The last such word: "…accuses British sprinters Former Olympic champion". A role ending the headline is
        // its own: "…rethink on axed MP"; "…plays down European return" is a describing word before one noun.)
        var opener = bodyOpensFresh ? 0 : Enumerable.Range(1, Math.Max(0, words.Length - 2)).LastOrDefault(i => words[i].Length > 1 && char.IsUpper(words[i][0])
            && ((char.IsLower(words[i - 1][0]) && (SentenceStarters.Contains(words[i]) || Gazetteer.PersonRoles.Contains(words[i]) || words[i] is "Organisers" or "Fans" or "Critics")
                    && !(i == words.Length - 2 && !Gazetteer.PersonRoles.Contains(words[i])))
                || words[i] is "Former" or "Veteran"
                || (i >= 2 && char.IsUpper(words[i - 1][0]) && HyphenedDescription().IsMatch(words[i]))));
        if (opener > 0)
        {
            return ("the body's opener glued on", opener);
        }

        if (words[..^1].Any(w => string.Equals(w, last, StringComparison.OrdinalIgnoreCase)) && DescribingNouns.Contains(last))
        {
            return ("the head noun said twice", CapitalBeforeModifiers(words) is > 0 and var k ? k : NoRepair);
        }

        // "Injury sidelines Philippoussis Mark | Philippoussis withdrew…": the body opens on the surname the headline's
        // last word, a first name, belongs to ("Mark Philippoussis").
        if (words.Length > 2 && Gazetteer.IsGivenName(last) && char.IsUpper(last[0]) && body is not null && beforeLast.Length > 2
            && body.StartsWith(StripPossessive(beforeLast).ToString() + " ", StringComparison.Ordinal)
            // (Not "…genius of Stan Lee | Stan Lee created…": the word before is a surname, and the body doesn't say the
            // headline's name again.)
            && !Gazetteer.IsGivenName(beforeLast)
            && !body.StartsWith(beforeLast + " " + last, StringComparison.Ordinal))
        {
            return ("a name from the body", words.Length - 1);
        }

        // The body opens on the headline's own subject ("Baywatch dubbed… | Baywatch has won…"): what the headline has
        // after its closing quote is the body's description of it ("…'worst TV import' Surf show"), and a capitalised
        // word after a place is the subject's first name ("Hewitt overcomes wobble in Sydney Lleyton | Hewitt…").
        if (words.Length > 3 && body is not null && FirstWords(body, 1) is [var subject] && StripPossessive(words[0]).ToString() == subject)
        {
            if (char.IsUpper(words[^2][0]) && words[^3][^1] is '\'' or '’' or '"' or '”')
            {
                return ("the body's description of its first name", words.Length - 2);
            }

            // "Hewitt falls to Dent Lleyton | Hewitt suffered…": a capital after the headline's last name, no first name
            // before it and not a name the body has, is the subject's first name.
            if (last.Length > 2 && char.IsUpper(last[0]) && last[1..].All(char.IsLower) && beforeLast.Length > 1 && char.IsUpper(beforeLast[0]) && char.IsLower(words[^3][0]) && !Gazetteer.IsGivenName(beforeLast)
                && !Gazetteer.IsPlace(last) && !Gazetteer.IsPlace(beforeLast + " " + last) && !body.Contains(beforeLast + " " + last, StringComparison.Ordinal) && !IsPossessive(beforeLast))
            {
                return ("a name from the body", words.Length - 1);
            }

            // ("…to Dent in Adelaide Lleyton": a capital after "in" is a place too.)
            if (char.IsUpper(last[0]) && (Gazetteer.IsPlace(beforeLast) || (words[^3] is "in" or "at" && char.IsUpper(beforeLast[0]))) && !Gazetteer.IsPlace(last))
            {
                return ("a name from the body", words.Length - 1);
            }

            // "Lufthansa flies back to profit German airline | Lufthansa has…", "Euronext joins bid battle for LSE
            // Pan-European stock market | Euronext has…": a nationality and a noun at the end describe the subject the
            // body opens on.
            var lower = words.Length - 1;
            while (lower > 2 && words.Length - lower <= 3 && char.IsLower(words[lower][0]))
            {
                lower--;
            }

            // (Not inside a quote: "Belle named 'best Scottish band'".)
            if (lower < words.Length - 1 && lower > 2 && char.IsLower(words[^1][0]) && Nationality(words[lower]) && QuotesBalanced(words[..lower]))
            {
                return ("the body's description of its first name", lower);
            }
        }

        // "White admits to Balco drugs link Banned | American sprinter Kelli White…": a capitalised participle after
        // the headline's last noun opens the body's description of the subject it names a few words on.
        if (words.Length > 3 && body is not null && char.IsUpper(last[0]) && last.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(beforeLast[0])
            && FirstWords(body, 5).Any(w => StripPossessive(w.TrimEnd(',', '.')).ToString() == StripPossessive(words[0]).ToString()))
        {
            return ("the body's description of its first name", words.Length - 1);
        }

        // "…waiting on O'Leary Aston Villa's Thomas | Hitzlsperger is…": a club's possessive with its town before it.
        if (words.Length > 4 && body is not null && IsPossessive(beforeLast) && TeamSuffixes.Contains(StripPossessive(beforeLast).ToString())
            && char.IsUpper(words[^3][0]) && Gazetteer.IsGivenName(last) && FirstWords(body, 1) is [var club] && club == StripPossessive(words[0]).ToString())
        {
            return ("a name from the body", words.Length - 3);
        }

        // "Collins named UK Athletics chief UK | Athletics has…": the last word and the body's first are a name the
        // headline has said already.
        if (words.Length > 3 && body is not null && FirstWords(body, 1) is [var resumes] && char.IsUpper(last[0]) && resumes.Length > 1 && char.IsUpper(resumes[0])
            && Enumerable.Range(0, words.Length - 2).Any(i => words[i] == last && StripPossessive(words[i + 1]).ToString() == resumes))
        {
            return ("a name from the body", words.Length - 1);
        }

        // "Saudi investor picks up the Savoy London's famous | Savoy hotel…": the body opens on a name the headline
        // ends on, and what came after it there (a place's possessive and its describing words) is the body's.
        // ("Tsunami slows Sri Lanka's growth | Sri Lanka…", "Serena ends Sania Mirza's dream | Sania Mirza, …": the body
        // opens on the possessive's own name, so the headline is whole.)
        if (words.Length > 4 && body is not null && FirstWords(body, 2) is [var endsOn, var then] && char.IsUpper(endsOn[0]) && endsOn.Length > 2)
        {
            for (var p = words.Length - 4; p < words.Length - 2; p++)
            {
                if (p > 0 && words[p] == endsOn && StripPossessive(then.TrimEnd(',', '.')).ToString() != StripPossessive(words[p + 1]).ToString() && IsPossessive(words[p + 1]) && char.IsUpper(words[p + 1][0]) && words[(p + 2)..].All(w => char.IsLower(w[0])))
                {
                    return ("the body's description of its first name", p + 1);
                }
            }
        }

        // "Blair 'said he would stand down' Tony | Blair promised…", "Laura Ashley chief stepping down Laura | Ashley is
        // parting…": the body opens on the name the headline opened on, and its first name came with it.
        // ("…in Glasgow Britain's Jason | Gardener…": the owner goes too; see below.)
        if (words.Length > 2 && Gazetteer.IsGivenName(last) && char.IsUpper(last[0]) && !IsPossessive(beforeLast) && body is not null && FirstWords(body, 1) is [var opensOn]
            && char.IsUpper(opensOn[0]) && (opensOn == StripPossessive(words[0]).ToString() || (words[0] == last && StripPossessive(words[1]).ToString() == opensOn)))
        {
            return ("a name from the body", words.Length - 1);
        }

        // "…from Big Brother Jackie", "…line-up Essex act": a first name or a described act opening the body.
        if (!bodyOpensFresh
            && ((words.Length > 2 && Gazetteer.FirstNames.Contains(last) && char.IsUpper(last[0]) && beforeLast.Length > 0 && char.IsUpper(beforeLast[0])
                    && !(body is not null && body.Contains(beforeLast + " " + last, StringComparison.Ordinal)))
                || (last == "act" && beforeLast.Length > 0 && char.IsUpper(beforeLast[0]))))
        {
            // "…Big Brother Jackie" (Jackie Stallone), "…Hitchhiker's Actor Stephen" (Actor Stephen Fry), "…Essex act".
            // ("…in Spain Britain's Kathy": "Britain's Kathy Butler".)
            // (A possessive owner of one word, a country's; "Aston Villa's Thomas" may be two: not moved.)
            return ("a name from the body", IsPossessive(beforeLast)
                ? IsCountry(StripPossessive(beforeLast).ToString()) ? words.Length - 2 : NoRepair
                : last == "act" || Gazetteer.PersonRoles.Contains(beforeLast) ? words.Length - 2 : words.Length - 1);
        }

        if (last == "top" && beforeLast.Length > 0 && char.IsLower(beforeLast[0]) && beforeLast != "the")
        {
            return ("'top' without what", TakeFromBody);
        }

        // "Rap feud in 50" (Cent), "Manics in charge of BBC 6" (Music): a number that is no year, after "in"/"of" or
        // an acronym, ends a cut name ("dies at 62", "TV drama 24", "to No 1" end where they should).
        if (last.Length > 0 && last.All(char.IsDigit) && !(last.Length == 4 && last[0] is '1' or '2')
            && (beforeLast is "in" or "of" or "for" || (beforeLast.Length >= 2 && beforeLast.All(char.IsUpper))))
        {
            return ("a number cut from its name", TakeFromBody);
        }

        // "Liverpool pledge to keep | Gerrard Liverpool chief executive…", "Peugeot deal boosts | Mitsubishi Struggling…":
        // a verb that needs its object, and the body opens on a capitalised word no sentence opens on.
        // ("Parry relishes Anfield challenge": a verb's base form that is also a noun is a verb only after "to" or a modal.)
        if (ObjectVerbs.Contains(last) && char.IsLower(last[0]) && (!NounsToo.Contains(last) || beforeLast is "to" or "will" or "can" or "could" or "may" or "must" or "should" or "would")
            && body is not null && FirstWords(body, 1) is [var object1]
            && object1.Length > 1 && char.IsUpper(object1[0]) && !SentenceStarters.Contains(object1))
        {
            return ("cut mid-phrase", NoRepair);
        }

        // "Finnan says | Irish can win group Steve Finnan believes…": a short headline whose body names its subject in
        // full a few words on was cut before its end.
        if (words.Length <= 3 && char.IsLower(last[0]) && body is not null && SubjectByFullNameAt(title, body) > 0)
        {
            return ("cut mid-phrase", NoRepair);
        }

        // "Creator of first | Apple Mac dies…": "first" after a preposition describes what the body's first words name
        // ("…scores chart first" is whole).
        if (last is "first" or "last" && beforeLast is "of" or "in" or "for" or "the")
        {
            return ("ends on a describing word", NoRepair);
        }

        // "Wilkinson to lead | England Fly-half…", "BMW cash to fuel | Mini production…": a verb that needs its object.
        if (beforeLast == "to" && last is "lead" or "fuel" or "face" or "build" or "woo" or "evade" or "join" or "buy" or "host" or "sign" or "meet" or "boost" or "back")
        {
            return ("cut mid-phrase", NoRepair);
        }

        // "Wilkinson to miss | Ireland match England will…", "Clijsters could play | Aussie Open Kim Clijsters…": a verb
        // after "to" or a modal, and a body that opens on a capitalised word that is neither the subject nor a first
        // name (as "Blair to quit | Tony Blair…" would).
        if (beforeLast is "to" or "could" or "will" or "can" or "may" or "might" && last.Length > 2 && last.All(char.IsLower) && !NonFinalWords.Contains(last)
            && body is not null && FirstWords(body, 1) is [var opensWith] && opensWith.Length > 1 && char.IsUpper(opensWith[0]) && !SentenceStarters.Contains(opensWith)
            && !Gazetteer.IsGivenName(opensWith) && opensWith != StripPossessive(words[0]).ToString() && !Gazetteer.PersonRoles.Contains(opensWith)
            // ("…back to profit | German airline Lufthansa…", "…learns how to run | Car-maker Honda's…": the body's
            // description of its subject.)
            && !Nationality(opensWith) && !opensWith.Contains('-', StringComparison.Ordinal)
            // ("…Aguilera to wed | Pop star Christina Aguilera…": a role with its describing word.)
            && !(FirstWords(body, 2) is [_, var second] && (Gazetteer.PersonRoles.Contains(second) || Descriptors.Contains(second))))
        {
            return ("cut mid-phrase", NoRepair);
        }

        // "England given tough | Sevens draw…", "Reds sink 10-man | Magpies…", "Blair Labour's longest-serving | PM…",
        // "Rovers reject third | Ferguson bid…", "Greer attacks 'bully' | Big Brother…": a describing word that needs its
        // noun, and the body opens on it. (A quoted word after a verb only: "…sue US 'copycat'" is whole.)
        if ((CutAdjectives.Contains(last) || NumberedOrServing().IsMatch(last) || (ObjectVerbs.Contains(beforeLast) && last is "second" or "third" or "fourth" or "fifth")
                || (words[^1].Length > 2 && words[^1][0] is '\'' or '‘' && words[^1][^1] is '\'' or '’' && words[^1][1..^1].All(char.IsLower)
                    && (ObjectVerbs.Contains(beforeLast) || beforeLast is "attacks" or "blasts")))
            && body is not null && FirstWords(body, 1) is [var noun] && noun.Length > 1 && char.IsUpper(noun[0]) && !SentenceStarters.Contains(noun))
        {
            return ("ends on a describing word", NoRepair);
        }

        // "Top of the Pops leaves BBC | One The BBC's flagship…": a sentence opens on "The", so the capitalised word
        // before it ends the headline's name ("BBC One").
        // ("Visa row mandarin made | Sir John The top civil servant…": two such words, taken one at a time. Not a
        // sentence's own opener: "…Oscar nods | In The Aviator, Leonardo DiCaprio plays…".)
        if (body is not null && NameBeforeThe(body) is { } word && !Lexicon.FunctionWords.Contains(word)
            && word is not ("During" or "Despite" or "Although" or "Though" or "Since" or "Until" or "Meanwhile" or "However" or "Like" or "Unlike" or "Without" or "Among"))
        {
            return ("the name's last word opens the body", TakeFromBody);
        }

        // "Double eviction from Big | Brother Jackie…", "Ten-year tragedy of missing | Manic Richey Edwards…": the
        // name the describing word belongs to opens the body.
        if (HeadlineNeverEnds.Contains(last) && words[^1][^1] is not ('\'' or '’' or '"' or '”'))
        {
            return ("ends on a describing word", body is not null && OpensOnNameRun(body) ? TakeFromBody : NoRepair);
        }

        // "…Viacom Media giant", "…Brits US band": the body's description of its first name; "Rapper Jay-Z becomes
        // label boss", "Keanu Reeves given Hollywood star", "…show for Friends star" end where they should.
        if (DescriptionHeads.Contains(last) && (!NamedDescriptionHeads.Contains(last) || (beforeLast.Length > 0 && char.IsUpper(beforeLast[0])))
            && words[^1][^1] is not ('\'' or '’' or '"' or '”')
            && !bodyOpensFresh && DescriptionGluedOn(words) && !BodyRepeatsTail(words, CapitalBeforeModifiers(words), body))
        {
            return ("the body's description of its first name", CapitalBeforeModifiers(words));
        }

        // "Stars pay tribute to actor" (Davis), "Lasting influence of legend" (Charles), "…search for author" (whole:
        // the body opens a sentence); "Rapper Jay-Z becomes label boss", "…surge forward" end where they should.
        // "…Liverpool winger", "…Italy skipper", "…Olympic pole vault champion": a role after a capitalised word is the
        // body's description of its first name.
        if (Gazetteer.PersonRoles.Contains(last) && !DescriptionHeads.Contains(last) && last != "forward")
        {
            // ("Golden rule boost for Chancellor": a capitalised post is a name.)
            if (char.IsLower(last[0]) && Prepositions.Contains(beforeLast) && !(body is not null && OpensSentence(body)))
            {
                return ("ends on a role without its name", TakeFromBody);
            }

            // ("Fry set for role in Hitchhiker's Actor | Stephen Fry…": a capitalised role after a possessive opens the body.)
            if (char.IsUpper(last[0]) && IsPossessive(beforeLast))
            {
                return ("the body's opener glued on", words.Length - 1);
            }

            // ("India to deport Bollywood actress | India has ordered…": the body's sentence opens on the headline's
            // subject, so the role is the headline's own object.)
            var opensOnSubject = body is not null && FirstWords(body, 1) is [var opening] && opening == StripPossessive(words[0]).ToString();
            // ("Virgin Radio offers 3G broadcast UK broadcaster | Virgin Radio says…": a country's role is still the body's.)
            if (!bodyOpensFresh && CapitalBeforeModifiers(words) is > 0 and var k && !BodyRepeatsTail(words, k, body)
                && !(opensOnSubject && !IsCountry(words[k]) && !words[k].All(char.IsUpper)))
            {
                return ("ends on a role without its name", k);
            }
        }

        // "…cut from BBC film for", "Blair to meet": a preposition or article needs what follows ("…in US", "…heats up",
        // "…catch on" end where they should). "Dance music not dead says | Fatboy DJ Norman Cook…": the name it needs
        // opens the body ("Petrol duties frozen, Brown says" is whole).
        if (Prepositions.Contains(words[^1]) || (last is "says" or "said" or "say" && body is not null && OpensOnNameRun(body)))
        {
            return ("ends on a function word", body is not null && OpensOnNameRun(body) ? TakeFromBody : NoRepair);
        }

        // "Low-budget film wins | Cesar A film…", "…best film | Oscar A total…": the body opens on a capitalised word
        // that is no sentence opener, no given name and not in the headline, before another capital: the headline's
        // last word.
        return body is not null && OpensOnCutWord(body, title) ? ("the body opens on the headline's last word", TakeFromBody) : (null, NoRepair);
    }

    /// Whether the body opens on the headline's last words from <paramref name="from"/> on ("Sayeed to stand down as
    /// Tory MP | Tory MP Jonathan Sayeed…"): it has its own description, so the headline's was not glued on.
    private static bool BodyRepeatsTail(string[] words, int from, string? body) =>
        body is not null && from > 0 && from < words.Length && body.TrimStart().StartsWith(string.Join(' ', words[from..]) + " ", StringComparison.Ordinal);

    /// Quotes open and close in turn; "Fans'" or "tabloids'" with no quote open is a possessive.
    private static bool QuotesBalanced(string[] words)
    {
        var open = false;
        foreach (var word in words)
        {
            if (!open && word[0] is '\'' or '‘' or '"' or '“')
            {
                open = true;
                if (word.Length > 1 && ClosesQuote(word[1..]))
                {
                    open = false;
                }
            }
            else if (open && ClosesQuote(word))
            {
                open = false;
            }
        }

        return !open;
    }

    private static bool ClosesQuote(string word)
    {
        var w = word.TrimEnd('.', ',', '!', '?', ':', ';');
        return w.Length > 0 && w[^1] is '\'' or '’' or '"' or '”';
    }

    /// Whether the last words are a description the body put before its first name: a capitalised word ("US",
    /// "Hollywood", "Media") right before the end, or before one lowercase modifier ("US rap duo"), and before that
    /// neither a function word nor a verb ("for Friends star", "given Hollywood star", "backing UK rap band").
    private static bool DescriptionGluedOn(string[] words)
    {
        var k = CapitalBeforeModifiers(words);
        if (k < 1)
        {
            return false;
        }

        var before = words[k - 1].Trim('\'', '’', '"', '”', ',');
        // ("McDonald's to sponsor MTV show": a verb after "to"; "Vodafone appoints new Japan boss": a describing word.)
        if (before is "new" or "former" or "ex" or "top" or "late" or "next")
        {
            return false;
        }

        return before.Length == 0 || char.IsUpper(before[0]) || char.IsDigit(before[0])
            || !(Lexicon.FunctionWords.Contains(before) || VerbLike(before)
                || (k >= 2 && words[k - 2] is "to" or "will" or "would" or "can" or "could" or "must" or "may" or "might" or "should" or "shall"));
    }

    /// The index of the capitalised word before the last, past up to two lowercase modifiers ("Olympic pole vault
    /// champion", "US rap duo"; not past a verb: "Jay-Z becomes label boss"), or -1.
    private static int CapitalBeforeModifiers(string[] words)
    {
        var k = words.Length - 2;
        for (var skipped = 0; k >= 1 && skipped < 2 && words[k].Length > 0 && char.IsLower(words[k][0]); skipped++, k--)
        {
            if (Lexicon.FunctionWords.Contains(words[k]) || VerbLike(words[k]))
            {
                return -1;
            }
        }

        return k >= 1 && words[k].Length > 0 && char.IsUpper(words[k][0]) ? k : -1;
    }

    // "given", "backing", "exits", "join": a verb, after which a description is the headline's object.
    private static bool VerbLike(string w) =>
        w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("ed", StringComparison.Ordinal) || w.EndsWith("en", StringComparison.Ordinal)
        || (w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal)) || ObjectlessVerbs.Contains(w + "s");

    private static bool OpensSentence(string body)
    {
        var first = FirstWords(body, 1);
        return first.Length == 1 && first[0].Length > 0 && char.IsUpper(first[0][0]) && SentenceStarters.Contains(first[0]);
    }

    private static bool OpensOnCutWord(string body, string title)
    {
        var first = FirstWords(body, 2);
        if (first.Length < 2)
        {
            return false;
        }

        var (w1, w2) = (first[0].Trim(',', ':', '\'', '"'), first[1].Trim(',', ':', '\'', '"'));
        if (w1.Length < 2 || !char.IsUpper(w1[0]) || SentenceStarters.Contains(w1) || Gazetteer.PersonRoles.Contains(w1) || Descriptors.Contains(w1) || Gazetteer.Honorifics.Contains(w1)
            || IsAcronym(w1) || w1.Contains('-', StringComparison.Ordinal) || AgentNoun(w1) || title.Contains(StripPossessive(w1).ToString(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "Oscar A total…", "Cesar A film…": no name goes on with "A"; "Passport Johnny Vaughan…": a word before a
        // given name that is no given name itself.
        if (w2.Length == 0 || !char.IsUpper(w2[0]) || IsPossessive(w1))
        {
            return false;
        }

        return w2 is "A" or "An" or "The" || NumberWords.Contains(w2)
            || (!Gazetteer.FirstNames.Contains(w1) && Gazetteer.FirstNames.Contains(w2) && SaidAgain(body, w1, first[0].Length + first[1].Length + 2));
    }

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve", "Twenty", "Thirty", "Forty", "Fifty", "Hundreds", "Thousands",
    };

    // "Sotherton Jade Johnson edged out rival Kelly Sotherton…": the cut-off word is a name the body says again
    // ("Defiant Matt Williams…" says "Defiant" once: a description).
    private static bool SaidAgain(string body, string word, int from)
    {
        for (var at = from < body.Length ? body.IndexOf(word, from, StringComparison.Ordinal) : -1; at >= 0; at = body.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            if ((at == 0 || !char.IsLetter(body[at - 1])) && (at + word.Length == body.Length || !char.IsLetter(body[at + word.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static bool EndsOnDayOfMonth(string headline)
    {
        var words = headline.Split(' ');
        return words.Length >= 2 && int.TryParse(words[^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var day) && day is >= 1 and <= 31
            && words[^2].TrimEnd(',') is "Monday" or "Tuesday" or "Wednesday" or "Thursday" or "Friday" or "Saturday" or "Sunday";
    }

    private static (string Headline, string Body)? NameSaidAgainAfterSeam(string headline, string body)
    {
        var words = FirstWords(body, 5);
        for (var k = 1; k <= 3 && k < words.Length; k++)
        {
            var run = words[..k];
            if (!run.All(w => w.Length > 1 && char.IsUpper(w[0]) && char.IsLetter(w[^1]) && !IsPossessive(w) && !SentenceStarters.Contains(w) && !Descriptors.Contains(w)
                && !Gazetteer.PersonRoles.Contains(w) && !HeadlineNeverEnds.Contains(w)))
            {
                return null;
            }

            // ("US President George W Bush urged US allies…": a name whose next word is a role opens the body's sentence.)
            var next = words[k];
            if (!char.IsUpper(next[0]) || headline.Split(' ').Contains(run[^1]) || Gazetteer.PersonRoles.Contains(next.ToLowerInvariant().TrimEnd(',')))
            {
                continue;
            }

            var name = string.Join(' ', run);
            var from = name.Length;
            var sentenceEnd = body.IndexOf(". ", from, StringComparison.Ordinal);
            var sentence = sentenceEnd < 0 ? body : body[..sentenceEnd];
            if (SaidAgain(sentence, name, from) && !SaidAgain(body, name + " " + next.TrimEnd(',', '.', ':', ';'), from)
                && TakeIntoHeadline(headline, body, name) is { } taken)
            {
                return taken;
            }
        }

        return null;
    }

    /// Kinds of music (and of act: "boy band") a description of a band or a performer opens on, lower-cased.
    internal static readonly FrozenSet<string> MusicKinds = FrozenSet.ToFrozenSet(
        ["rock", "pop", "rap", "soul", "indie", "punk", "boy", "girl", "folk", "jazz", "hip-hop", "dance", "metal", "R&B", "reggae", "electro-rock"],
        StringComparer.Ordinal);

    /// The headline and body with the headline's last words moved to the body, when they describe the name the body
    /// opens on and the headline names too ("…battle US rappers | Beastie Boys have won…", "…at Brits rock band |
    /// Keane have…"): a person's or band's noun after a kind of music, a nationality, or both. Null when the headline
    /// would not then read whole.
    private static (string Headline, string Body)? SubjectDescriptionGluedOn(string headline, string body)
    {
        var words = headline.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var opener = FirstWords(body, 2);
        if (words.Length < 4 || opener.Length < 2 || !IsUpperInitial(opener[0]) || SentenceStarters.Contains(opener[0]) || Array.IndexOf(words, opener[0]) is < 0 or > 2)
        {
            return null;
        }

        var last = words[^1];
        if (last.Length < 3 || !char.IsLower(last[0]) || !(Gazetteer.PersonRoles.Contains(last) || Gazetteer.PersonRoles.Contains(last.TrimEnd('s')) || last is "band" or "group" or "duo" or "trio"))
        {
            return null;
        }

        // (A nationality or a kind of music must say it is a description: "…exits group", "…new Japan boss" end on the
        // headline's object.)
        var start = words.Length - 1;
        if (start > 3 && MusicKinds.Contains(words[start - 1]))
        {
            start--;
        }

        if (start > 3 && (Nationality(words[start - 1]) || words[start - 1] is "US" or "UK"))
        {
            start--;
        }

        if (start == words.Length - 1)
        {
            return null;
        }

        var moved = (string.Join(' ', words[..start]), string.Join(' ', words[start..]) + " " + body.TrimStart());
        return Diagnose(moved.Item1, moved.Item2).Reason is null ? moved : null;
    }

    /// The headline with <paramref name="taken"/> (the body's opening words) moved onto it, when the body opens on
    /// them and the headline then reads whole; else null.
    private static (string Headline, string Body)? TakeIntoHeadline(string headline, string body, string taken)
    {
        var opening = body.TrimStart();
        if (!opening.StartsWith(taken + " ", StringComparison.Ordinal))
        {
            return null;
        }

        var rest = opening[taken.Length..].TrimStart();
        return Diagnose(headline + " " + taken, rest).Reason is null ? (headline + " " + taken, rest) : null;
    }

    /// The headline's last word when it and the body's first words spell an acronym the headline uses; else null.
    private static string? AcronymSpelledAcrossSeam(string headline, string body)
    {
        var words = headline.Split(' ');
        // (Not "…blocked outside US | Surfers…": the acronym itself ends the headline.)
        if (words.Length < 3 || words[^1].Length < 2 || !char.IsUpper(words[^1][0]) || words[^1].All(char.IsUpper))
        {
            return null;
        }

        foreach (var w in words)
        {
            // (Three letters or more: "US envoy visits Uganda | Secretary of State…" spells "US" by chance.)
            if (w.Length is < 3 or > 4 || !w.All(char.IsAsciiLetterUpper))
            {
                continue;
            }

            var next = FirstWords(body, w.Length - 1);
            if (next.Length == w.Length - 1 && words[^1][0] == w[0] && next.Select((x, i) => x.Length > 1 && x[0] == w[i + 1]).All(ok => ok)
                && !next.Any(x => Gazetteer.PersonRoles.Contains(x) || Descriptors.Contains(x) || SentenceStarters.Contains(x))
                && Diagnose(string.Join(' ', words[..^1]), words[^1] + " " + body).Reason is null)
            {
                return words[^1];
            }
        }

        return null;
    }

    /// The body's first word when it is a surname standing before the body's description of the headline's subject by
    /// full name, and the body says it in full further on ("…comeback king | Fowler Manchester City boss Kevin Keegan…
    /// striker Robbie Fowler"); else null.
    private static string? SurnameBeforeSubjectDescription(string headline, string body)
    {
        var subject = StripPossessive(headline.Split(' ')[0]).ToString();
        var ahead = FirstWords(body, 8);
        if (ahead.Length < 5 || subject.Length < 3 || ahead[0].Length < 3 || !char.IsUpper(ahead[0][0]) || !char.IsLetter(ahead[0][^1])
            || Gazetteer.IsGivenName(ahead[0]) || SentenceStarters.Contains(ahead[0]))
        {
            return null;
        }

        for (var k = 2; k + 1 < ahead.Length && k <= 5; k++)
        {
            if (Gazetteer.IsGivenName(ahead[k]) && StripPossessive(ahead[k + 1].TrimEnd(',')).ToString() == subject
                && (Gazetteer.PersonRoles.Contains(ahead[k - 1]) || Descriptors.Contains(ahead[k - 1])) && ahead[1..(k - 1)].All(w => char.IsUpper(w[0])))
            {
                // Said in full further on: "…striker Robbie Fowler".
                var surname = ahead[0];
                for (var at = body.IndexOf(" " + surname, surname.Length, StringComparison.Ordinal); at > 0; at = body.IndexOf(" " + surname, at + 1, StringComparison.Ordinal))
                {
                    // (The whole word: not "Fowlers", "Fowler-Smith".)
                    var after = at + 1 + surname.Length;
                    var start = body.LastIndexOf(' ', at - 1) + 1;
                    if ((after == body.Length || !(char.IsLetter(body[after]) || body[after] == '-')) && Gazetteer.IsGivenName(body[start..at]))
                    {
                        return surname;
                    }
                }

                return null;
            }
        }

        return null;
    }

    /// Where, within its first six words, the body names the headline's subject in full ("Irish can win group | Steve
    /// Finnan believes…") after words of the headline's own (one lowercase at least, no punctuation, no possessive, no
    /// role right before the name: "…Liverpool winger Harry Kewell" is the body's description); or -1.
    private static int SubjectByFullNameAt(string headline, string body)
    {
        var subject = StripPossessive(headline.Split(' ')[0]).ToString();
        var ahead = FirstWords(body, 8);
        for (var k = 1; k + 1 < ahead.Length && k <= 5 && subject.Length > 2; k++)
        {
            var before = ahead[k - 1];
            // ("group" of a competition is no group of people.)
            var described = (Gazetteer.PersonRoles.Contains(before) || Descriptors.Contains(before)) && before != "group";
            if (Gazetteer.IsGivenName(ahead[k]) && StripPossessive(ahead[k + 1].TrimEnd(',')).ToString() == subject && !described
                && ahead[..k].Any(w => char.IsLower(w[0])) && ahead[..k].All(w => char.IsLetterOrDigit(w[^1]) && !IsPossessive(w)))
            {
                return k;
            }
        }

        return -1;
    }

    /// Where the headline's first word comes again, as the subject of a verb, three words on or more ("…England
    /// Ireland consigned"), with its first name if one goes before it ("…Scotland Graeme Souness believes"); or -1.
    private static int SubjectAgainAt(string[] words)
    {
        var subject = StripPossessive(words[0]).ToString();
        if (subject.Length < 3 || !char.IsUpper(subject[0]))
        {
            return -1;
        }

        for (var p = Math.Max(3, words.Length - 3); p + 1 < words.Length; p++)
        {
            if (words[p] == subject && char.IsLower(words[p + 1][0]) && !Lexicon.FunctionWords.Contains(words[p + 1]) && char.IsUpper(words[p - 1][0]))
            {
                return Gazetteer.IsGivenName(words[p - 1]) ? p - 1 : p;
            }
        }

        return -1;
    }

    /// Where the body's opening name (its first two words, capitalised) ends inside the headline, or -1.
    private static int RepeatedSubjectEnd(string[] words, string body)
    {
        var first = FirstWords(body, 3);
        if (first.Length < 3 || !char.IsUpper(first[0][0]) || !char.IsUpper(first[1][0]) || char.IsUpper(first[2][0]) || SentenceStarters.Contains(first[0]))
        {
            return -1;
        }

        // ("Franz Ferdinand NME awards triumph | Franz Ferdinand have won…": a body that opens on the headline's own
        // first words says nothing of its end.)
        for (var i = 1; i + 1 < words.Length - 1; i++)
        {
            if (words[i] == first[0] && words[i + 1] == first[1])
            {
                return i + 2;
            }
        }

        return -1;
    }

    // "Newly-crowned", "Oscar-winning": a description opening the body's first name.
    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Z][a-z]+-(?:crowned|winning|nominated|born|based|time|year-old)$")]
    private static partial System.Text.RegularExpressions.Regex HyphenedDescription();

    // "German", "Pan-European", "Irish", "Japanese": a nationality or a region's adjective.
    internal static bool Nationality(string word) =>
        word.Length > 3 && char.IsUpper(word[0]) && (word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal)) && !Gazetteer.IsPlace(word);

    // "Britain's Kathy": the places list holds cities and countries for choices, not Britain and its nations.
    internal static bool IsCountry(string word) => Gazetteer.IsPlace(word) || word is "Britain" or "UK" or "England" or "Scotland" or "Wales" or "Ireland";

    internal static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    // "Bookmaker", "Broadcaster", "Novelist": a line of work the role list lacks.
    private static bool AgentNoun(string word) => word.TrimEnd('s') is var w && (w.EndsWith("er", StringComparison.Ordinal) || w.EndsWith("or", StringComparison.Ordinal) || w.EndsWith("ist", StringComparison.Ordinal) || w.EndsWith("ian", StringComparison.Ordinal));

    private static string[] FirstWords(string body, int n)
    {
        var span = body.AsSpan().TrimStart();
        var cut = 0;
        for (var seen = 0; cut < span.Length && cut < 200; cut++)
        {
            if (char.IsWhiteSpace(span[cut]) && ++seen == n)
            {
                break;
            }
        }

        return span[..cut].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private static readonly HashSet<string> WorkHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "film", "movie", "comedy", "drama", "show", "series", "thriller", "blockbuster", "hits", "musical", "sitcom", "soap",
    };

    // Verbs a headline never ends on: their object is cut off ("…lifts", "to keep", "…earn").
    private static readonly HashSet<string> ObjectVerbs = new(StringComparer.Ordinal)
    {
        "keep", "keeps", "lift", "lifts", "lose", "loses", "boosts", "earn", "earns", "strike", "strikes", "aids", "take", "takes",
        "challenge", "challenges", "revolutionise", "revolutionises", "shape", "shapes", "backs", "hail", "hails", "sink", "sinks",
        "reject", "rejects", "floats", "agrees", "considers", "help", "helps", "snub", "snubs", "beat", "beats", "sign", "signs",
        "join", "joins", "face", "faces", "buy", "buys", "replace", "replaces", "appoint", "appoints", "sue", "sues", "urge", "urges",
        "relish", "relishes", "welcome", "welcomes", "praise", "praises", "criticise", "criticises", "target", "targets", "deny", "denies",
        "mars", "tells", "tempts", "slam", "slams", "leave", "leaves", "past",
    };

    // Describing words a headline cut before its noun ends on ("England given tough | Sevens draw").
    private static readonly HashSet<string> CutAdjectives = new(StringComparer.Ordinal)
    {
        "tough", "lacklustre", "unhappy", "raped", "troubled", "struggling", "injury-hit", "beleaguered", "embattled", "rampant", "resurgent",
    };

    // "10-man", "longest-serving", "Oscar-winning" at the end describe what comes next.
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[0-9]+-[a-z]+|[a-z]+-(?:serving|winning|based|born|bound|hit|placed|ranked|seeded))$")]
    private static partial System.Text.RegularExpressions.Regex NumberedOrServing();

    // A club's second word after a town: "Man Utd", "Bristol City", "Blackburn Rovers".
    private static readonly HashSet<string> TeamSuffixes = new(StringComparer.Ordinal)
    {
        "Utd", "United", "City", "Rovers", "Villa", "Athletic", "Wanderers", "Albion", "County", "Town", "Forest", "Ham", "Palace", "Rangers",
        "Celtic", "Wednesday", "Argyle", "Alexandra", "Orient", "Vale", "Irish", "Exiles", "Falcons", "Tigers", "Saints", "Sharks", "Warriors",
    };

    private static readonly HashSet<string> NounsToo = new(StringComparer.Ordinal)
    {
        "challenge", "face", "help", "target", "welcome", "praise", "buy", "sign", "strike", "lift", "shape", "take", "beat", "join", "hail",
    };

    // What a headline can't end on. Case-sensitive: "US" is no "us", "Up" in a title no "up".
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "to", "for", "of", "in", "at", "by", "with", "from", "the", "a", "an", "and", "or", "but", "into", "onto", "than", "as",
        "about", "after", "against", "its", "his", "her", "their", "our", "my", "your", "via", "amid", "is", "are", "was", "were",
        "above", "below",
    };

    // Describing words a headline never ends on.
    private static readonly HashSet<string> HeadlineNeverEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "rock", "pop", "new", "big", "hit", "latest", "former", "veteran", "missing", "late",
        // ("…ease through in San | Jose Top-seeded…": a place's first word.)
        "san", "los", "las",
    };

    /// The body opens on two capitalised words that are no sentence opener, role or description: a name cut in two.
    private static bool OpensOnNameRun(string body)
    {
        var first = FirstWords(body, 2);
        return first.Length == 2 && first.All(w => w.Length > 1 && char.IsUpper(w[0]) && char.IsLetter(w[^1]))
            && !SentenceStarters.Contains(first[0]) && !Gazetteer.PersonRoles.Contains(first[0]) && !AgentNoun(first[0]);
    }

    // Nouns that end a headline ("exits group", "label boss") unless a capitalised description glued on them came
    // from the body ("US band", "Media giant").
    private static readonly HashSet<string> DescriptionHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "band", "duo", "trio", "group", "blockbuster", "star", "supremo", "mogul", "monster", "firm", "giant", "chief", "boss", "manager",
        // ("…recall Wasps scrum-half | Matt Dawson", "…loss Fifth seed | Carlos Moya", "…US TV Chart stars | Duran Duran
        // are"; not "show": "…US tsunami TV show", "…out of Big Brother show" end where they should.)
        "stars", "seed", "scrum-half", "fly-half", "centre", "forward", "international", "jumper", "prodigy", "airline",
    };

    // Who "eyes" or "seals" something in a business headline.
    private static readonly HashSet<string> VerbSubjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "firm", "firms", "market", "markets", "bank", "banks", "group", "giant", "company", "club", "boss", "chief", "maker", "investor",
    };

    // Heads that are also a headline's own words ("Cult band Kasabian surge forward"): a description only right after a
    // capitalised word ("…in Madrid | England forward Michael Owen…", "…option | Australian airline Qantas…").
    private static readonly HashSet<string> NamedDescriptionHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "centre", "forward", "international", "jumper", "prodigy", "airline",
    };

    private static readonly HashSet<string> ObjectlessVerbs = new(StringComparer.Ordinal)
    {
        "wins", "celebrates", "hails", "honours", "honors", "backs", "tops", "named", "beats", "joins", "signs", "leads", "takes", "sees",
        "deport", "sues", "praises", "slams", "attacks", "criticises", "defends", "blasts", "drops", "open",
        // ("Nadal puts | Spain 2-0 up"; not "targets", "faces", "hands", "sets", "makes": "Brown misses inflation
        // targets", "Famous faces", "Club in safe hands" end where they should.)
        "puts", "gives", "sends", "urges", "seeks", "rescues", "eyes", "seals",
    };

    private static readonly HashSet<string> DescribingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "film", "movie", "comedy", "drama", "act", "singer", "actor", "actress", "director", "comedian", "rapper", "show", "series", "hits", "thriller",
    };
}
