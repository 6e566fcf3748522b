using System.Text;
using Microsoft.Extensions.Logging;
using TriviaBot.Knowledge.Ingestion;

namespace TriviaBot.Knowledge.Tests.Ingestion;

public sealed class ArticleLoaderBadInputTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly RecordingLogger<ArticleLoader> _logger = new();

    public void Dispose() => _dir.Dispose();

    private IngestResult LoadFolder() => new ArticleLoader(_logger).Load(_dir.Path);

    private void WriteGoodArticle() => _dir.Write("good.txt", "A good title\n\nThe body of a good article has a sentence.");

    [Fact]
    public void Load_EmptyFile_SkipsWithReasonAndLoadsOthers()
    {
        WriteGoodArticle();
        var empty = _dir.Write("empty.txt", string.Empty);

        var result = LoadFolder();

        Assert.Single(result.Articles);
        Assert.Equal(new SkippedFile(empty, "empty file"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Load_WhitespaceOnlyFile_SkipsAsEmpty()
    {
        var blank = _dir.Write("blank.txt", "  \n\t\n   \r\n");

        var result = LoadFolder();

        Assert.Equal(new SkippedFile(blank, "empty file"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Load_FileWithNulBytes_SkipsAsBinary()
    {
        var binary = _dir.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x0D, 0x0A, 0x1A, 0x0A]);

        var result = LoadFolder();

        Assert.Equal(new SkippedFile(binary, "binary file"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Load_FileFullOfControlCharacters_SkipsAsBinary()
    {
        var bytes = new byte[400];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i % 3 == 0 ? 0x01 : 'a');
        }

        var binary = _dir.WriteBytes("data.txt", bytes);

        var result = LoadFolder();

        Assert.Equal(new SkippedFile(binary, "binary file"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Load_InvalidUtf8_DecodesAsWindows1252()
    {
        _dir.WriteBytes("cafe.txt", Encoding.ASCII.GetBytes("Menu\n\nWe met at the caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(" downtown.")).ToArray());

        var result = LoadFolder();

        Assert.Empty(result.Skipped);
        Assert.Equal("We met at the café downtown.", Assert.Single(Assert.Single(result.Articles).Paragraphs));
    }

    [Fact]
    public void Load_FileOverFiveMegabytes_SkipsWithSize()
    {
        WriteGoodArticle();
        var big = _dir.Write("big.txt", new string('a', (int)(ArticleLoader.MaxFileBytes + (1.2 * 1024 * 1024))));

        var result = LoadFolder();

        Assert.Single(result.Articles);
        Assert.Equal(new SkippedFile(big, "larger than 5 MB (6.2 MB)"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Load_UnreadableFile_SkipsAsUnreadableAndLoadsOthers()
    {
        WriteGoodArticle();
        var locked = MakeUnreadable("locked.txt");

        var result = LoadFolder();

        Assert.Single(result.Articles);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal(locked, skipped.Path);
        Assert.StartsWith("unreadable: ", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NoTextAfterCleaning_Skips()
    {
        var onlyCredits = _dir.Write("credits.txt", "Getty Images\n\nShare this article\n\nMichael Tran/FilmMagic/Getty Images");

        var result = LoadFolder();

        Assert.Equal(new SkippedFile(onlyCredits, "no text after cleaning"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Load_MissingRoot_ReturnsNotFound()
    {
        var missing = Path.Combine(_dir.Path, "nope");

        var result = new ArticleLoader(_logger).Load(missing);

        Assert.Equal(new SkippedFile(missing, "not found"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Load_UnknownExtensionInFolder_IgnoredSilently()
    {
        WriteGoodArticle();
        _dir.Write("notes.pdf", "%PDF-1.4");

        var result = LoadFolder();

        Assert.Empty(result.Skipped);
    }

    [Fact]
    public void Load_UnknownExtensionGivenExplicitly_SkipsWithReason()
    {
        var pdf = _dir.Write("notes.pdf", "%PDF-1.4");

        var result = new ArticleLoader(_logger).Load(pdf);

        Assert.Equal(new SkippedFile(pdf, "unsupported file type (.pdf)"), Assert.Single(result.Skipped));
    }

    [Fact]
    public void Load_SeveralBadFiles_LogsExactlyOneWarningPerSkip()
    {
        WriteGoodArticle();
        _dir.Write("empty.txt", string.Empty);
        _dir.WriteBytes("binary.txt", [0, 1, 2, 3]);
        _dir.Write("credits.md", "Getty Images");

        var result = LoadFolder();

        var warnings = _logger.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message).ToList();
        Assert.Equal(result.Skipped.Count, warnings.Count);
        Assert.All(result.Skipped, s => Assert.Single(warnings, w => w.Contains(s.Path, StringComparison.Ordinal) && w.Contains(s.Reason, StringComparison.Ordinal)));
    }

    // Permissions do not stop root, so fall back to a symlink that points at itself: opening it fails with a
    // real IO error (ELOOP) for every user.
    private string MakeUnreadable(string name)
    {
        var path = _dir.Write(name, "Title\n\nSome text that nobody may read.");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.None);
        }

        if (CanRead(path))
        {
            File.Delete(path);
            File.CreateSymbolicLink(path, path);
        }

        Assert.False(CanRead(path));
        return path;
    }

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
