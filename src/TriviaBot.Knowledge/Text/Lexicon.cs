using System.Collections.Frozen;

namespace TriviaBot.Knowledge.Text;

/// Closed-class English words the rules lean on: pronouns, reporting verbs, hedges, relative time.
public static class Lexicon
{
    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static readonly FrozenSet<string> SubjectPronouns = Set("he", "she", "they", "we", "i", "you", "it");

    public static readonly FrozenSet<string> PersonalPronouns = Set(
        "he", "she", "they", "him", "her", "them", "his", "hers", "their", "theirs", "himself", "herself",
        "themselves", "he'd", "she'd", "he's", "she's", "they're", "they'd", "they've", "he'll", "she'll", "they'll",
        "he’d", "she’d", "he’s", "she’s", "they’re", "they’d", "they’ve");

    public static readonly FrozenSet<string> FirstPersonPronouns = Set(
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "i'm", "i’m", "i've", "i’ve",
        "i'd", "i’d", "we're", "we’re", "you're", "you’re", "you'd", "you’d", "you'll", "you’ll", "you've", "you’ve");

    /// Past participles that don't end in "-ed": "It was made…", "It has been shown…".
    public static readonly FrozenSet<string> IrregularParticiples = Set(
        "made", "shown", "seen", "written", "sold", "won", "given", "taken", "known", "set", "based", "built", "held", "led", "run",
        "brought", "bought", "begun", "become", "put", "shot", "hit", "found", "told", "left", "kept", "sent", "spent", "sung",
        "drawn", "grown", "chosen", "broken", "stolen", "beaten", "cut", "read", "done", "gone", "thrown", "met", "paid");

    /// Past tenses that don't end in "-ed": "It went on to gross…", "It took…".
    public static readonly FrozenSet<string> IrregularPasts = Set(
        "went", "took", "made", "won", "sold", "became", "began", "came", "got", "saw", "told", "left", "ran", "hit", "drew", "grew",
        "held", "led", "brought", "bought", "put", "set", "shot", "found", "kept", "sent", "spent", "sang", "beat", "cut", "met", "paid");

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

    /// Months and days of the week: a date, never a name ("the role in January").
    public static readonly FrozenSet<string> MonthsAndDays = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

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

    // Enough given names to keep "she" from resolving to a man and "he" to a woman; unknown names stay neutral.
    public static readonly FrozenSet<string> FemaleNames = Set(
        "Jenna", "Angela", "Emily", "Pam", "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
        "Jessica", "Sarah", "Karen", "Nancy", "Lisa", "Betty", "Margaret", "Sandra", "Ashley", "Kimberly", "Donna",
        "Michelle", "Dorothy", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura",
        "Cynthia", "Kathleen", "Amy", "Shirley", "Anna", "Brenda", "Pamela", "Nicole", "Emma", "Samantha",
        "Katherine", "Christine", "Debra", "Rachel", "Catherine", "Carolyn", "Janet", "Ruth", "Maria", "Heather",
        "Diane", "Virginia", "Julie", "Joyce", "Victoria", "Olivia", "Kelly", "Christina", "Lauren", "Joan",
        "Evelyn", "Judith", "Megan", "Cheryl", "Andrea", "Hannah", "Martha", "Jacqueline", "Frances", "Gloria",
        "Ann", "Teresa", "Kathryn", "Sara", "Janice", "Jean", "Alice", "Madison", "Doris", "Abigail", "Julia",
        "Judy", "Grace", "Denise", "Amber", "Marilyn", "Beverly", "Danielle", "Theresa", "Sophia", "Marie", "Diana",
        "Brittany", "Natalie", "Isabella", "Charlotte", "Rose", "Alexis", "Kayla", "Kate", "Kylie", "Madonna",
        "Beyonce", "Beyoncé", "Britney", "Whitney", "Celine", "Nicola", "Kirsty", "Kirsten", "Scarlett", "Natalie",
        "Keira", "Cate", "Helen", "Judi", "Maggie", "Angelina", "Nicole", "Gwyneth", "Halle", "Oprah", "Hilary",
        "Hillary", "Condoleezza", "Tessa", "Ruth", "Gillian", "Sienna", "Charlize", "Reese", "Renee", "Renée",
        "Joss", "Dido", "Norah", "Lindsay", "Jessica", "Paris", "Sheryl", "Jane", "Jill", "Lucy", "Sophie", "Claire",
        "Fiona", "Gemma", "Joanna", "Louise", "Natasha", "Penelope", "Salma", "Uma", "Winona", "Zoe", "Jodie",
        "Kim", "Sally", "Shania", "Tina", "Vanessa", "Venus", "Serena", "Paula", "Kelly", "Amelie", "Anne", "Carla",
        "Tracey", "Tracy", "Jo", "Liz", "Margot", "Mindy", "Ellie", "Ms", "Mrs", "Miss", "Dame", "Lady", "Queen",
        "Princess");

    public static readonly FrozenSet<string> MaleNames = Set(
        "John", "Ken", "Jim", "Robert", "Clint", "Howard", "Dennis", "Bruce", "Michael", "James", "David", "William",
        "Richard", "Joseph", "Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Donald", "Mark",
        "Paul", "Steven", "Steve", "Andrew", "Kenneth", "Joshua", "Kevin", "Brian", "George", "Edward", "Ronald",
        "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry",
        "Justin", "Scott", "Brandon", "Benjamin", "Samuel", "Gregory", "Frank", "Alexander", "Raymond", "Patrick",
        "Jack", "Jerry", "Tyler", "Aaron", "Jose", "Adam", "Henry", "Nathan", "Douglas", "Zachary", "Peter", "Kyle",
        "Walter", "Ethan", "Jeremy", "Harold", "Keith", "Christian", "Roger", "Noah", "Gerald", "Carl", "Terry",
        "Sean", "Austin", "Arthur", "Lawrence", "Jesse", "Dylan", "Bryan", "Joe", "Jordan", "Billy", "Bruce",
        "Albert", "Willie", "Gabriel", "Logan", "Alan", "Juan", "Wayne", "Roy", "Ralph", "Randy", "Eugene",
        "Vincent", "Russell", "Elijah", "Louis", "Bobby", "Philip", "Phil", "Johnny", "Tony", "Tom", "Gordon",
        "Thierry", "Sven", "Arsene", "Arsène", "Jose", "Alex", "Ian", "Tim", "Simon", "Martin", "Colin", "Graham",
        "Neil", "Nigel", "Gavin", "Jonny", "Rio", "Frank", "Steven", "Ben", "Sam", "Matt", "Chris", "Danny",
        "Robbie", "Elton", "Mick", "Keith", "Bono", "Sting", "Prince", "Eminem", "Brad", "Leonardo", "Johnny",
        "Russell", "Jamie", "Hugh", "Colin", "Ewan", "Jude", "Orlando", "Clive", "Ricky", "Tony", "Gordon", "Jeremy",
        "Mr", "Sir", "Lord", "King", "Prince", "Pope", "Rainn", "Barack", "Bill", "Ed");

    /// +1 male, -1 female, 0 unknown.
    public static int GenderOf(string firstName) =>
        FemaleNames.Contains(firstName) || Gazetteer.FemaleNames.Contains(firstName) ? -1
        : MaleNames.Contains(firstName) || Gazetteer.MaleNames.Contains(firstName) ? 1 : 0;

    public static int GenderOfPronoun(string pronoun) => pronoun.ToLowerInvariant() switch
    {
        "he" or "him" or "his" or "himself" or "he'd" or "he’d" or "he's" or "he’s" or "he'll" => 1,
        "she" or "her" or "hers" or "herself" or "she'd" or "she’d" or "she's" or "she’s" or "she'll" => -1,
        _ => 0,
    };

    public static bool IsReportingVerb(string word) => Gazetteer.ReportingVerbs.Contains(word);
}
