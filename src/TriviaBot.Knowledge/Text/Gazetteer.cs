using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Text;

namespace TriviaBot.Knowledge.Text;

/// <summary>
/// Word lists embedded under <c>Resources/*.txt</c> (one entry per line, <c>#</c> comments), each loaded once on first use.
/// Sets compare with <see cref="StringComparer.OrdinalIgnoreCase"/> except <see cref="Outlets"/>, which is case-sensitive.
/// Distractor pools also come as <see cref="IReadOnlyList{T}"/> in file order (sorted case-insensitively).
/// </summary>
public static class Gazetteer
{
    private const string ResourcePrefix = "TriviaBot.Knowledge.Resources.";

    /// <summary>File names of every embedded list.</summary>
    internal static readonly IReadOnlyList<string> ResourceFiles =
    [
        "first-names.txt", "honorifics.txt", "person-roles.txt", "reporting-verbs.txt", "outlets.txt", "stop-capitalized.txt",
        "tv-shows.txt", "tv-episodes.txt", "podcasts.txt", "films.txt", "people-entertainment.txt", "people-general.txt",
        "organisations.txt", "places.txt", "countries.txt", "female-names.txt", "male-names.txt", "mononyms.txt",
    ];

    private static readonly Lazy<FrozenSet<string>> s_firstNames = LazySet("first-names.txt");
    private static readonly Lazy<FrozenSet<string>> s_honorifics = LazySet("honorifics.txt");
    private static readonly Lazy<FrozenSet<string>> s_personRoles = LazySet("person-roles.txt");
    private static readonly Lazy<FrozenSet<string>> s_reportingVerbs = LazySet("reporting-verbs.txt");
    private static readonly Lazy<FrozenSet<string>> s_outlets = LazySet("outlets.txt", StringComparer.Ordinal);
    private static readonly Lazy<FrozenSet<string>> s_stopCapitalized = LazySet("stop-capitalized.txt");
    private static readonly Lazy<FrozenSet<string>> s_femaleNames = LazySet("female-names.txt");
    private static readonly Lazy<FrozenSet<string>> s_maleNames = LazySet("male-names.txt");

    private static readonly Lazy<Pool> s_tvShows = LazyPool("tv-shows.txt");
    private static readonly Lazy<Pool> s_tvEpisodes = LazyPool("tv-episodes.txt");
    private static readonly Lazy<Pool> s_podcasts = LazyPool("podcasts.txt");
    private static readonly Lazy<Pool> s_films = LazyPool("films.txt");
    private static readonly Lazy<Pool> s_peopleEntertainment = LazyPool("people-entertainment.txt");
    private static readonly Lazy<Pool> s_peopleGeneral = LazyPool("people-general.txt");
    private static readonly Lazy<Pool> s_organisations = LazyPool("organisations.txt");
    private static readonly Lazy<Pool> s_places = LazyPool("places.txt");
    private static readonly Lazy<FrozenSet<string>> s_countries = LazySet("countries.txt");
    private static readonly Lazy<FrozenDictionary<string, int>> s_mononyms = new(() => ReadEntries("mononyms.txt")
        .Select(line => line.Split(' '))
        .ToFrozenDictionary(parts => parts[0], parts => parts[^1] == "f" ? -1 : 1, StringComparer.Ordinal));

    /// <summary>Performers known by one name ("Eminem", "Jamelia") and their gender (1 male, -1 female).</summary>
    public static FrozenDictionary<string, int> Mononyms => s_mononyms.Value;

    /// <summary>Common given names (single tokens). Sentence-start word clashes such as "Will" and "May" are excluded.</summary>
    public static FrozenSet<string> FirstNames => s_firstNames.Value;

    /// <summary>A given name by either list: the shipped names or the gendered ones ("Mark", left out of
    /// <see cref="FirstNames"/> as a common word, is a man's name).</summary>
    public static bool IsGivenName(string word) => FirstNames.Contains(word) || Lexicon.GenderOf(word) != 0;

    /// <summary>A place or a country by the shipped lists.</summary>
    public static bool IsPlace(string name) => Places.Contains(name) || Countries.Contains(name);

    /// <summary>Given names that are (almost) only women's.</summary>
    public static FrozenSet<string> FemaleNames => s_femaleNames.Value;

    /// <summary>Given names that are (almost) only men's.</summary>
    public static FrozenSet<string> MaleNames => s_maleNames.Value;

    /// <summary>Single-token titles before a name ("Mr", "Dr", "Sir", "President"). Abbreviations carry no full stop.</summary>
    public static FrozenSet<string> Honorifics => s_honorifics.Value;

    /// <summary>Lowercase role nouns, one or two words ("director", "co-star", "chief executive").</summary>
    public static FrozenSet<string> PersonRoles => s_personRoles.Value;

    /// <summary>Speech-introducing verbs in their news inflections ("said", "admits", "recalled").</summary>
    public static FrozenSet<string> ReportingVerbs => s_reportingVerbs.Value;

    /// <summary>News outlets, magazines, broadcasters and agencies ("Metro", "The Guardian"). Case-sensitive.</summary>
    public static FrozenSet<string> Outlets => s_outlets.Value;

    /// <summary>Capitalised tokens that are never part of a person name (function words, days, months, nationalities...).</summary>
    public static FrozenSet<string> StopCapitalized => s_stopCapitalized.Value;

    /// <summary>Distractor pool: TV series.</summary>
    public static FrozenSet<string> TvShows => s_tvShows.Value.Set;

    /// <summary>Distractor pool: TV series, in file order.</summary>
    public static IReadOnlyList<string> TvShowsOrdered => s_tvShows.Value.Ordered;

    /// <summary>Distractor pool: named TV episodes.</summary>
    public static FrozenSet<string> TvEpisodes => s_tvEpisodes.Value.Set;

    /// <summary>Distractor pool: named TV episodes, in file order.</summary>
    public static IReadOnlyList<string> TvEpisodesOrdered => s_tvEpisodes.Value.Ordered;

    /// <summary>Distractor pool: podcasts.</summary>
    public static FrozenSet<string> Podcasts => s_podcasts.Value.Set;

    /// <summary>Distractor pool: podcasts, in file order.</summary>
    public static IReadOnlyList<string> PodcastsOrdered => s_podcasts.Value.Ordered;

    /// <summary>Distractor pool: feature films.</summary>
    public static FrozenSet<string> Films => s_films.Value.Set;

    /// <summary>Distractor pool: feature films, in file order.</summary>
    public static IReadOnlyList<string> FilmsOrdered => s_films.Value.Ordered;

    /// <summary>Distractor pool: entertainment people (full names).</summary>
    public static FrozenSet<string> PeopleEntertainment => s_peopleEntertainment.Value.Set;

    /// <summary>Distractor pool: entertainment people, in file order.</summary>
    public static IReadOnlyList<string> PeopleEntertainmentOrdered => s_peopleEntertainment.Value.Ordered;

    /// <summary>Distractor pool: public figures (politicians, business, sport).</summary>
    public static FrozenSet<string> PeopleGeneral => s_peopleGeneral.Value.Set;

    /// <summary>Distractor pool: public figures, in file order.</summary>
    public static IReadOnlyList<string> PeopleGeneralOrdered => s_peopleGeneral.Value.Ordered;

    /// <summary>Distractor pool: companies, organisations and clubs.</summary>
    public static FrozenSet<string> Organisations => s_organisations.Value.Set;

    /// <summary>Distractor pool: companies, organisations and clubs, in file order.</summary>
    public static IReadOnlyList<string> OrganisationsOrdered => s_organisations.Value.Ordered;

    /// <summary>Distractor pool: countries and major cities.</summary>
    public static FrozenSet<string> Places => s_places.Value.Set;

    /// <summary>Distractor pool: countries and major cities, in file order.</summary>
    public static IReadOnlyList<string> PlacesOrdered => s_places.Value.Ordered;

    /// <summary>The countries and UK nations among <see cref="Places"/> (the rest are cities).</summary>
    public static FrozenSet<string> Countries => s_countries.Value;

    /// <summary>Reads an embedded list's entries in file order: trimmed, skipping blank and <c>#</c> lines (duplicates kept).</summary>
    internal static IReadOnlyList<string> ReadEntries(string fileName)
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"Embedded word list '{fileName}' not found.");
        using var reader = new StreamReader(stream, Encoding.UTF8);

        var entries = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var entry = line.Trim();
            if (entry.Length > 0 && entry[0] != '#')
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static Lazy<FrozenSet<string>> LazySet(string fileName, StringComparer? comparer = null) =>
        new(() => ReadEntries(fileName).ToFrozenSet(comparer ?? StringComparer.OrdinalIgnoreCase));

    private static Lazy<Pool> LazyPool(string fileName) =>
        new(() =>
        {
            var entries = ReadEntries(fileName);
            var set = entries.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
            var ordered = new ReadOnlyCollection<string>(entries.Distinct(StringComparer.OrdinalIgnoreCase).ToArray());
            return new Pool(set, ordered);
        });

    private sealed record Pool(FrozenSet<string> Set, IReadOnlyList<string> Ordered);
}
