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
internal static class HeadlineSplitter
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
        "off", "down", "via", "amid", "new", "former", "latest", "more", "most",
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

        body = line[offset..].Trim();
        return true;
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

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word) =>
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
    /// scoops top" (its "Oscars" cut off). Those end on a word that introduces a name or needs one. (Moving the seam
    /// itself was tried: as many headlines broke as were mended.)
    internal static bool ReadsWhole(string title)
    {
        if (title.Length is 0 or > 90)
        {
            return false;
        }

        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var quotesBalanced = words.Count(w => w[0] is '\'' or '‘' or '"' or '“') == words.Count(ClosesQuote);
        // A Title Case headline ("The Story Behind Jim & Pam's First Kiss On 'The Office' Is Ridiculously Cute") had a
        // line of its own: no seam to be a word off. (The BBC files' headlines are in sentence case.)
        var lettered = words.Select(w => w.TrimStart('\'', '‘', '"', '“')).Where(w => w.Length > 0 && char.IsLetter(w[0])).ToArray();
        if (lettered.Length >= 6 && lettered.Count(w => char.IsUpper(w[0])) >= lettered.Length * 0.85 && quotesBalanced)
        {
            return true;
        }

        var last = words[^1].Trim('\'', '’', '"', '”');
        var beforeLast = words.Length > 1 ? words[^2] : string.Empty;
        // "…Hollywood blockbuster", "…Essex act", "…US hip-hop duo", "…French film": the body's description of its
        // first name ("Bollywood film" alone is a headline's own).
        var described = DescribingNouns.Contains(last) && words.Length > 2
            && words[^3..^1].Any(w => w.Length > 1 && (w.All(c => !char.IsLetter(c) || char.IsUpper(c)) || Gazetteer.Places.Contains(w) || w is "Hollywood"
                || (Gazetteer.StopCapitalized.Contains(w) && (w.EndsWith("ish", StringComparison.Ordinal) || w.EndsWith("an", StringComparison.Ordinal) || w.EndsWith("ese", StringComparison.Ordinal) || w.EndsWith("ch", StringComparison.Ordinal)))));
        var cutTop = last == "top" && beforeLast.Length > 0 && char.IsLower(beforeLast[0]) && beforeLast != "the";
        // "…hail Sideways The comedy": a capitalised article before the last word is the body's first. "…for Oscars
        // Martin Scorsese's", "Belle named 'best": a possessive or an open quote at the end was cut mid-phrase;
        // "Low-budget film wins", "Berlin celebrates", "Hundreds vie for best film": a verb without its object or
        // "best film" without its prize was cut before a capital.
        var articleBeforeLast = beforeLast is "The" or "A" or "An";
        var cutMidPhrase = words[^1].EndsWith("'s", StringComparison.Ordinal) || words[^1].EndsWith("’s", StringComparison.Ordinal)
            || !quotesBalanced
            || ObjectlessVerbs.Contains(last) || beforeLast == "best";
        // "…Hitchhiker's Actor Stephen", "…skates on Former England footballer", "…comedy Sideways Road trip comedy":
        // the body's opening words (a capitalised sentence opener or role after a lowercase word, or the head noun
        // said twice) glued on.
        var bodyOpener = Enumerable.Range(1, words.Length - 1).Any(i => words[i].Length > 1 && char.IsUpper(words[i][0]) && char.IsLower(words[i - 1][^1])
            && (SentenceStarters.Contains(words[i]) || Gazetteer.PersonRoles.Contains(words[i]) || words[i] is "Organisers" or "Fans" or "Critics"));
        // "…from Big Brother Jackie", "…line-up Essex act": a first name or a described act opening the body.
        var strayName = (words.Length > 2 && Gazetteer.FirstNames.Contains(last) && char.IsUpper(last[0]) && beforeLast.Length > 0 && char.IsUpper(beforeLast[0]))
            || (last == "act" && beforeLast.Length > 0 && char.IsUpper(beforeLast[0]));
        var repeatedHead = words[..^1].Any(w => string.Equals(w, last, StringComparison.OrdinalIgnoreCase)) && DescribingNouns.Contains(last);
        // "Rap feud in 50" (Cent), "Manics in charge of BBC 6" (Music): a number that is no year, after "in"/"of" or
        // an acronym, ends a cut name ("dies at 62", "TV drama 24", "to No 1" end where they should).
        cutMidPhrase |= last.Length > 0 && last.All(char.IsDigit) && !(last.Length == 4 && last[0] is '1' or '2')
            && (beforeLast is "in" or "of" or "for" || (beforeLast.Length >= 2 && beforeLast.All(char.IsUpper)));
        return !described && !articleBeforeLast && !cutMidPhrase && !bodyOpener && !repeatedHead && !strayName && !cutTop && !HeadlineNeverEnds.Contains(last) && !Gazetteer.PersonRoles.Contains(last) && !Lexicon.FunctionWords.Contains(last);
    }

    private static readonly HashSet<string> HeadlineNeverEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "band", "duo", "trio", "group", "blockbuster", "star", "rock", "pop", "new", "big", "hit",
        "latest", "former", "veteran", "supremo", "mogul", "monster", "firm", "giant", "chief", "boss", "manager",
    };

    // "'best'" closes a quote; "Jamelia's" and "Fans'" don't.
    private static bool ClosesQuote(string word)
    {
        var w = word.TrimEnd('.', ',', '!', '?', ':', ';');
        return w.Length > 1 && w[^1] is '\'' or '’' or '"' or '”' && !w.EndsWith("s'", StringComparison.Ordinal) && !w.EndsWith("s’", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> ObjectlessVerbs = new(StringComparer.Ordinal)
    {
        "wins", "celebrates", "hails", "honours", "honors", "backs", "tops", "named", "beats", "joins", "signs", "leads", "takes", "sees",
        "deport", "sues", "praises", "slams", "attacks", "criticises", "defends", "blasts", "drops",
    };

    private static readonly HashSet<string> DescribingNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "film", "movie", "comedy", "drama", "act", "singer", "actor", "actress", "director", "comedian", "rapper", "show", "series", "hits", "thriller",
    };
}
