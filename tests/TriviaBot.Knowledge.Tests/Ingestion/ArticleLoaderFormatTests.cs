using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using TriviaBot.Knowledge.Ingestion;

namespace TriviaBot.Knowledge.Tests.Ingestion;

public sealed class ArticleLoaderFormatTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly ArticleLoader _loader = new(NullLogger<ArticleLoader>.Instance);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Load_TextWithShortFirstLine_UsesItAsTitle()
    {
        var path = _dir.Write("a.txt", "Moon landing anniversary\n\nFifty years ago two men walked on the Moon.\n\nThey came back.");

        var article = Assert.Single(_loader.Load(path).Articles);

        Assert.Equal("Moon landing anniversary", article.Title);
        Assert.Equal(["Fifty years ago two men walked on the Moon.", "They came back."], article.Paragraphs);
    }

    [Fact]
    public void Load_TextWhoseFirstLineIsASentence_KeepsItInBody()
    {
        var path = _dir.Write("a.txt", "The first line is a full sentence.\n\nAnd a second paragraph follows.");

        var article = Assert.Single(_loader.Load(path).Articles);

        Assert.Equal("The first line is a full sentence.", article.Paragraphs[0]);
    }

    [Fact]
    public void Load_HardWrappedParagraph_JoinsLinesWithSpaces()
    {
        var path = _dir.Write("a.txt", "Title here\n\nThis paragraph was wrapped\nby an editor at a narrow width.");

        var article = Assert.Single(_loader.Load(path).Articles);

        Assert.Equal("This paragraph was wrapped by an editor at a narrow width.", Assert.Single(article.Paragraphs));
    }

    [Fact]
    public void Load_CrLfLineEnds_TreatedLikeLf()
    {
        var path = _dir.Write("a.txt", "Title here\r\n\r\nBody text here.\r\n");

        var article = Assert.Single(_loader.Load(path).Articles);

        Assert.Equal(("Title here", "Body text here."), (article.Title, Assert.Single(article.Paragraphs)));
    }

    [Fact]
    public void Load_Markdown_TakesFirstHeadingAsTitleAndPlainParagraphText()
    {
        var path = _dir.Write("a.md", "---\nauthor: someone\n---\n# The **Big** Match\n\nThe *home* side won [easily](https://x.test).\n\n![photo](img.png)\n\n```\ncode is not prose\n```\n\n## Aftermath\n\n- Fans celebrated.\n");

        var article = Assert.Single(_loader.Load(path).Articles);

        Assert.Equal("The Big Match", article.Title);
        Assert.Equal(["The home side won easily.", "Aftermath", "Fans celebrated."], article.Paragraphs);
    }

    [Fact]
    public void Load_MarkdownWithoutHeading_UsesShortFirstLine()
    {
        var path = _dir.Write("a.markdown", "A title line\n\nThe body.");

        var article = Assert.Single(_loader.Load(path).Articles);

        Assert.Equal("A title line", article.Title);
    }

    [Fact]
    public void Load_HtmlWithNavAndFooter_ExtractsMainContent()
    {
        var body = string.Concat(Enumerable.Repeat("<p>The council approved the new bridge after a long debate that lasted until the early hours, with residents split on the cost.</p>", 6));
        var html = $"""
            <html><head><title>Bridge approved</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <article><h1>Bridge approved</h1>{body}
            <blockquote class="twitter-tweet"><p>Great news for the town!</p>&mdash; Mayor (@mayor) March 3, 2020</blockquote>
            </article>
            <footer><p>Copyright 2024 Example News. All rights reserved.</p></footer>
            </body></html>
            """;
        var path = _dir.Write("a.html", html);

        var article = Assert.Single(_loader.Load(path).Articles);

        Assert.Equal("Bridge approved", article.Title);
        Assert.All(article.Paragraphs, p => Assert.StartsWith("The council approved", p, StringComparison.Ordinal));
    }

    [Fact]
    public void Load_ShortHtml_FallsBackToBodyWithoutChrome()
    {
        var path = _dir.Write("a.htm", "<html><head><title>Short page</title></head><body><nav>Menu</nav><p>One short paragraph.</p><footer>Footer text</footer></body></html>");

        var article = Assert.Single(_loader.Load(path).Articles);

        Assert.Equal(("Short page", "One short paragraph."), (article.Title, Assert.Single(article.Paragraphs)));
    }

    [Fact]
    public void Load_Utf8Bom_IsNotPartOfTitle()
    {
        var path = _dir.WriteBytes("a.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("Title\n\nBody.")]);

        var article = Assert.Single(_loader.Load(path).Articles);

        Assert.Equal("Title", article.Title);
    }

    [Fact]
    public void Load_Folder_OrdersByRelativePathOrdinal()
    {
        _dir.Write("b/z.txt", "Z\n\nText z.");
        _dir.Write("a.txt", "A\n\nText a.");
        _dir.Write("B.txt", "B\n\nText B.");

        var titles = _loader.Load(_dir.Path).Articles.Select(a => a.Title);

        Assert.Equal(["B", "A", "Z"], titles);
    }
}
