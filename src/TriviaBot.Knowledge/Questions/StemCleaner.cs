using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace TriviaBot.Knowledge.Questions;

/// Removes time adverbials that only make sense on the day a story ran ("on Friday", "earlier this week",
/// "last year"): the question stays true without them, and an unanchored relative time is a rubric defect.
public static partial class StemCleaner
{
    // The `s_…` regexes are interpreted, not source-generated: each runs rarely enough (or compiles to a large enough
    // matcher) that JIT-compiling it at start-up would cost more than interpreting it saves (bench: jit_ms).
    internal const string RelativeTimePattern = @"(?:,\s*)?\b(?:(?:on|by|until|since|from|before|after)\s+)?(?:(?:earlier|later)\s+)?(?:(?:this|last|next)\s+(?:week(?:end)?|month|year|season|summer|winter|spring|autumn|night|morning|evening|afternoon|time)|(?:last|this|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?|yesterday|today|tonight|tomorrow|recently|earlier this (?:week|month|year)|at the weekend|over the weekend|" + NotAfterAParticiple + @"(?:\d+|two|three|four|five|six|several|a few)\s+(?:days|weeks|months)\s+ago)\b(?!['’])(?:\s*,(?=\s))?";

    // Tried only near the words every match holds (see ReplaceNearAnchors): a phrase starts at most five words before one
    // (", since earlier a few days ago", ", on later on Monday"); six leaves room to spare.
    private static readonly Regex s_relativeTime = new(@"\G(?:" + RelativeTimePattern + ")");

    private static readonly SearchValues<string> RelativeTimeAnchors = SearchValues.Create(
        ["this", "last", "next", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday", "today", "tonight",
         "tomorrow", "recently", "weekend", "days", "weeks", "months"],
        StringComparison.Ordinal);

    // "despite being released 47 weeks ago": the time phrase is what the verb needs, so it stays (both time patterns).
    private const string NotAfterAParticiple = @"(?<!\b[a-z]+(?:ed|en)\s)";

    private static bool IsTail(string stem, int end)
    {
        for (var i = end; i < stem.Length; i++)
        {
            if (!char.IsWhiteSpace(stem[i]) && stem[i] is not ('?' or '.' or '!' or ','))
            {
                return false;
            }
        }

        return true;
    }

    /// <see cref="TimeAdverbialPattern"/>.Replace(text, evaluator), tried only near its anchors.
    internal static string ReplaceTimeAdverbials(string text, MatchEvaluator evaluator) =>
        ReplaceNearAnchors(s_timeAdverbial, text, TimeAdverbialAnchors, wordsBack: 3, evaluator);

    /// <see cref="RelativeTimePattern"/>.Replace(text, evaluator), tried only near its anchors.
    internal static string ReplaceRelativeTimes(string text, MatchEvaluator evaluator) =>
        ReplaceNearAnchors(s_relativeTime, text, RelativeTimeAnchors, wordsBack: 6, evaluator);

    /// Regex.Replace(text, evaluator) for a pattern that starts with \G and whose every match holds one of
    /// <paramref name="anchors"/> at most <paramref name="wordsBack"/> words after the match's start. The pattern is tried
    /// only at the positions from that many words before an anchor up to it: a scan from every position of every
    /// sentence made the interpreted pattern the generator's costliest call, though few sentences hold a time phrase.
    /// (\G pins a try to its position; lookbehinds still see the text before it, so each try is what a scan would
    /// try there, and a match found is the one a scan would find.)
    private static string ReplaceNearAnchors(Regex pattern, string text, SearchValues<string> anchors, int wordsBack, MatchEvaluator evaluator)
    {
        StringBuilder? result = null;
        var copied = 0;
        var from = 0;
        while (from < text.Length)
        {
            var found = text.AsSpan(from).IndexOfAny(anchors);
            if (found < 0)
            {
                break;
            }

            // A match starting at or after `from` holds an anchor at or after this one, so starts no earlier than
            // wordsBack words before this one.
            var anchor = from + found;
            Match? match = null;
            for (var at = Math.Max(from, WordsBefore(text, anchor, wordsBack)); at <= anchor && match is null; at++)
            {
                if (!char.IsWhiteSpace(text[at]) && pattern.Match(text, at) is { Success: true } m)
                {
                    match = m;
                }
            }

            if (match is null)
            {
                from = anchor + 1;
                continue;
            }

            result ??= new StringBuilder(text.Length);
            result.Append(text, copied, match.Index - copied).Append(evaluator(match));
            copied = from = match.Index + match.Length;
        }

        return result is null ? text : result.Append(text, copied, text.Length - copied).ToString();
    }

    /// Where the word <paramref name="words"/> words before the one at <paramref name="at"/> starts (words split by
    /// whitespace, as the patterns' \s+ split them).
    internal static int WordsBefore(string text, int at, int words)
    {
        while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
        {
            at--;
        }

        for (var w = 0; w < words && at > 0; w++)
        {
            while (at > 0 && char.IsWhiteSpace(text[at - 1]))
            {
                at--;
            }

            while (at > 0 && !char.IsWhiteSpace(text[at - 1]))
            {
                at--;
            }
        }

        return at;
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();

    // A time adverbial that can come out of the middle of a sentence and leave it whole: "on Tuesday", "on Friday
    // night", "at the weekend", "this weekend", "last month", "this spring", "two weeks ago", "recently". Not "last year" or "two years
    // ago": they date the fact
    // ("fell from 102 in 2003 to 81 last year" without it says nothing of when). Not after a word
    // that needs it ("of last year", "than last week", "until Monday"), not a possessive ("Sunday's ceremony"),
    // not "Friday the 13th", not part of a name ("Ruby Tuesday", "Saturday Night Live", "the Mail on Sunday", "Good
    // Friday"), not one of two days ("on Monday and Tuesday"), not a date's day ("on Monday 6 December"), not
    // "more recently", not what a verb needs
    // ("despite being released 47 weeks ago").
    internal const string TimeAdverbialPattern = @"(?<!\b(?i:of|than|for|as|from|until|since|before|after|by|to|in|during|the|and|or|every|each|per|on|last|this|next|more|most|only|just|very|with|due|early|late|earlier|later|till|like|throughout|all|over|spent|spend|spends|spending|described|describes|describe)\s|\bMail\s)\b(?:(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:week(?:end)?|month|spring|summer|autumn|winter)|(?:[Oo]n\s+(?:(?:last|this|next)\s+)?|(?<![A-Z][\w'’-]*\s)(?:(?:last|this|next)\s+)?)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:night|morning|evening|afternoon))?|(?:at|over)\s+the\s+weekend|" + NotAfterAParticiple + @"(?:[0-9]+|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few)\s+(?:days|weeks)\s+ago|[Rr]ecently)\b(?!['’]|\s+the\s+[0-9]|\s+[0-9]|-|\s+of\b|\s+[A-Z]|\s+(?:and|or)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))";

    // Tried only near the words every match holds: a phrase starts at most two words before one ("earlier this week",
    // "on next Monday", "over the weekend", "a few days ago", "Recently"); three leaves room to spare.
    private static readonly Regex s_timeAdverbial = new(@"\G(?:" + TimeAdverbialPattern + ")");

    private static readonly SearchValues<string> TimeAdverbialAnchors = SearchValues.Create(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "week", "month", "spring", "summer", "autumn", "winter",
         "days", "ecently"],
        StringComparison.Ordinal);

    /// "Ian Brown was arrested after a fight in San Francisco on Tuesday, his spokesman said" → "…in San Francisco,
    /// his spokesman said": what only made sense on the day the story ran comes out wherever it stands.
    public static string RemoveTimeAdverbials(string text)
    {
        // Every phrase the pattern takes has one of these in it; most sentences have none.
        if (!(text.Contains("day", StringComparison.Ordinal) || text.Contains("week", StringComparison.Ordinal) || text.Contains(" month", StringComparison.Ordinal)
            || text.Contains(" ago", StringComparison.Ordinal) || text.Contains("ecently", StringComparison.Ordinal)
            || text.Contains("spring", StringComparison.Ordinal) || text.Contains("summer", StringComparison.Ordinal) || text.Contains("autumn", StringComparison.Ordinal) || text.Contains("winter", StringComparison.Ordinal)))
        {
            return text;
        }

        var cleaned = ReplaceTimeAdverbials(text, m =>
        {
            // ", on Tuesday, his spokesman" keeps one comma; "fight on Tuesday." keeps none of the phrase.
            var before = text[..m.Index].TrimEnd();
            var after = text[(m.Index + m.Length)..].TrimStart();
            return before.EndsWith(',') && after.StartsWith(',') ? "\u0001" : string.Empty;
        });
        if (ReferenceEquals(cleaned, text))
        {
            return text; // nothing matched
        }

        cleaned = cleaned.Replace(", \u0001,", ",", StringComparison.Ordinal).Replace(",\u0001,", ",", StringComparison.Ordinal).Replace("\u0001", string.Empty, StringComparison.Ordinal);
        cleaned = Tidy(cleaned).Replace(",.", ".", StringComparison.Ordinal).Replace(",?", "?", StringComparison.Ordinal);
        // "Recently, X did…" → "X did…".
        return cleaned.StartsWith(", ", StringComparison.Ordinal) ? char.ToUpperInvariant(cleaned[2]) + cleaned[3..]
            : cleaned.Length > 0 && char.IsLower(cleaned[0]) && char.IsUpper(text[0]) ? char.ToUpperInvariant(cleaned[0]) + cleaned[1..] : cleaned;
    }

    // "graduated from graduated from": an article's slip, said once.
    [GeneratedRegex(@"\b([a-z]+\s+[a-z]+(?:\s+[a-z]+)?)\s+\1\b")]
    private static partial Regex RepeatedWords();

    /// "has graduated from graduated from the University" → "has graduated from the University".
    public static string DropRepeatedWords(string text) => MayRepeatWords(text) ? RepeatedWords().Replace(text, "$1") : text;

    /// Whether two runs of lowercase letters come again right after themselves, one or two runs on ("w1 w2 w1 w2", "w1 w2 w3
    /// w1 w2"): every match of <see cref="RepeatedWords"/> does, and few sentences do, so the pattern runs on few.
    private static bool MayRepeatWords(string text)
    {
        // The last five runs, as (start, length), newest last.
        Span<(int Start, int Length)> runs = stackalloc (int, int)[5];
        var count = 0;
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsAsciiLetterLower(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiLetterLower(text[i]))
            {
                i++;
            }

            runs[..4].CopyTo(runs[1..]);
            runs[0] = (start, i - start);
            count++;
            if ((count >= 4 && SameRun(text, runs[3], runs[1]) && SameRun(text, runs[2], runs[0]))
                || (count >= 5 && SameRun(text, runs[4], runs[1]) && SameRun(text, runs[3], runs[0])))
            {
                return true;
            }
        }

        return false;

        static bool SameRun(string text, (int Start, int Length) a, (int Start, int Length) b) =>
            text.AsSpan(a.Start, a.Length).SequenceEqual(text.AsSpan(b.Start, b.Length));
    }

    /// "Which executive presented his fiancee with a ring, said Meghan Prophet?" → "…with a ring?": a closing
    /// attribution names someone the player never met, and the fact stands without it.
    public static string DropTrailingAttribution(string stem) => TrailingAttribution().Replace(stem, string.Empty);

    [GeneratedRegex(@",\s+(?:said|says|according\s+to)\s+(?:[a-z-]+\s+){0,3}[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}(?=[?.]$)")]
    private static partial Regex TrailingAttribution();

    /// What can come out of any sentence and leave it whole: a day's time phrase, an article's doubled words.
    public static string RemoveDetachables(string text) => DropRepeatedWords(RemoveTimeAdverbials(text));

    // "Last year, Janet Jackson exposed a breast…", "Three years ago, Paul McCartney was invited…": a time that opens
    // the sentence dates a past event the sentence tells whole. (Not "Last year's winner", not "Last year has seen…".)
    [GeneratedRegex(@"^(?:Last (?:year|month|summer|autumn|winter|spring|season)|(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|[2-9]|1[0-9]) (?:years|months) ago|Earlier this (?:year|month)),? (?=[A-Z])")]
    private static partial Regex OpeningPastTime();

    // What a dropped time was needed for: a change or a comparison ("sales rose 20%", "the first time since"), a
    // second time, a present or future tense that the time put in the past; an award, given every year ("…was named
    // best drama movie while _____ won best musical" is last year's Globes in a story about this year's).
    // (A number is what the time dated: "Last year, Apple sold 4.5 million iPods", "Last season, Chelsea finished sixth".)
    [GeneratedRegex(@"%|[0-9£$€]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred|thousand|million|billion|finished|sold|took|best|award|awards|prize|prizes|won|winner|winners|named|nominated|nomination|nominations|rose|fell|grew|dropped|increased|decreased|doubled|halved|up|down|more|less|fewer|compared|record|first|since|again|previous|this|next|last|now|current|currently|is|are|has|have|will|would|ago|year|years|month|months)\b")]
    private static partial Regex NeedsItsTime();

    /// "Last year, Janet Jackson exposed a breast during a dance routine" → "Janet Jackson exposed a breast during a
    /// dance routine": an opening past time comes off a sentence that tells a past event and needs no date to be true.
    public static string DropOpeningPastTime(string text)
    {
        // (The pattern is anchored at the start: a sentence that opens otherwise fails at its first character.)
        var m = OpeningPastTime().Match(text);
        if (!m.Success)
        {
            return text;
        }

        var rest = text[m.Length..];
        return NeedsItsTime().IsMatch(rest) ? text : rest;
    }

    /// Single spaces, no space before a comma, question mark or full stop.
    private static string Tidy(string text) =>
        Spaces().Replace(text, " ").Replace(" ,", ",", StringComparison.Ordinal).Replace(" ?", "?", StringComparison.Ordinal)
            .Replace(" .", ".", StringComparison.Ordinal).Trim();

    public static string RemoveRelativeTime(string stem)
    {
        stem = RemoveDetachables(stem);
        // Beyond the detachable phrases, only one that ends the stem (or the clause before "?") comes out cleanly;
        // cutting "last year" from the middle ("…nominations last year, entered…") loses when, so those stay for the
        // ranker to reject.
        var cleaned = ReplaceRelativeTimes(stem, m => IsTail(stem, m.Index + m.Length) ? string.Empty : m.Value);
        return Tidy(cleaned).TrimEnd(',').Trim();
    }

    /// "Which director has also committed to…" → "Which director has committed to…" ("but also" stays); a blank's
    /// sentence loses an opening "However,", "Meanwhile," or "In other nominations,", which answer a sentence the player
    /// never saw. A stem whose "also" says others share what is asked stays whole (<see cref="AlsoSharesThePredicate"/>).
    public static string DropAlso(string stem)
    {
        if (AlsoSharesThePredicate(stem))
        {
            return stem;
        }

        if (stem.AsSpan().IndexOfAny(AlsoWords) >= 0)
        {
            stem = AlsoWord().Replace(stem, string.Empty);
        }

        var lead = DiscourseLead().Match(stem);
        return lead.Success && lead.Index + lead.Length < stem.Length
            ? string.Concat(stem.AsSpan(0, lead.Index), char.ToUpperInvariant(stem[lead.Index + lead.Length]).ToString(), stem.AsSpan(lead.Index + lead.Length + 1))
            : stem;
    }

    /// "_____ and Ian McEwan have also been nominated", "Kate Winslet also lost to…", "Who was also nominated…?": an
    /// "also" right after the answer, before a nomination's, a win's or a loss's verb, says others share what is asked,
    /// so it stays (and the ranker rejects the stem: the others would fit as well, judged twice). Between the answer and
    /// it only names, "and" before a name, and auxiliaries.
    private static bool AlsoSharesThePredicate(string prompt)
    {
        // (Most stems hold no "also": no copy of the question.)
        if (!prompt.Contains(" also ", StringComparison.Ordinal))
        {
            return false;
        }

        var core = PromptLeads.Core(prompt);
        var blank = core.IndexOf("_____", StringComparison.Ordinal);
        var start = blank >= 0 ? blank + 5 : core.StartsWith("Who", StringComparison.Ordinal) || core.StartsWith("Which", StringComparison.Ordinal) ? core.IndexOf(' ', StringComparison.Ordinal) : -1;
        if (start < 0)
        {
            return false;
        }

        var also = core.IndexOf(" also ", start, StringComparison.Ordinal);
        if (also < 0)
        {
            return false;
        }

        // (Only an award's or a contest's lot, which the article's other contenders share: "also lost", "has also been
        // nominated". "Hilary Benn will also visit Aceh" is one man's further plan.)
        var after = core[(also + 6)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(w => w is "been" or "be").FirstOrDefault()?.TrimEnd(',', '.', '?');
        if (after is not ("nominated" or "shortlisted" or "lost" or "won" or "failed" or "missed" or "named" or "up" or "among" or "in" or "competing" or "contending" or "beaten"))
        {
            return false;
        }

        var between = core[start..also].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (blank < 0 && between.Length > 2)
        {
            return false; // "Which actress has also…": the question word and its noun, then at most an auxiliary
        }

        for (var i = blank < 0 ? Math.Max(0, between.Length - 1) : 0; i < between.Length; i++)
        {
            var w = between[i];
            var name = char.IsUpper(w[0]);
            var auxiliary = w is "has" or "have" or "had" or "is" or "are" or "was" or "were" or "will" or "would" or "could" or "can" or "been" or "be";
            var and = w == "and" && i + 1 < between.Length && char.IsUpper(between[i + 1][0]);
            if (!(name || auxiliary || and))
            {
                return false;
            }
        }

        return true;
    }

    [GeneratedRegex(@"(?<=^Fill in the blank: |fill in the blank: )(?:However|Meanwhile|Instead|Nevertheless|Still|Indeed|Also|Yet|But|And|Elsewhere|Separately|In addition|Additionally|Moreover|Furthermore|Similarly|Likewise|In other (?:nominations|categories|news|awards|matches|games)), ")]
    private static partial Regex DiscourseLead();

    // "also", "previously", "currently", "(once) again" and a closing ", too" point back at the article or at its
    // date, and the sentence says the same without them ("had previously worked with" ⇒ "had worked with", "Federer
    // again got the better of Hewitt" ⇒ "Federer got the better of Hewitt").
    // Every match of AlsoWord holds one of these; most stems hold none.
    private static readonly SearchValues<string> AlsoWords = SearchValues.Create(["also", "previously", "currently", "again", "too"], StringComparison.Ordinal);

    [GeneratedRegex(@"(?<!\bbut)\s+(?:also|previously|currently|(?<!\b(?:and|over)\s+)(?:once\s+)?again(?!\s+and\b))(?=\s)|(?<!\b(?:and|over)),?\s+(?:too|(?:once\s+)?again)(?=[.?!]$)")]
    private static partial Regex AlsoWord();
}
