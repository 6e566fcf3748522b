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
    /// OutKast", "Rock band U2") or puts before a member's role ("Snow Patrol bassist"), or that opens a sentence with a
    /// band's plural verb ("U2 have…", "Keane were…", in a story that says "band"), in a music story that speaks of a
    /// band or group. Null when the article calls another name a band too ("Leeds
    /// group Kaiser Chiefs came fifth"): "the band" could then be either; unless the story's band is named in three
    /// sentences or more and each other in one, then the others are given too (no "the band" is read near them).
    internal static (string? Band, IReadOnlyList<string> Others, IReadOnlySet<string> Named) StoryBand(ArticleAnalysis a)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        // (A music story: "England have…" and "the group stage", "media group Vivendi" are no band's.)
        if (!a.Sentences.Any(s => s.Tokens.Any(t => !t.InQuote && BandNouns.Contains(t.Bare)))
            || !a.Sentences.Any(s => s.Tokens.Any(t => !t.InQuote && MusicWords.Contains(t.Bare))))
        {
            return (null, [], named);
        }

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

                // ("band Maroon 5", "group Band Aid 20": a number goes on with the name.)
                if (end < t.Count && t[end].Kind == TokenKind.Number && !t[end - 1].IsPossessive)
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
        // ("Jazz guitarist Barney Kessel": a genre is no band; a one-word name must be capitalised where no sentence starts.)
        foreach (var member in MemberOf(a.Headline).Concat(a.Sentences.SelectMany(s => MemberOf(s.Text))))
        {
            if (!IsPersonsName(a, member) && !Genres.Contains(member) && Ingestion.HeadlineSplitter.Nationality(member) is false
                && (member.Contains(' ', StringComparison.Ordinal) || CapitalisedElsewhere(a, -1, member)))
            {
                named.Add(member);
            }
        }

        // (Only in a story that says "band": "Apple are targeting…" beside a "group test" is no band.)
        var saysBand = a.Sentences.Any(s => s.Tokens.Any(t => !t.InQuote && t.Bare is "band" or "duo" or "trio" or "four-piece" or "five-piece"));
        foreach (var s in a.Sentences)
        {
            // ("And U2 have it in spades": after a conjunction.)
            var skip = s.Tokens.Count > 2 && s.Tokens[0].Text is "And" or "But" ? 1 : 0;
            // ("US rappers Beastie Boys have won…": after a description of the act.)
            if (s.Tokens.Count > 4 && (s.Tokens[0].Text is "US" or "UK" || Ingestion.HeadlineSplitter.Nationality(s.Tokens[0].Text))
                && s.Tokens[1].Text is "rappers" or "rockers" or "stars" or "popsters" or "punks")
            {
                skip = 2;
            }

            if (saysBand && LeadName(a, s, skip) is { } lead && ContainsWord(a.Headline, lead) && TakesPluralVerb(s, skip, lead) && !IsPersonsName(a, lead))
            {
                named.Add(lead);
            }
        }

        // One band, or one the story is about among others it names in passing ("Franz Ferdinand… lost the Shortlist
        // prize to US band TV on the Radio"): named in three sentences or more, each other in one.
        var band = named.FirstOrDefault(n => ContainsWord(a.Headline, n));
        if (band is null || (named.Count > 1 && (SentencesNaming(a, band) < 3 || named.Any(n => n != band && SentencesNaming(a, n) > 1))))
        {
            return (null, [], named);
        }

        return (band, [.. named.Where(n => n != band)], named);
    }

    // "TV on the Radio": a small word inside a name has a capitalised word within two words after it.
    private static bool NameGoesOn(List<Token> t, int at) =>
        (at + 1 < t.Count && t[at + 1].IsCapitalized) || (at + 2 < t.Count && t[at + 1].Text is "the" && t[at + 2].IsCapitalized);

    private static int SentencesNaming(ArticleAnalysis a, string name) => a.Sentences.Count(s => ContainsWord(s.Text, name));

    /// Whether a sentence, or the one before it, names one of the story's other bands: "the band" there may be theirs.
    private static bool NearOtherBand(ArticleAnalysis a, Sentence s) =>
        a.OtherBands.Count > 0 && a.OtherBands.Any(n => ContainsWord(s.Text, n) || (s.Index > 0 && ContainsWord(a.Sentences[s.Index - 1].Text, n)));

    // Words that stand before a player's role as a kind of music, not a band's name: "Jazz guitarist", "Session drummer".
    private static readonly HashSet<string> Genres = new(StringComparer.Ordinal)
    {
        "Jazz", "Blues", "Rock", "Pop", "Soul", "Folk", "Punk", "Metal", "Country", "Reggae", "Classical", "Indie", "Dance", "Session", "Funk", "Gospel", "Star",
    };

    /// Names a band member's role follows: "Snow Patrol bassist", "Franz Ferdinand guitarist Nick McCarthy" (not
    /// "singer": "Pop singer", "Soul singer" say a kind of music).
    private static IEnumerable<string> MemberOf(string text)
    {
        foreach (System.Text.RegularExpressions.Match m in BandMember().Matches(text))
        {
            var name = m.Groups[1].Value;
            name = name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name.TrimEnd('\'', '’');
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

    private static bool ContainsWord(string text, string word) => IndexOfWord(text, word) >= 0;

    /// "U2 have…", "Keane were…": the first word after the name opening the sentence (at token <paramref name="from"/>,
    /// as <see cref="LeadName"/> gave it) is a band's plural verb.
    private static bool TakesPluralVerb(Sentence s, int from, string name) => FirstWordAfter(s, s.Tokens[from].Start + name.Length) is "have" or "are" or "were" or "'ve";

    /// The first word of a sentence at or after character <paramref name="at"/>, or null.
    private static string? FirstWordAfter(Sentence s, int at)
    {
        foreach (var x in s.Tokens)
        {
            if (x.Start >= at && x.Kind == TokenKind.Word)
            {
                return x.Text;
            }
        }

        return null;
    }

    /// The possessive of the story's band: "U2's", "Scissor Sisters'".
    private static string BandOwner(ArticleAnalysis a) => a.Band + (a.Band!.EndsWith('s') ? "'" : "'s");

    /// "the band" or "the group's" at token <paramref name="k"/> (the "the"), meaning the story's band: not inside a
    /// quote, not "the band Keane" (which names its own), not "the group of 200 fans", not in a sentence that names the
    /// band already or near another band.
    private static bool BandDescription(ArticleAnalysis a, Sentence s, int k, int to) =>
        k + 1 < to && s.Tokens[k].Text is "the" or "The" && !s.Tokens[k].InQuote && !s.Tokens[k + 1].InQuote
        && BandNouns.Contains(s.Tokens[k + 1].Bare) && a.Band is { } band && !DescriptionNamesItsOwn(s.Tokens, k)
        && !ContainsWord(s.Text, band) && !NearOtherBand(a, s);

    // "the band Keane", "the group of 200 fans": the noun at k + 1 goes on to say which (or what) itself.
    private static bool DescriptionNamesItsOwn(List<Token> tokens, int k) =>
        k + 2 < tokens.Count && !tokens[k + 1].IsPossessive && (tokens[k + 2].IsCapitalized || tokens[k + 2].Text == "of");

    /// Whether a "they"/"their"/"them" at token <paramref name="k"/> is the story's band: the band (by name or by
    /// "the band") comes before it in the clause with no other people or things it could mean in between, or the
    /// pronoun opens the clause ("By 1978, they had won…") right after a sentence that ends on the band.
    /// (Linear in the clause: the band is looked for by name or description, then through one opening pronoun and the
    /// sentence before it, two sentences back at most — never by re-reading the clause's earlier pronouns.)
    internal static bool BandPronoun(ArticleAnalysis a, Sentence s, int from, int k) => BandPronounMention(a, s, from, k) >= 0;

    /// Where the band's mention the pronoun at <paramref name="k"/> points back to starts (k itself for a clause's
    /// opening "they" the sentence before explains), or -1 when it is not the band's (<see cref="BandPronoun"/>).
    private static int BandPronounMention(ArticleAnalysis a, Sentence s, int from, int k)
    {
        var tokens = s.Tokens;
        if (tokens[k].Kind != TokenKind.Word || tokens[k].InQuote || tokens[k].Text is not ("they" or "their" or "them" or "themselves" or "They" or "Their")
            || a.Band is not { } band || NearOtherBand(a, s))
        {
            return -1;
        }

        var bandAt = LastBandMention(a, s, from, k, band, 0);
        return bandAt >= 0 && NothingElsePlural(a, s, bandAt, k) ? bandAt : -1;
    }

    /// The token index where the clause's last mention of the band before <paramref name="k"/> starts — its name, "the
    /// band", or the clause's opening "they"/"their" when the sentence before ends on the band — or -1.
    private static int LastBandMention(ArticleAnalysis a, Sentence s, int from, int k, string band, int depth)
    {
        var first = band.Split(' ')[0];
        for (var j = k - 1; j >= from; j--)
        {
            var t = s.Tokens[j];
            if (!t.InQuote && ((t.Bare == first && s.Text.AsSpan(t.Start).StartsWith(band, StringComparison.Ordinal))
                || (t.Text is "the" or "The" && j + 1 < s.Tokens.Count && BandNouns.Contains(s.Tokens[j + 1].Bare) && !DescriptionNamesItsOwn(s.Tokens, j))))
            {
                return j;
            }
        }

        // The clause's subject, after an opening time phrase at most ("In 1987,", "By 1978,"): "they" at the opening,
        // or k itself.
        var opening = OpeningPronoun(s.Tokens, from);
        if (opening < 0 || opening > k || s.Index == 0 || depth >= 2 || s.Tokens[opening].Text is "them" or "themselves")
        {
            return -1;
        }

        var previous = a.Sentences[s.Index - 1];
        var last = LastBandMention(a, previous, 0, previous.Tokens.Count, band, depth + 1);
        return last >= 0 && !NearOtherBand(a, previous) && NothingElsePlural(a, previous, last, previous.Tokens.Count) ? opening : -1;
    }

    // The clause's opening "they"/"their" (right at its start or after an opening time phrase: "By 1978, they…"), or -1.
    private static int OpeningPronoun(List<Token> tokens, int from)
    {
        var k = from;
        if (k < tokens.Count && tokens[k].Text is not ("They" or "Their" or "they" or "their"))
        {
            var comma = -1;
            for (var j = from; j < tokens.Count && j < from + 6; j++)
            {
                if (tokens[j].Text == ",")
                {
                    comma = j;
                    break;
                }

                if (LooksLikeVerb(tokens[j]) || tokens[j].InQuote)
                {
                    return -1;
                }
            }

            k = comma + 1;
        }

        return k > 0 || from == 0 ? (k < tokens.Count && !tokens[k].InQuote && tokens[k].Text is "They" or "Their" or "they" or "their" ? k : -1) : -1;
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
            // (Another "they"/"their" between is the same plural's: "Beastie Boys have won their battle… in their song".)
            if (t.Kind == TokenKind.Quote || (t.Kind == TokenKind.Word && t.Text is not ("they" or "their" or "them" or "themselves")
                    && (Lexicon.PersonalPronouns.Contains(t.Text.ToLowerInvariant()) || t.Text is "it" or "its" or "It" or "Its"))
                || (t.Text is "and" or "&" && j + 1 < k && tokens[j + 1].IsCapitalized)
                || (t.Kind == TokenKind.Word && !t.IsCapitalized && !t.IsPossessive && t.Text.Length > 3 && t.Text.EndsWith('s') && !t.Text.EndsWith("ss", StringComparison.Ordinal) && !t.Text.EndsWith("ous", StringComparison.Ordinal)
                    && !BandNouns.Contains(t.Text) && !NoOwners.Contains(t.Text) && (Determiner(tokens[j - 1]) || (j - 2 > at && Determiner(tokens[j - 2])))))
            {
                return false;
            }
        }

        return true;
    }

    // A word that says a noun follows: "the fans", "their loyal fans", "five minutes".
    private static bool Determiner(Token t) =>
        t.Text is "the" or "many" or "some" or "other" or "all" or "both" or "by" or "of" or "several" or "their" or "his" or "her" or "its" or "our" or "my" or "your" or "these" or "those"
        || t.Kind == TokenKind.Number || Answers.NumberWords.TryParse(t.Text, out _);

    // Plurals that own nothing a "their" could point at: "finished their set after five minutes", "versions of their hits".
    private static readonly HashSet<string> NoOwners = new(StringComparer.Ordinal)
    {
        "minutes", "hours", "days", "weeks", "months", "years", "times", "songs", "hits", "albums", "singles", "records", "copies",
        "tickets", "dates", "gigs", "shows", "concerts", "versions", "awards", "nominations", "sales", "tracks",
    };

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

        // (Loops, not lambdas: this runs for every "their" and "them", and a closure over the parameters was made for
        // every call, before the first test.)
        var mentions = a.Mentions[s.Index];
        var first = NameStartingAt(mentions, from);
        var second = first.Person is not null && first.End < tokens.Count && tokens[first.End].Text is "and" or "&" ? NameStartingAt(mentions, first.End + 1) : default;
        var subjectEnd = second.Person is not null && second.Person != first.Person ? second.End : BandSubjectEnd(tokens, from, k);
        if (subjectEnd < 0 || subjectEnd >= k || !LooksLikeVerb(tokens[subjectEnd]) || tokens[subjectEnd].Text is "has" or "is" or "was")
        {
            return false;
        }

        return NothingElsePlural(a, s, subjectEnd - 1, k);
    }

    private static Mention NameStartingAt(List<Mention> mentions, int start)
    {
        foreach (var m in mentions)
        {
            if (!m.Pronoun && m.Start == start)
            {
                return m;
            }
        }

        return default;
    }

    // "band Kaiser Chiefs have…": where the verb after a band its noun names stands, or -1.
    private static int BandSubjectEnd(List<Token> tokens, int from, int k)
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
