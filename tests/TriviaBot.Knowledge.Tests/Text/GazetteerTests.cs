using TriviaBot.Knowledge.Text;

namespace TriviaBot.Knowledge.Tests.Text;

public class GazetteerTests
{
    public static TheoryData<string> ResourceFiles => new(Gazetteer.ResourceFiles);

    private static IEnumerable<IReadOnlyCollection<string>> AllSets =>
    [
        Gazetteer.FirstNames, Gazetteer.Honorifics, Gazetteer.PersonRoles, Gazetteer.ReportingVerbs, Gazetteer.Outlets,
        Gazetteer.StopCapitalized, Gazetteer.TvShows, Gazetteer.TvEpisodes, Gazetteer.Podcasts, Gazetteer.Films,
        Gazetteer.PeopleEntertainment, Gazetteer.PeopleGeneral, Gazetteer.Organisations, Gazetteer.Places,
    ];

    private static IEnumerable<IReadOnlyList<string>> DistractorLists =>
    [
        Gazetteer.TvShowsOrdered, Gazetteer.TvEpisodesOrdered, Gazetteer.PodcastsOrdered, Gazetteer.FilmsOrdered,
        Gazetteer.PeopleEntertainmentOrdered, Gazetteer.PeopleGeneralOrdered, Gazetteer.OrganisationsOrdered, Gazetteer.PlacesOrdered,
    ];

    [Fact]
    public void Properties_AllLists_AreNonEmpty()
    {
        Assert.All(AllSets, set => Assert.NotEmpty(set));
        Assert.All(DistractorLists, list => Assert.NotEmpty(list));
    }

    [Fact]
    public void FirstNames_John_IsFirstName() => Assert.Contains("John", (IReadOnlySet<string>)Gazetteer.FirstNames);

    [Fact]
    public void FirstNames_LowercaseJohn_MatchesIgnoringCase() => Assert.Contains("john", (IReadOnlySet<string>)Gazetteer.FirstNames);

    [Theory]
    [InlineData("Will")]
    [InlineData("May")]
    [InlineData("Mark")]
    public void FirstNames_AmbiguousWord_IsNotFirstName(string word) => Assert.DoesNotContain(word, (IReadOnlySet<string>)Gazetteer.FirstNames);

    [Fact]
    public void Outlets_Metro_IsOutlet() => Assert.Contains("Metro", (IReadOnlySet<string>)Gazetteer.Outlets);

    [Fact]
    public void ReportingVerbs_Said_IsReportingVerb() => Assert.Contains("said", (IReadOnlySet<string>)Gazetteer.ReportingVerbs);

    [Theory]
    [InlineData("Casino Night")]
    [InlineData("Office Ladies")]
    [InlineData("Ken Kwapis")]
    public void DistractorPools_ArticleAnswer_IsAbsent(string answer)
    {
        Assert.All(DistractorLists, list => Assert.DoesNotContain(answer, list, StringComparer.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void ReadEntries_EachList_HasNoCaseInsensitiveDuplicates(string fileName)
    {
        var entries = Gazetteer.ReadEntries(fileName);

        var duplicates = entries.GroupBy(e => e, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key);

        Assert.NotEmpty(entries);
        Assert.Empty(duplicates);
    }
}
