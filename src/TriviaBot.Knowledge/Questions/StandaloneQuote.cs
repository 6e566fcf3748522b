using TriviaBot.Knowledge.Text;

namespace TriviaBot.Knowledge.Questions;

/// Whether a quote makes sense on its own, as a "who said it?" stem must: a player never sees the article, so a
/// "he", "it" or "this" that points outside the quote, or a fragment that starts mid-thought ("And it was…"),
/// leaves them guessing what is being talked about (the judge's commonest who-said reject).
internal static class StandaloneQuote
{
    public const int MinWords = 6;

    private static readonly HashSet<string> Conjunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "but", "or", "so", "because", "yet", "nor", "then", "also", "plus", "which", "who", "whom", "whose",
        "although", "though", "while", "whereas", "unless", "until", "till", "otherwise", "still", "besides", "anyway",
        "however", "instead", "therefore", "hence", "thus", "too", "either", "neither", "meanwhile", "and,", "cos",
        "'cause", "as", "where", "when", "since",
    };

    private static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "him", "his", "himself", "she", "her", "hers", "herself", "he's", "she's", "he'd", "she'd", "he'll", "she'll",
    };

    private static readonly HashSet<string> PluralPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "they", "them", "their", "theirs", "themselves", "they're", "they've", "they'd", "they'll",
    };

    private static readonly HashSet<string> ThingPronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "its", "itself", "it's", "it'd", "it'll",
    };

    private static readonly HashSet<string> Demonstratives = new(StringComparer.OrdinalIgnoreCase)
    {
        "this", "these", "those", "that", "that's", "this'll",
    };

    /// Words a plural pronoun can lean on without a noun: "Anyone that says they…".
    private static readonly HashSet<string> Collectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "anyone", "everyone", "someone", "people", "everybody", "anybody", "somebody", "nobody", "no-one", "fans",
        "children", "men", "women", "audiences", "viewers", "public", "kids", "folk", "folks", "band", "group", "team",
        "industry", "government", "family", "crew", "cast",
    };

    /// "This year", "that night": a time deixis is as clear as the quote's own date.
    private static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "year", "year's", "week", "week's", "month", "month's", "time", "morning", "evening", "afternoon", "night",
        "weekend", "season", "summer", "winter", "spring", "autumn", "day", "christmas", "point", "stage", "moment",
        "country", "way", "kind", "sort",
    };

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "will", "would", "has", "had", "have", "can", "could", "should", "might", "must",
        "does", "did", "makes", "made", "means", "meant", "seems", "seemed", "sounds", "looks", "shows", "gives",
    };

    /// Determiners and possessives before a word mark it as a noun an "it" could point to.
    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "my", "our", "your", "his", "her", "their", "this", "that", "every", "each", "any", "some", "no",
    };

    /// The quote, or its longest run of opening sentences, that stands alone ("Bez is a difficult human being."
    /// from "Bez is a difficult human being. There's something wrong with him…" is still his speaker's words).
    public static string? LongestStandingPrefix(string quote)
    {
        if (Defect(quote) is null)
        {
            return quote;
        }

        var ends = new List<int>();
        for (var i = 0; i + 2 < quote.Length; i++)
        {
            if (quote[i] is '.' or '!' or '?' && quote[i + 1] == ' ' && char.IsUpper(quote[i + 2]))
            {
                ends.Add(i + 1);
            }
        }

        for (var k = ends.Count - 1; k >= 0; k--)
        {
            var prefix = quote[..ends[k]];
            if (Defect(prefix) is null)
            {
                return prefix;
            }
        }

        return null;
    }

    /// The reason the quote can't stand alone, or null when it can.
    public static string? Defect(string quote)
    {
        var words = Words(quote);
        if (words.Count < MinWords)
        {
            return "quote too short";
        }

        var first = words[0].Lower;
        if (Conjunctions.Contains(first) || char.IsLower(words[0].Text[0]) || quote.TrimStart().StartsWith('…') || quote.TrimStart().StartsWith("...", StringComparison.Ordinal))
        {
            return "quote starts mid-thought";
        }

        // "The problem simply will not disappear…": a definite noun opening the quote points back into the article.
        if (first == "the" && words.Count > 1 && char.IsLower(words[1].Text[0]) && !words[0].EndsClause
            && !(words.Count > 2 && !words[1].EndsClause && (char.IsUpper(words[2].Text[0]) || words[2].Lower == "of")))
        {
            return "quote opens on an unexplained 'the " + words[1].Text + "'";
        }

        var firstSentenceEnd = words.FindIndex(x => x.EndsSentence);
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i].Lower;
            var inFirstSentence = firstSentenceEnd < 0 || i <= firstSentenceEnd;

            // In the opening sentence a pronoun "it" or "this" has nothing before it to mean: "…would get it".
            if (inFirstSentence && (ThingPronouns.Contains(w) || (w is "this" or "that" && (i + 1 >= words.Count || words[i].EndsClause || Auxiliaries.Contains(words[i + 1].Lower))))
                && !(IsSubjectIt(words, i) && IsExtraposition(words, i)) && !(w is "that" && i > 0 && !words[i - 1].EndsClause && words[i - 1].Lower is not ("think" or "know" or "believe" or "hope" or "say" or "mean" or "do" or "about" or "of" or "for" or "with" or "to" or "after" or "like")))
            {
                return "quote pronoun '" + words[i].Text + "' points outside it";
            }

            if (PersonPronouns.Contains(w) && !HasNameBefore(words, i))
            {
                return "quote pronoun '" + words[i].Text + "' points outside it";
            }

            if (PluralPronouns.Contains(w) && !HasNameBefore(words, i) && !HasPluralBefore(words, i))
            {
                return "quote pronoun '" + words[i].Text + "' points outside it";
            }

            if (ThingPronouns.Contains(w))
            {
                if (i == 0 ? !IsExtraposition(words) : !IsExtraposition(words, i) && !HasNounBefore(words, i))
                {
                    return "quote pronoun '" + words[i].Text + "' points outside it";
                }
            }

            if (Demonstratives.Contains(w) && DemonstrativeDefect(words, i))
            {
                return "quote pronoun '" + words[i].Text + "' points outside it";
            }
        }

        return null;
    }

    private static bool DemonstrativeDefect(List<QuoteWord> words, int i)
    {
        var w = words[i].Lower;
        var next = i + 1 < words.Count && !words[i].EndsClause ? words[i + 1] : default;
        if (next.Text is not null && TimeNouns.Contains(next.Lower))
        {
            return false;
        }

        if (w == "that")
        {
            // "that" joins clauses far more often than it points: only a "that" standing for a thing counts —
            // opening the quote or a clause ("That is why…", "I think that is…"), or ending one ("…after that.").
            var opensClause = i == 0 || words[i - 1].EndsClause || words[i - 1].Lower is "think" or "know" or "believe" or "hope" or "say" or "mean" or "guess" or "suppose" or "and" or "but" or "because" or "so";
            var stands = next.Text is null || Auxiliaries.Contains(next.Lower);
            if (!(opensClause && stands) && !(words[i].EndsClause || next.Text is null))
            {
                return false;
            }

            return i == 0 || !HasNounBefore(words, i);
        }

        if (w == "that's")
        {
            return i == 0 || !HasNounBefore(words, i);
        }

        // "this film", "these people": which film? Unless the quote has named it already.
        if (next.Text is not null && !Auxiliaries.Contains(next.Lower) && !Lexicon.FunctionWords.Contains(next.Lower))
        {
            for (var k = 0; k < i; k++)
            {
                if (words[k].Lower == next.Lower)
                {
                    return false;
                }
            }

            return true;
        }

        return i == 0 || !HasNounBefore(words, i);
    }

    /// "it's", "it is", "it was": "it" as a subject, the only place a dummy "it" stands.
    private static bool IsSubjectIt(List<QuoteWord> words, int i) =>
        words[i].Lower is "it's" or "it'll" or "it'd" || (words[i].Lower == "it" && i + 1 < words.Count && words[i + 1].Lower is "is" or "was" or "will" or "would" or "seems" or "seemed" or "has" or "had" or "might" or "may" or "can" or "could");

    /// "It's amazing to see…", "It is clear that…": a dummy subject that points forward, not outside.
    private static bool IsExtraposition(List<QuoteWord> words, int at = 0)
    {
        var limit = Math.Min(words.Count, at + 7);
        for (var k = at + 1; k < limit; k++)
        {
            if (words[k].Lower is "to" or "that" or "how" or "when" or "whether" or "being" or "if")
            {
                return true;
            }

            if (words[k].EndsClause)
            {
                return false;
            }
        }

        return false;
    }

    private static bool HasNameBefore(List<QuoteWord> words, int i)
    {
        for (var k = 0; k < i; k++)
        {
            var t = words[k].Text;
            var capitalised = t.Length > 1 && char.IsUpper(t[0]) && t.Any(char.IsLower);
            var pronounOrLink = Lexicon.FunctionWords.Contains(words[k].Lower) || PersonPronouns.Contains(t) || PluralPronouns.Contains(t)
                || ThingPronouns.Contains(t) || Demonstratives.Contains(t) || Conjunctions.Contains(t) || t.StartsWith("I'", StringComparison.Ordinal);
            // A capital that only opens a sentence says nothing, unless the word is a given name ("Bez has…").
            var sentenceStart = k == 0 || words[k - 1].EndsSentence;
            if (capitalised && !pronounOrLink && (!sentenceStart || Gazetteer.FirstNames.Contains(t) || IsNameLike(words, k)))
            {
                return true;
            }
        }

        return false;
    }

    /// A sentence-opening capital followed by a verb-ish word reads as a name subject ("Bez has wooed…").
    private static bool IsNameLike(List<QuoteWord> words, int k) =>
        k + 1 < words.Count && !words[k].EndsClause && Auxiliaries.Contains(words[k + 1].Lower) && !Lexicon.FunctionWords.Contains(words[k].Lower);

    private static bool HasPluralBefore(List<QuoteWord> words, int i)
    {
        for (var k = 0; k < i; k++)
        {
            var w = words[k].Lower;
            if (Collectives.Contains(w))
            {
                return true;
            }

            var pluralForm = w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal)
                && !w.EndsWith("us", StringComparison.Ordinal) && !w.EndsWith("is", StringComparison.Ordinal) && !Lexicon.FunctionWords.Contains(w) && !Auxiliaries.Contains(w);
            var afterDeterminer = k > 0 && (Determiners.Contains(words[k - 1].Lower) || char.IsDigit(words[k - 1].Text[0]) || Lexicon.FunctionWords.Contains(words[k - 1].Lower));
            if (pluralForm && afterDeterminer)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNounBefore(List<QuoteWord> words, int i)
    {
        for (var k = 1; k < i; k++)
        {
            var w = words[k];
            if (Determiners.Contains(words[k - 1].Lower) && !Lexicon.FunctionWords.Contains(w.Lower) && w.Lower is not ("it" or "its"))
            {
                return true;
            }

            if (w.Text.Length > 1 && char.IsUpper(w.Text[0]) && !words[k - 1].EndsSentence && !Lexicon.FunctionWords.Contains(w.Lower))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct QuoteWord(string Text, string Lower, bool EndsClause, bool EndsSentence);

    private static List<QuoteWord> Words(string quote)
    {
        var result = new List<QuoteWord>(quote.Length / 5);
        foreach (var raw in quote.Replace('’', '\'').Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var text = raw.Trim('"', '“', '”', '(', ')', '[', ']', '‘', '\'', '*');
            var trimmed = text.TrimEnd(',', '.', ';', ':', '!', '?', '-', '—', '–', '…');
            if (trimmed.Length == 0)
            {
                if (result.Count > 0 && raw.Any(c => c is ',' or '.' or ';' or ':' or '!' or '?' or '-' or '—' or '–'))
                {
                    var last = result[^1];
                    result[^1] = last with { EndsClause = true, EndsSentence = last.EndsSentence || raw.Any(c => c is '.' or '!' or '?') };
                }

                continue;
            }

            var tail = text[trimmed.Length..];
            var endsSentence = tail.Any(c => c is '.' or '!' or '?');
            result.Add(new QuoteWord(trimmed, trimmed.ToLowerInvariant(), endsSentence || tail.Length > 0, endsSentence));
        }

        return result;
    }
}
