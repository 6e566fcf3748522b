using Microsoft.Extensions.Logging.Abstractions;
using TriviaBot.Knowledge.Ingestion;

namespace TriviaBot.Knowledge.Tests.Ingestion;

public sealed class ArticleIdTests : IDisposable
{
    private readonly TempDir _first = new();
    private readonly TempDir _second = new();
    private readonly ArticleLoader _loader = new(NullLogger<ArticleLoader>.Instance);

    public void Dispose()
    {
        _first.Dispose();
        _second.Dispose();
    }

    private string IdOf(TempDir dir) => Assert.Single(_loader.Load(dir.Path).Articles).Id;

    [Fact]
    public void Id_SameContentAndRelativePathInDifferentRoots_IsEqual()
    {
        _first.Write("news/a.txt", "Title\n\nBody text.");
        _second.Write("news/a.txt", "Title\r\n\r\nBody   text.\r\n");

        Assert.Equal(IdOf(_first), IdOf(_second));
    }

    [Fact]
    public void Id_ChangedContent_Differs()
    {
        _first.Write("a.txt", "Title\n\nBody text.");
        _second.Write("a.txt", "Title\n\nBody text, edited.");

        Assert.NotEqual(IdOf(_first), IdOf(_second));
    }

    [Fact]
    public void Id_SameContentDifferentRelativePath_Differs()
    {
        _first.Write("a.txt", "Title\n\nBody text.");
        _second.Write("b.txt", "Title\n\nBody text.");

        Assert.NotEqual(IdOf(_first), IdOf(_second));
    }

    [Fact]
    public void Id_IsTwelveLowercaseHexCharacters()
    {
        _first.Write("a.txt", "Title\n\nBody text.");

        Assert.Matches("^[0-9a-f]{12}$", IdOf(_first));
    }

    [Fact]
    public void Id_KnownInput_IsStableAcrossRuns()
    {
        // Pinned so an accidental change to the id scheme (which would orphan stored questions) fails loudly.
        Assert.Equal(PinnedId, ArticleId.Compute("a.txt", "Title", ["Body text."]));
    }

    private const string PinnedId = "f1c572218cdf";
}
