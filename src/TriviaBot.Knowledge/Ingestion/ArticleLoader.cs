using Microsoft.Extensions.Logging;

namespace TriviaBot.Knowledge.Ingestion;

/// Loads articles from a file or a folder tree (.txt, .md/.markdown, .html/.htm). Bad files are skipped with a
/// reason and one warning each; nothing about a file's content or readability makes Load throw.
public sealed class ArticleLoader(ILogger<ArticleLoader> logger)
{
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private enum Format
    {
        Unknown,
        Text,
        Markdown,
        Html,
    }

    public IngestResult Load(string path)
    {
        var articles = new List<Article>();
        var skipped = new List<SkippedFile>();
        if (File.Exists(path))
        {
            // A single file is its own root, so its id depends on its name, not on the folder it sits in.
            var format = FormatOf(path);
            if (format == Format.Unknown)
            {
                Skip(skipped, path, "unsupported file type (" + Extension(path) + ")");
            }
            else
            {
                LoadFile(path, Path.GetFileName(path), format, articles, skipped);
            }
        }
        else if (Directory.Exists(path))
        {
            foreach (var (fullPath, relativePath, format) in EnumerateArticles(path, skipped))
            {
                LoadFile(fullPath, relativePath, format, articles, skipped);
            }
        }
        else
        {
            Skip(skipped, path, "not found");
        }

        return new IngestResult(articles, skipped);
    }

    private List<(string FullPath, string RelativePath, Format Format)> EnumerateArticles(string root, List<SkippedFile> skipped)
    {
        var files = new List<(string, string, Format)>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        try
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", options))
            {
                var format = FormatOf(file);
                if (format != Format.Unknown)
                {
                    files.Add((file, Path.GetRelativePath(root, file).Replace('\\', '/'), format));
                }
            }
        }
        catch (UnauthorizedAccessException)
        {
            // Inaccessible subfolders are passed over by the options; this is the root itself refusing a listing.
            Skip(skipped, root, "unreadable folder: Permission denied");
        }
        catch (IOException ex)
        {
            Skip(skipped, root, "unreadable folder: " + ex.Message);
        }

        // Ordinal order makes runs reproducible regardless of file system enumeration order or culture.
        files.Sort(static (x, y) => string.CompareOrdinal(x.Item2, y.Item2));
        return files;
    }

    private void LoadFile(string fullPath, string relativePath, Format format, List<Article> articles, List<SkippedFile> skipped)
    {
        var source = SourceReader.Read(fullPath, MaxFileBytes);
        if (source.Text is null)
        {
            Skip(skipped, fullPath, source.SkipReason ?? "unreadable");
            return;
        }

        var parsed = format switch
        {
            Format.Markdown => MarkdownParser.Parse(source.Text),
            Format.Html => HtmlParser.Parse(source.Text, Path.GetFileName(fullPath)),
            _ => PlainTextParser.Parse(source.Text),
        };

        var cleaned = BoilerplateCleaner.Clean(parsed.Paragraphs);
        string title;
        List<string> lines;
        if (parsed.Title is { } formatTitle && BoilerplateCleaner.CleanLine(formatTitle) is { Length: > 0 } cleanTitle)
        {
            title = cleanTitle;
            lines = [.. cleaned];
        }
        else
        {
            (title, lines) = TitleDetector.Detect(cleaned);
        }

        var paragraphs = new List<string>(lines.Count);
        foreach (var paragraph in lines)
        {
            // Lines of one paragraph are hard wraps of the same prose.
            paragraphs.Add(paragraph.Replace('\n', ' '));
        }

        if (paragraphs.Count == 0)
        {
            Skip(skipped, fullPath, "no text after cleaning");
            return;
        }

        if (title.Length == 0)
        {
            title = TitleDetector.FallbackTitle(paragraphs[0]);
        }

        articles.Add(new Article(ArticleId.Compute(relativePath, title, paragraphs), title, fullPath, paragraphs));
    }

    private void Skip(List<SkippedFile> skipped, string path, string reason)
    {
        skipped.Add(new SkippedFile(path, reason));
        logger.LogWarning("Skipped article file {Path}: {Reason}", path, reason);
    }

    private static Format FormatOf(string path) => Extension(path) switch
    {
        ".txt" => Format.Text,
        ".md" or ".markdown" => Format.Markdown,
        ".html" or ".htm" => Format.Html,
        _ => Format.Unknown,
    };

    private static string Extension(string path) => Path.GetExtension(path).ToLowerInvariant();
}
