using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace TriviaBot.Knowledge.Ingestion;

/// HTML: SmartReader finds the main content (dropping navigation, footers, sidebars); AngleSharp turns it
/// into paragraphs. Embedded tweets, scripts and figure captions are removed before extraction.
internal static class HtmlParser
{
    private const string Noise =
        "script, style, noscript, template, iframe, svg, figcaption, blockquote.twitter-tweet, blockquote.instagram-media";

    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, pre, blockquote";
    private const string Chrome = "nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo]";

    // SmartReader needs an absolute URI only to resolve relative links, which we never follow.
    private static readonly Uri BaseUri = new("https://article.invalid/");

    public static ParsedDocument Parse(string html, string fileName)
    {
        var parser = new AngleSharp.Html.Parser.HtmlParser();
        var document = parser.ParseDocument(html);
        var pageTitle = NullIfBlank(document.Title);
        var firstH1 = NullIfBlank(document.QuerySelector("h1")?.TextContent);
        RemoveAll(document, Noise);

        var reader = new SmartReader.Reader(new Uri(BaseUri, Uri.EscapeDataString(fileName)).AbsoluteUri, document);
        var article = reader.GetArticle();
        var title = NullIfBlank(article.Title) ?? pageTitle ?? firstH1;

        List<string> paragraphs = [];
        if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
        {
            paragraphs = Extract(parser.ParseDocument(article.Content).Body);
        }

        if (paragraphs.Count == 0)
        {
            // Short pages fall under SmartReader's length threshold; strip the page chrome ourselves instead.
            var fallback = parser.ParseDocument(html);
            RemoveAll(fallback, Noise);
            RemoveAll(fallback, Chrome);
            paragraphs = Extract(fallback.Body);
        }

        if (title is not null && paragraphs.Count > 0 && string.Equals(paragraphs[0], title, StringComparison.Ordinal))
        {
            paragraphs.RemoveAt(0);
        }

        return new ParsedDocument(title, paragraphs);
    }

    private static List<string> Extract(IHtmlElement? root)
    {
        var paragraphs = new List<string>();
        if (root is null)
        {
            return paragraphs;
        }

        foreach (var element in root.QuerySelectorAll(Blocks))
        {
            // A <p> inside an <li> or <blockquote> would otherwise be emitted twice.
            if (element.QuerySelector(Blocks) is not null && element.LocalName is not "p" and not "pre")
            {
                continue;
            }

            var text = BoilerplateCleaner.CollapseWhitespace(element.TextContent);
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }
        }

        if (paragraphs.Count == 0)
        {
            var text = BoilerplateCleaner.CollapseWhitespace(root.TextContent);
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }
        }

        return paragraphs;
    }

    private static void RemoveAll(IDocument document, string selector)
    {
        foreach (var element in document.QuerySelectorAll(selector).ToList())
        {
            element.Remove();
        }
    }

    private static string? NullIfBlank(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return BoilerplateCleaner.CollapseWhitespace(text);
    }
}
