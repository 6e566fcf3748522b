using TriviaBot.Knowledge.Nlp;
using TriviaBot.Knowledge.Text;

namespace TriviaBot.Knowledge.Questions;

/// The band a story is about, and the words that stand for it: "the band", "the group", "the four-piece", and the
/// "they"/"their" that follow it. "By 1978, they had won a talent contest…" in the story "U2's desire to be number
/// one" is U2's, and a question may say so.
public static partial class DraftGenerator
{
    /// The words a story uses for its band after naming it ("the band left the stage").
    private static readonly HashSet<string> BandNouns = new(StringComparer.Ordinal)
    {
        "band", "group", "duo", "trio", "quartet", "three-piece", "four-piece", "five-piece",
    };

    private static readonly HashSet<string> MusicWords = new(StringComparer.Ordinal)
    {
        "band", "album", "albums", "single", "singles", "gig", "gigs", "concert", "concerts", "song", "songs", "tour", "chart", "charts", "music", "musical",
    };

    /// The one band a story is about, or null: a name its headline carries that the article calls a band ("rap duo
    /// OutKast", "Rock band U2"), or that opens a sentence with a band's plural verb ("U2 have…", "Keane were…"),
    /// in an article that speaks of a band or group. Null when the article calls another name a band too ("Leeds
    /// group Kaiser Chiefs came fifth"): "the band" could then be either; unless the story's band is named in three
    /// sentences or more and each other in one, then the others are given too (no "the band" is read near them).
    internal static (string? Band, IReadOnlyList<string> Others) StoryBand(ArticleAnalysis a)
    {
        // (A music story: "England have…" and "the group stage", "media group Vivendi" are no band's.)
        if (!a.Sentences.Any(s => s.Tokens.Any(t => !t.InQuote && BandNouns.Contains(t.Bare)))
            || !a.Sentences.Any(s => s.Tokens.Any(t => !t.InQuote && MusicWords.Contains(t.Bare))))
        {
            return (null, []);
        }

        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in a.Sentences)
        {
            var t = s.Tokens;
            for (var k = 0; k + 1 < t.Count; k++)
            {
                if (t[k].InQuote || t[k].IsPossessive || !BandNouns.Contains(t[k].Text) || !t[k + 1].IsCapitalized || t[k + 1].InQuote)
                {
                    continue;
                }

                // "band Franz Ferdinand", "duo OutKast's trio of trophies", "band TV on the Radio": the capitalised words
                // after the noun, and the small words between them.
                var end = k + 1;
                while (end < t.Count && end - k <= 5 && !t[end - 1].IsPossessive
                    && (t[end].IsCapitalized || (t[end].Text is "of" or "the" or "on" or "in" && NameGoesOn(t, end))))
                {
                    end++;
                }

                var name = s.Text[t[k + 1].Start..(t[end - 1].Start + t[end - 1].Bare.Length)];
                if (!IsPersonsName(a, name))
                {
                    named.Add(name);
                }
            }
        }

        // "Snow Patrol bassist exits group", "Busted singer Charlie Simpson": a name before a band member's role.
        foreach (var member in MemberOf(a.Headline).Concat(a.Sentences.SelectMany(s => MemberOf(s.Text))))
        {
            if (!IsPersonsName(a, member))
            {
                named.Add(member);
            }
        }

        foreach (var s in a.Sentences)
        {
            // ("And U2 have it in spades": after a conjunction.)
            var skip = s.Tokens.Count > 2 && s.Tokens[0].Text is "And" or "But" ? 1 : 0;
            if (LeadName(a, s, skip) is { } lead && a.Headline.Contains(lead, StringComparison.Ordinal) && TakesPluralVerb(s, skip, lead) && !IsPersonsName(a, lead))
            {
                named.Add(lead);
            }
        }

        // One band, or one the story is about among others it names in passing ("Franz Ferdinand… lost the Shortlist
        // prize to US band TV on the Radio"): named in three sentences or more, each other in one.
        var band = named.FirstOrDefault(n => ContainsWord(a.Headline, n));
        if (band is null || (named.Count > 1 && (SentencesNaming(a, band) < 3 || named.Any(n => n != band && SentencesNaming(a, n) > 1))))
        {
            return (null, []);
        }

        return (band, [.. named.Where(n => n != band)]);
    }

    // "TV on the Radio": a small word inside a name has a capitalised word within two words after it.
    private static bool NameGoesOn(IReadOnlyList<Token> t, int at) =>
        (at + 1 < t.Count && t[at + 1].IsCapitalized) || (at + 2 < t.Count && t[at + 1].Text is "the" && t[at + 2].IsCapitalized);

    private static int SentencesNaming(ArticleAnalysis a, string name) => a.Sentences.Count(s => ContainsWord(s.Text, name));

    /// Whether a sentence, or the one before it, names one of the story's other bands: "the band" there may be theirs.
    private static bool NearOtherBand(ArticleAnalysis a, Sentence s) =>
        a.OtherBands.Count > 0 && a.OtherBands.Any(n => ContainsWord(s.Text, n) || (s.Index > 0 && ContainsWord(a.Sentences[s.Index - 1].Text, n)));

    /// Names a band member's role follows: "Snow Patrol bassist", "Franz Ferdinand singer Alex Kapranos".
    private static IEnumerable<string> MemberOf(string text)
    {
        foreach (System.Text.RegularExpressions.Match m in BandMember().Matches(text))
        {
            var name = m.Groups[1].Value;
            name = name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name;
            // ("Former Busted singer": the run's first word may be no name's.)
            if (!Lexicon.FunctionWords.Contains(name.Split(' ')[0]) && name.Split(' ')[0] is not ("Former" or "Ex" or "Pop" or "Rock" or "Lead"))
            {
                yield return name;
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w'’-])((?:[A-Z][\w'’]*|[0-9]+)(?: (?:[A-Z][\w'’]*|[0-9]+)){0,2}) (?:bassist|drummer|guitarist|frontman|frontwoman|keyboardist|lead singer)\b")]
    private static partial System.Text.RegularExpressions.Regex BandMember();

    private static bool IsPersonsName(ArticleAnalysis a, string name)
    {
        var words = name.Split(' ');
        return a.Persons.Any(p => !p.IsWorkTitle && p.NameParts.Any(part => words.Contains(part, StringComparer.Ordinal)));
    }

    private static bool ContainsWord(string text, string word)
    {
        var at = text.IndexOf(word, StringComparison.Ordinal);
        return at >= 0 && (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            && (at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length]));
    }

    /// "U2 have…", "Keane were…": the first word after the opening name is a band's plural verb.
    private static bool TakesPluralVerb(Sentence s, int from, string name)
    {
        var start = s.Tokens[from].Text == "The" && !name.StartsWith("The ", StringComparison.Ordinal) ? s.Tokens[from + 1].Start : s.Tokens[from].Start;
        foreach (var x in s.Tokens)
        {
            if (x.Start >= start + name.Length && x.Kind == TokenKind.Word)
            {
                return x.Text is "have" or "are" or "were" or "'ve";
            }
        }

        return false;
    }

    /// The possessive of the story's band: "U2's", "Scissor Sisters'".
    private static string BandOwner(ArticleAnalysis a) => a.Band + (a.Band!.EndsWith('s') ? "'" : "'s");

    /// "the band" or "the group's" (or "the line-up") at token <paramref name="k"/> (the "the"), meaning the story's band: not inside a
    /// quote, not "the band Keane" (which names its own), not in a sentence that names the band already.
    private static bool BandDescription(ArticleAnalysis a, Sentence s, int k, int to) =>
        a.Band is { } band && k + 1 < to && s.Tokens[k].Text is "the" or "The" && !s.Tokens[k].InQuote && !s.Tokens[k + 1].InQuote
        && (BandNouns.Contains(s.Tokens[k + 1].Bare) || s.Tokens[k + 1].Text == "line-up")
        && !(k + 2 < s.Tokens.Count && s.Tokens[k + 2].IsCapitalized && !s.Tokens[k + 1].IsPossessive)
        && !ContainsWord(s.Text, band) && !NearOtherBand(a, s);

    /// Whether a "they"/"their"/"them" at token <paramref name="k"/> is the story's band: the band (by name or by
    /// "the band") comes before it in the clause with no other people or things it could mean in between, or the
    /// pronoun opens the clause ("By 1978, they had won…") right after a sentence that ends on the band.
    internal static bool BandPronoun(ArticleAnalysis a, Sentence s, int from, int k, int depth = 0)
    {
        var tokens = s.Tokens;
        if (a.Band is not { } band || NearOtherBand(a, s) || tokens[k].InQuote || tokens[k].Kind != TokenKind.Word || tokens[k].Text.ToLowerInvariant() is not ("they" or "their" or "them" or "themselves"))
        {
            return false;
        }

        var bandAt = LastBandMention(a, s, from, k, band, depth);
        if (bandAt >= 0)
        {
            return NothingElsePlural(a, s, bandAt, k);
        }

        // The clause's subject, after an opening time phrase at most ("In 1987,", "By 1978,").
        var opening = k == from || (k > from && tokens[k - 1].Text == "," && tokens.Skip(from).Take(k - from - 1).All(t => !LooksLikeVerb(t) && !t.InQuote && t.Text != ","));
        if (!opening || s.Index == 0 || depth >= 2 || tokens[k].Text is "them" or "themselves")
        {
            return false;
        }

        var previous = a.Sentences[s.Index - 1];
        var last = LastBandMention(a, previous, 0, previous.Tokens.Count, band, depth + 1);
        return last >= 0 && NothingElsePlural(a, previous, last, previous.Tokens.Count);
    }

    /// The token index where the clause's last mention of the band (its name, "the band", or a band "they") starts
    /// before <paramref name="k"/>, or -1.
    private static int LastBandMention(ArticleAnalysis a, Sentence s, int from, int k, string band, int depth)
    {
        var first = band.Split(' ')[0];
        for (var j = k - 1; j >= from; j--)
        {
            var t = s.Tokens[j];
            if (t.InQuote)
            {
                continue;
            }

            if (t.Bare == first && s.Text.AsSpan(t.Start).StartsWith(band, StringComparison.Ordinal)
                || (t.Text is "the" or "The" && j + 1 < s.Tokens.Count && BandNouns.Contains(s.Tokens[j + 1].Bare) && !(j + 2 < s.Tokens.Count && s.Tokens[j + 2].IsCapitalized && !s.Tokens[j + 1].IsPossessive)))
            {
                return j;
            }

            if (t.Text is "they" or "They" or "their" or "Their" && BandPronoun(a, s, from, j, depth))
            {
                return j;
            }
        }

        return -1;
    }

    /// Between the band's mention at <paramref name="at"/> and token <paramref name="k"/>: no person, no other pronoun,
    /// no "and" joining it to another name, no quote, and no other plural the pronoun could mean ("the fans", "scouts").
    private static bool NothingElsePlural(ArticleAnalysis a, Sentence s, int at, int k)
    {
        foreach (var m in a.Mentions[s.Index])
        {
            if (m.Start > at && m.Start < k)
            {
                return false;
            }
        }

        var tokens = s.Tokens;
        for (var j = at + 1; j < k; j++)
        {
            var t = tokens[j];
            if (t.Kind == TokenKind.Quote || (t.Kind == TokenKind.Word && (Lexicon.PersonalPronouns.Contains(t.Text.ToLowerInvariant()) || t.Text is "it" or "its" or "It" or "Its"))
                || (t.Text is "and" or "&" && j + 1 < k && tokens[j + 1].IsCapitalized)
                || (t.Kind == TokenKind.Word && !t.IsCapitalized && !t.IsPossessive && t.Text.Length > 3 && t.Text.EndsWith('s') && !t.Text.EndsWith("ss", StringComparison.Ordinal)
                    && !BandNouns.Contains(t.Text) && tokens[j - 1].Text is "the" or "many" or "some" or "other" or "all" or "both" or "by" or "of" or "two" or "three" or "four" or "several"
                    && !LooksLikeVerb(t)))
            {
                return false;
            }
        }

        return true;
    }

    /// Whether any "they"/"their" in the clause is the band's (<see cref="BandPronoun"/>) or a plural subject's
    /// (<see cref="PluralSubjectPronoun"/>).
    private static bool PluralOwnsPronoun(ArticleAnalysis a, Sentence s, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (BandPronoun(a, s, from, k) || PluralSubjectPronoun(a, s, from, k))
            {
                return true;
            }
        }

        return false;
    }

    /// "Jamie Foxx and Hilary Swank have won the Screen Actors Guild Awards…, boosting their Oscars hopes", "hotly-tipped
    /// Leeds band Kaiser Chiefs have their second chart hit": a "their"/"them" whose owners the clause has just named as
    /// its plural subject — two people joined by "and" opening it, or a band its noun names, then a verb — with no other
    /// person, pronoun or plural between.
    internal static bool PluralSubjectPronoun(ArticleAnalysis a, Sentence s, int from, int k)
    {
        var tokens = s.Tokens;
        if (k <= from || tokens[k].InQuote || tokens[k].Text is not ("their" or "them" or "themselves"))
        {
            return false;
        }

        var mentions = a.Mentions[s.Index];
        var first = mentions.FirstOrDefault(m => !m.Pronoun && m.Start == from);
        var second = first.Person is null ? default : mentions.FirstOrDefault(m => !m.Pronoun && m.Start == first.End + 1 && first.End < tokens.Count && tokens[first.End].Text is "and" or "&");
        var subjectEnd = second.Person is not null && second.Person != first.Person ? second.End : BandSubjectEnd(tokens, from, k);
        if (subjectEnd < 0 || subjectEnd >= k || !LooksLikeVerb(tokens[subjectEnd]) || tokens[subjectEnd].Text is "has" or "is" or "was")
        {
            return false;
        }

        return NothingElsePlural(a, s, subjectEnd - 1, k);
    }

    // "band Kaiser Chiefs have…": where the verb after a band its noun names stands, or -1.
    private static int BandSubjectEnd(IReadOnlyList<Token> tokens, int from, int k)
    {
        for (var j = from; j + 1 < k; j++)
        {
            if (!tokens[j].InQuote && tokens[j].Text is "band" or "group" or "duo" or "trio" && tokens[j + 1].IsCapitalized)
            {
                var end = j + 1;
                while (end < k && (tokens[end].IsCapitalized || (tokens[end].Text is "of" or "the" or "on" && NameGoesOn(tokens, end))) && !tokens[end].IsPossessive)
                {
                    end++;
                }

                return end < k && tokens[end].Text is "have" or "are" or "were" or "'ve" ? end : -1;
            }
        }

        return -1;
    }
}
