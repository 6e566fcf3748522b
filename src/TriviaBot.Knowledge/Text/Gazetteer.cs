using System.Collections.Frozen;

namespace TriviaBot.Knowledge.Text;

// TEMPORARY stub until the word lists land.
public static class Gazetteer
{
    private static FrozenSet<string> S(params string[] w) => w.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static FrozenSet<string> FirstNames { get; } = S("John", "Jenna", "Angela", "Ken", "Emily", "Robert", "Clint", "Howard", "Dennis", "Scarlett", "Bruce", "Jim", "Pam");
    public static FrozenSet<string> Honorifics { get; } = S("Mr", "Mrs", "Ms", "Dr", "Sir");
    public static FrozenSet<string> PersonRoles { get; } = S("director", "actor", "star", "president", "singer", "costar");
    public static FrozenSet<string> Outlets { get; } = S("Metro", "Variety", "BBC");
    public static FrozenSet<string> StopCapitalized { get; } = S("The", "A", "An", "But", "And", "When", "In", "On", "It", "He", "She", "They", "We", "I", "This", "That", "Oh", "So", "Now", "Yes", "Thanks", "Cover", "Saying", "People", "Something", "Tonight", "Hey", "Remember", "What", "Luckily", "Super", "According", "As", "During", "Back", "You", "Apparently", "Fischer");
    public static IReadOnlyList<string> TvShows { get; } = ["Friends", "Seinfeld", "Parks and Recreation", "Breaking Bad"];
    public static IReadOnlyList<string> TvEpisodes { get; } = ["Diversity Day", "The Dundies", "Dinner Party", "Threat Level Midnight"];
    public static IReadOnlyList<string> Podcasts { get; } = ["Serial", "SmartLess", "Armchair Expert", "This American Life"];
    public static IReadOnlyList<string> Films { get; } = ["Titanic", "Jaws", "Heat"];
    public static IReadOnlyList<string> PeopleEntertainment { get; } = ["Steve Carell", "Rainn Wilson", "Mindy Kaling", "Tom Hanks"];
    public static IReadOnlyList<string> PeopleGeneral { get; } = ["Tony Blair", "Bill Gates"];
}
