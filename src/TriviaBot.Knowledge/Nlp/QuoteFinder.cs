using System.Text.RegularExpressions;
using TriviaBot.Knowledge.Text;

namespace TriviaBot.Knowledge.Nlp;

/// Quote attribution by ordered pattern sieves (CoreNLP QuoteAnnotator style), each with a confidence:
/// `Q, S V.` · `Q, V S.` · `S V, Q` / `S V: Q` / `S V, saying, Q` · `according to S, Q` · a bare quote continuing
/// the previous speaker (split quotes) · the sentence's only person beside a reporting verb.
public static partial class QuoteFinder
{
    // A capitalised name word with a lowercase letter somewhere (not an acronym like "HMV"), not a possessive.
    private const string Word = @"(?=[A-Z][\p{L}'’.\-]*?\p{Ll})[A-Z](?:[\p{L}.\-]|['’](?=\p{L})(?!s\b))+";
    private const string Name = @"(?<n>" + Word + @"(?:\s+(?:(?:de|van|von|der|da|di|le|la|del)\s+)?" + Word + @"){0,3}|[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)";

    // After the quote: `," Krasinski admitted…` / `," she said` / `," said Bruce Snyder`.
    // The `s_…` regexes are interpreted, not source-generated: each runs rarely enough (or compiles to a large enough
    // matcher) that JIT-compiling it at start-up would cost more than interpreting it saves (bench: jit_ms).
    private static readonly Regex s_speakerVerbAfter = new(@"^\s*[,—–-]?\s*" + Name + @"\s+(?:also\s+|later\s+|then\s+|once\s+|simply\s+|\p{Ll}+ly\s+)?(?<v>\p{Ll}+)\b");

    // `," said the committee chairman, MP Edward Leigh.` / `," said Kidman's publicist Wendy Day.`
    private static readonly Regex s_verbSpeakerAfter = new(@"^\s*[,—–-]?\s*(?<v>\p{Ll}+)\s+(?:(?:the|a|an|its|his|her|their|[A-Z][\p{L}]*['’]s|[\p{Ll}\-]+|[A-Z]{2,}),?\s+){0,6}?" + Name + @"(?=$|[\s,.;:!?])");

    // Before the quote: `Krasinski explained to Fischer, "` / `Fischer agreed, saying, "` / `She later added, "` / `told Metro: "`.
    private static readonly Regex s_speakerVerbBefore = new(Name + @"\s+(?:also\s+|later\s+|then\s+|once\s+|\p{Ll}+ly\s+)?(?<v>\p{Ll}+)(?:\s+(?:to|in|on|at|during)\s+[^,:""“”]{1,60}?|\s+[A-Z][\p{L}!]*(?:\s+[A-Z][\p{L}!]*){0,3})?(?:\s*,\s*(?:saying|adding|explaining|writing|noting|recalling|joking))?\s*[,:]?\s*$");

    private static readonly Regex s_accordingTo = new(@"[Aa]ccording\s+to\s+" + Name + @"\s*,?\s*$");

    internal static void FindQuotes(ArticleAnalysis a)
    {
        QuoteSpan? previous = null;
        foreach (var s in a.Sentences)
        {
            var spans = ArticleAnalyzer.QuotedSpans(s.Text);
            for (var k = 0; k < spans.Count; k++)
            {
                var (text, start) = spans[k];
                if (!IsSpeech(text))
                {
                    continue;
                }

                var closeIndex = start + 1 + s.Text.AsSpan(start + 1).IndexOf(text, StringComparison.Ordinal) + text.Length;
                var quoteEnd = Math.Min(s.Text.Length, closeIndex + 1);
                var leftStart = k == 0 ? 0 : spans[k - 1].Start + spans[k - 1].Text.Length + 2;
                var left = s.Text[Math.Min(leftStart, start)..start];
                var rightEnd = k + 1 < spans.Count ? spans[k + 1].Start : s.Text.Length;
                var right = s.Text[quoteEnd..Math.Max(quoteEnd, rightEnd)];

                var introducesNext = k + 1 < spans.Count;
                var quoteEndsSentence = text.TrimEnd().EndsWith('.');
                var (speaker, confidence, pattern) = Attribute(a, s, left, right, start, introducesNext, quoteEndsSentence, previous);
                if (speaker is null && previous is not null && s.Index - previous.Sentence <= 2 && IsBareQuote(s.Text, left, right))
                {
                    // The paragraph after a named quote, in the same paragraph run and with nobody named between,
                    // is BBC house style for the same speaker going on; anything looser stays a guess.
                    var follows = s.Index - previous.Sentence == 1 && a.Sentences[previous.Sentence].Paragraph == s.Paragraph && previous.Confidence >= 0.9
                        && (NamingPatterns.Contains(previous.Pattern) || previous.Pattern.EndsWith("(pronoun)", StringComparison.Ordinal) || previous.Pattern == ContinuationOfNamed)
                        && a.Mentions[s.Index].All(m => s.Tokens[m.Start].InQuote);
                    (speaker, confidence, pattern) = follows ? (previous.Speaker, 0.9, ContinuationOfNamed) : (previous.Speaker, 0.7, "continuation");
                }

                if (speaker is null)
                {
                    continue;
                }

                var quote = new QuoteSpan(s.Index, CleanQuote(text), speaker, confidence, pattern);
                a.Quotes.Add(quote);
                previous = quote;
            }
        }
    }

    private static (Person?, double, string) Attribute(ArticleAnalysis a, Sentence s, string left, string right, int quoteStart, bool nextQuoteFollows, bool quoteEndsSentence, QuoteSpan? previous)
    {
        // `Tony Blair's official spokesman said: "…" He added…`: someone unnamed introduced the quote; whoever "he" is
        // after it, the words are the spokesman's.
        if (UnnamedSpeakerIntroduces(left))
        {
            return (null, 0, "");
        }

        // `"Q1." She later added, "Q2."`: an attribution that runs straight into the next quote introduces that one.
        var m = s_speakerVerbAfter.Match(right);
        var leadsIntoNext = m.Success && nextQuoteFollows && right[(m.Index + m.Length)..].Trim().TrimEnd(',', ':').Trim().Length == 0;
        // `"…the Oscars." Mr Karger said the comic…`: after a full stop a capitalised name starts the next sentence,
        // someone else's (house style closes an attributed quote with a comma: `"…,” Karger said`).
        var startsNewSentence = m.Success && quoteEndsSentence && char.IsUpper(m.Groups["n"].Value[0]) && right.TrimStart().Length > 0 && char.IsUpper(right.TrimStart()[0])
            && !right.TrimStart().StartsWith(',') && Lexicon.GenderOfPronoun(m.Groups["n"].Value) == 0;
        leadsIntoNext |= startsNewSentence;
        if (m.Success && !leadsIntoNext && Lexicon.IsReportingVerb(m.Groups["v"].Value) && Resolve(a, s, m.Groups["n"].Value, quoteStart + 1) is { } p1)
        {
            return (p1, PronounConfidence(a, s, m.Groups["n"].Value, 0.95, p1, previous), Named("Q, S V", m.Groups["n"].Value));
        }

        m = s_verbSpeakerAfter.Match(right);
        if (m.Success && Lexicon.IsReportingVerb(m.Groups["v"].Value) && !NamesOrganisation(right, m.Groups["n"]) && Resolve(a, s, m.Groups["n"].Value, quoteStart + 1) is { } p2)
        {
            return (p2, PronounConfidence(a, s, m.Groups["n"].Value, 0.9, p2, previous), Named("Q, V S", m.Groups["n"].Value));
        }

        m = s_speakerVerbBefore.Match(left);
        if (m.Success && Lexicon.IsReportingVerb(m.Groups["v"].Value) && !NamesOrganisation(left, m.Groups["n"]) && Resolve(a, s, m.Groups["n"].Value, m.Index) is { } p3)
        {
            return (p3, PronounConfidence(a, s, m.Groups["n"].Value, 0.9, p3, previous), Named("S V, Q", m.Groups["n"].Value));
        }

        m = s_accordingTo.Match(left);
        if (m.Success && Resolve(a, s, m.Groups["n"].Value, m.Index, allowNew: false) is { } p4)
        {
            return (p4, 0.8, "according to S");
        }

        // The sentence's only person outside quotes, beside a reporting verb.
        // ...unless an unnamed speaker is there ("a spokesman for the UK Film Council said").
        var outside = left + " " + right;
        var outsideWords = outside.Split([' ', ',', '.', ':', ';'], StringSplitOptions.RemoveEmptyEntries);
        var hasVerb = outsideWords.Any(Lexicon.IsReportingVerb);
        var unnamedSpeaker = outsideWords.Any(UnnamedSpeakers.Contains);
        if (hasVerb && !unnamedSpeaker)
        {
            var people = a.Mentions[s.Index].Where(x => !s.Tokens[x.Start].InQuote).Select(x => x.Person).Distinct().ToList();
            if (people.Count == 1)
            {
                return (people[0], 0.6, "sole person");
            }
        }

        return (null, 0, "");
    }

    private static bool UnnamedSpeakerIntroduces(string left)
    {
        var words = left.Split([' ', ',', ':'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = Math.Max(0, words.Length - 3); i < words.Length - 1; i++)
        {
            if (UnnamedSpeakers.Contains(words[i]) && Lexicon.IsReportingVerb(words[i + 1]) && i + 2 >= words.Length - 1)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly HashSet<string> UnnamedSpeakers = new(StringComparer.Ordinal)
    {
        "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "source", "sources", "insider", "official", "officials", "representative", "statement",
        "friend", "witness",
    };

    private static readonly HashSet<string> OrganisationNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "newspaper", "paper", "magazine", "daily", "weekly", "tabloid", "website", "site", "channel", "network", "station",
        "broadcaster", "studio", "studios", "label", "company", "firm", "group", "band", "show", "programme", "program",
        "agency", "council", "committee", "organisation", "organization", "association", "society", "union", "club",
        "festival", "foundation", "trust", "charity", "institute", "journal", "bulletin", "radio", "TV", "television",
    };

    /// "said Le Figaro newspaper", "the magazine Variety said": the name belongs to a publication or a body.
    private static bool NamesOrganisation(string text, Group name)
    {
        var after = text[(name.Index + name.Length)..].TrimStart();
        var nextWord = new string(after.TakeWhile(char.IsLetter).ToArray());
        var before = text[..name.Index].TrimEnd();
        var previousWord = before[(before.LastIndexOf(' ') + 1)..];
        // "said Vera Drake star Imelda Staunton": a role after the name means the name was a title.
        var roleAfter = nextWord.Length > 0 && char.IsLower(nextWord[0]) && Gazetteer.PersonRoles.Contains(nextWord);
        return roleAfter || OrganisationNouns.Contains(nextWord) || (OrganisationNouns.Contains(previousWord) && previousWord != "TV");
    }

    /// Patterns that name the speaker in the quote's own sentence are the ones a "who said it?" can trust.
    /// A bare quote right after a named speaker's quote: theirs, as sure as the naming itself.
    public const string ContinuationOfNamed = "continuation of named";

    public static readonly IReadOnlySet<string> NamingPatterns = new HashSet<string>(StringComparer.Ordinal) { "Q, S V", "Q, V S", "S V, Q", "according to S" };

    private static string Named(string pattern, string name) =>
        Lexicon.GenderOfPronoun(name) != 0 || name is "They" or "they" or "I" or "We" or "we" ? pattern + " (pronoun)" : pattern;

    /// "he said" is only as sure as the pronoun. It is trusted only for the most recent named person of that
    /// gender shown speaking (a quote of theirs, or their name beside a reporting verb) in this sentence or the
    /// two before, with nobody else who could be "he" named since; anything less is a guess.
    private static double PronounConfidence(ArticleAnalysis a, Sentence s, string name, double confidence, Person resolved, QuoteSpan? previous)
    {
        var gender = Lexicon.GenderOfPronoun(name);
        if (gender == 0)
        {
            return confidence;
        }

        const double Unsure = 0.65;
        if (Lexicon.GenderOf(resolved.FirstName) != gender)
        {
            return Unsure;
        }

        var shownAt = -1;
        if (previous is not null && previous.Speaker == resolved && s.Index - previous.Sentence <= 2 && previous.Confidence >= 0.9)
        {
            shownAt = previous.Sentence;
        }

        for (var k = s.Index; k >= Math.Max(0, s.Index - 2) && shownAt < k; k--)
        {
            if (ShownSpeaking(a, a.Sentences[k], resolved))
            {
                shownAt = k;
            }
        }

        if (shownAt < 0)
        {
            return Unsure;
        }

        for (var k = shownAt; k <= s.Index; k++)
        {
            foreach (var mention in a.Mentions[k])
            {
                var g = Lexicon.GenderOf(mention.Person.FirstName);
                if (!mention.Pronoun && mention.Person != resolved && !a.Sentences[k].Tokens[mention.Start].InQuote && (g == 0 || g == gender))
                {
                    return Unsure;
                }
            }
        }

        return confidence;
    }

    /// The person named (not by pronoun) right beside a reporting verb: "Cowell said", "said Cowell", "Cowell, 45, told".
    private static bool ShownSpeaking(ArticleAnalysis a, Sentence s, Person person)
    {
        foreach (var m in a.Mentions[s.Index])
        {
            // ("Tony Blair's official spokesman said": the spokesman speaks.)
            if (m.Pronoun || m.Person != person || s.Tokens[m.Start].InQuote || m.Possessive)
            {
                continue;
            }

            for (var k = m.End; k < Math.Min(s.Tokens.Count, m.End + 3); k++)
            {
                if (Lexicon.IsReportingVerb(s.Tokens[k].Text))
                {
                    return true;
                }
            }

            if (m.Start > 0 && Lexicon.IsReportingVerb(s.Tokens[m.Start - 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// Maps the captured name to a known person: the whole text, then shorter tails ("As Krasinski" → "Krasinski").
    private static Person? Resolve(ArticleAnalysis a, Sentence s, string name, int charIndex, bool allowNew = true)
    {
        if (name is "He" or "he" or "She" or "she")
        {
            var tokenIndex = s.Tokens.TakeWhile(t => t.Start < charIndex).Count();
            // Find the pronoun token nearest the captured position.
            for (var i = 0; i < s.Tokens.Count; i++)
            {
                if (s.Tokens[i].Text.Equals(name, StringComparison.Ordinal) && !s.Tokens[i].InQuote)
                {
                    tokenIndex = i;
                    if (s.Tokens[i].Start >= charIndex)
                    {
                        break;
                    }
                }
            }

            return ArticleAnalyzer.ResolvePronoun(a, s, tokenIndex);
        }

        if (name is "They" or "they" or "I" or "We" or "we")
        {
            return null;
        }

        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var found = ResolveKnown(a, parts);
        if (found is not null || !allowNew)
        {
            return found;
        }

        // A speaker the person finder could not name on its own: a mononym ("Bono said") or an unlisted given name.
        var tail = parts.Length > 3 ? parts[^3..] : parts;
        var candidate = string.Join(' ', tail.SkipWhile(p => Gazetteer.PersonRoles.Contains(p) || Gazetteer.Honorifics.Contains(p.TrimEnd('.')) || Gazetteer.StopCapitalized.Contains(p))).TrimEnd('.');
        if (candidate.Length < 2 || Gazetteer.StopCapitalized.Contains(candidate) || !ArticleAnalyzer.LooksLikePersonName(candidate) || candidate.All(c => !char.IsLower(c)))
        {
            return null;
        }

        // A bare surname: the earliest full name in the article that ends with it ("directed by Baz Luhrmann").
        if (!candidate.Contains(' ', StringComparison.Ordinal))
        {
            var full = EarlierFullName(a, candidate);
            if (full is null && !IsKnownMononym(candidate, s, charIndex))
            {
                return null;
            }

            candidate = full ?? candidate;
        }

        var person = a.FindPerson(candidate) ?? new Person(candidate, s.Index);
        if (!a.Persons.Contains(person))
        {
            a.Persons.Add(person);
        }

        return person;
    }

    private static string? EarlierFullName(ArticleAnalysis a, string surname)
    {
        foreach (var sentence in a.Sentences)
        {
            foreach (var (start, end) in ArticleAnalyzer.CapitalizedRuns(sentence.Tokens))
            {
                if (end - start is 2 or 3 && sentence.Tokens[end - 1].Bare == surname && !Gazetteer.StopCapitalized.Contains(sentence.Tokens[start].Bare)
                    && !Gazetteer.PersonRoles.Contains(sentence.Tokens[start].Bare))
                {
                    return ArticleAnalyzer.JoinBare(sentence.Tokens, start, end);
                }
            }
        }

        return null;
    }

    /// A one-word speaker is believable when the article calls them by a role ("U2 frontman Bono said") or they are
    /// a well-known mononym; otherwise a capitalised word before "said" is as likely a company or a headline word.
    private static bool IsKnownMononym(string name, Sentence s, int charIndex)
    {
        if (Gazetteer.PeopleEntertainment.Contains(name) || Gazetteer.PeopleGeneral.Contains(name))
        {
            return true;
        }

        var at = s.Text.IndexOf(name, Math.Max(0, charIndex - 1), StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var before = s.Text[..at].TrimEnd();
        var lastSpace = before.LastIndexOf(' ');
        var previousWord = before[(lastSpace + 1)..];
        return Gazetteer.PersonRoles.Contains(previousWord);
    }

    private static Person? ResolveKnown(ArticleAnalysis a, string[] parts)
    {
        for (var skip = 0; skip < parts.Length; skip++)
        {
            var candidate = string.Join(' ', parts.Skip(skip)).TrimEnd('.');
            if (candidate.EndsWith("'s", StringComparison.Ordinal) || candidate.EndsWith("’s", StringComparison.Ordinal))
            {
                return null;
            }

            if (Gazetteer.Outlets.Contains(candidate))
            {
                return null;
            }

            foreach (var p in a.Persons)
            {
                if (p.FullName == candidate || p.Surname == candidate)
                {
                    return p;
                }
            }

            foreach (var p in a.Persons)
            {
                if (p.FirstName == candidate)
                {
                    return p;
                }
            }
        }

        return null;
    }

    /// Speech, not a scare quote or a title: a capitalised start and at least three words.
    private static bool IsSpeech(string text)
    {
        var t = text.TrimStart('\'', '‘', '.', '…', ' ');
        if (t.Length == 0 || !char.IsUpper(t[0]))
        {
            return false;
        }

        // (Counted, not split: only whether there are three words is wanted.)
        var words = 0;
        foreach (var range in t.AsSpan().Split(' '))
        {
            words += range.End.Value > range.Start.Value ? 1 : 0;
        }

        if (words < 3 || ArticleAnalyzer.LooksLikeTitle(t))
        {
            return false;
        }

        // Shouted script directions ("JIM KISSES PAM!!!") are not speech.
        return t.Any(char.IsLower);
    }

    private static bool IsBareQuote(string sentence, string left, string right) =>
        string.IsNullOrWhiteSpace(left) && right.Trim().Trim('.', ',').Length == 0 && sentence.Length > 0;

    private static string CleanQuote(string text)
    {
        var t = text.Trim();
        if (t.EndsWith(','))
        {
            t = t[..^1] + ".";
        }

        return t;
    }
}
