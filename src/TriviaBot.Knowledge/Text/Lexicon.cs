using System.Collections.Frozen;

namespace TriviaBot.Knowledge.Text;

/// Closed-class English words the rules lean on: pronouns, reporting verbs, hedges, relative time.
public static class Lexicon
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> ReportingVerbs = Set(
        "said", "says", "say", "told", "tells", "tell", "admitted", "admits", "recalled", "recalls", "agreed", "agrees",
        "added", "adds", "joked", "jokes", "revealed", "reveals", "tweeted", "tweets", "explained", "explains", "noted",
        "notes", "insisted", "insists", "claimed", "claims", "argued", "argues", "warned", "warns", "stressed",
        "stresses", "asked", "asks", "replied", "replies", "answered", "wrote", "writes", "continued", "continues",
        "confessed", "confesses", "declared", "declares", "remarked", "commented", "comments", "observed",
        "suggested", "suggests", "acknowledged", "acknowledges", "announced", "announces", "laughed", "quipped",
        "gushed", "shared", "posted", "predicted", "predicts", "maintained", "maintains", "conceded", "concedes",
        "cautioned", "urged", "urges", "boasted", "boasts", "mused", "reflected", "recounted", "described",
        "describes", "added", "responded", "responds", "shouted", "whispered", "exclaimed", "concluded", "pointed",
        "confirmed", "confirms", "denied", "denies", "promised", "promises", "vowed", "vows", "saying", "telling",
        "adding", "explaining", "admitting", "recalling", "joking", "writing");

    public static readonly FrozenSet<string> SubjectPronouns = Set("he", "she", "they", "we", "i", "you", "it");

    public static readonly FrozenSet<string> PersonalPronouns = Set(
        "he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs", "himself", "herself",
        "themselves", "he'd", "she'd", "he's", "she's", "they're", "they'd", "they've", "he'll", "she'll", "they'll",
        "he’d", "she’d", "he’s", "she’s", "they’re", "they’d", "they’ve");

    public static readonly FrozenSet<string> FirstPersonPronouns = Set(
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "i'm", "i’m", "i've", "i’ve",
        "i'd", "i’d", "we're", "we’re", "you're", "you’re", "you'd", "you’d", "you'll", "you’ll", "you've", "you’ve");

    public static readonly FrozenSet<string> DemonstrativeStarts = Set(
        "this", "that", "these", "those", "it", "its", "it's", "it’s", "such", "both", "another", "other", "others",
        "there", "here", "which", "who", "whom", "whose", "so", "also");

    public static readonly FrozenSet<string> Hedges = Set(
        "reportedly", "allegedly", "rumoured", "rumored", "apparently", "supposedly", "possibly", "perhaps",
        "maybe", "might", "may", "could", "likely", "unlikely", "probably", "speculation", "speculated", "believed",
        "thought", "expected", "rumour", "rumor", "claims", "claimed", "alleged", "purportedly", "seemingly",
        "unconfirmed", "would");

    public static readonly FrozenSet<string> RelativeTime = Set(
        "yesterday", "today", "tomorrow", "tonight", "recently", "recent", "lately", "currently", "now", "soon",
        "later", "earlier", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "weekend", "ago", "last", "next", "this");

    /// Words after "last"/"next"/"this" that make a relative time ("last year", "this week").
    public static readonly FrozenSet<string> TimeUnits = Set(
        "year", "years", "month", "months", "week", "weeks", "day", "days", "season", "summer", "winter", "spring",
        "autumn", "fall", "night", "weekend", "time", "decade", "century", "january", "february", "march", "april",
        "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "morning", "evening", "afternoon");

    public static readonly FrozenSet<string> Auxiliaries = Set(
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "should", "must", "did",
        "does", "do", "shall", "may", "might", "been", "be", "being");

    public static readonly FrozenSet<string> FunctionWords = Set(
        "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "into",
        "about", "after", "before", "over", "under", "than", "that", "this", "these", "those", "it", "its", "is", "was",
        "be", "been", "are", "were", "has", "have", "had", "not", "no", "so", "if", "when", "while", "up", "out",
        "off", "who", "which", "what", "where", "why", "how", "all", "any", "some", "more", "most", "such", "only",
        "own", "same", "too", "very", "can", "will", "just", "also", "his", "her", "their", "our", "my", "your",
        "he", "she", "they", "we", "i", "you", "him", "them", "us", "me", "do", "did", "does", "said", "says");

    public static readonly FrozenSet<string> WorkKinds = Set(
        "episode", "podcast", "show", "series", "sitcom", "drama", "film", "movie", "album", "single", "song",
        "track", "book", "novel", "play", "musical", "documentary", "game", "programme", "program", "soap", "comedy",
        "thriller", "biopic");

    public static bool IsReportingVerb(string word) => ReportingVerbs.Contains(word);
}
