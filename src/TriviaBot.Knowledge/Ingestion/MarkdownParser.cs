using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace TriviaBot.Knowledge.Ingestion;

/// Markdown through Markdig's syntax tree: headings and paragraphs (also inside lists and quotes) become
/// paragraphs; code, HTML and images are dropped. The first heading is the title.
internal static class MarkdownParser
{
    // Front matter is metadata, not prose; the extension makes Markdig skip it instead of rendering it as text.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseYamlFrontMatter().Build();

    public static ParsedDocument Parse(string text)
    {
        var document = Markdown.Parse(text, Pipeline);
        string? title = null;
        var paragraphs = new List<string>();
        foreach (var block in document.Descendants())
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var headingText = InlineText(heading.Inline).Replace('\n', ' ').Trim();
                    if (title is null && paragraphs.Count == 0 && headingText.Length > 0)
                    {
                        title = headingText;
                    }
                    else if (headingText.Length > 0)
                    {
                        paragraphs.Add(headingText);
                    }

                    break;
                case ParagraphBlock paragraph:
                    var paragraphText = InlineText(paragraph.Inline).Trim();
                    if (paragraphText.Length > 0)
                    {
                        paragraphs.Add(paragraphText);
                    }

                    break;
            }
        }

        return new ParsedDocument(title, paragraphs);
    }

    private static string InlineText(ContainerInline? container)
    {
        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString();
    }

    private static void Append(ContainerInline? container, StringBuilder builder)
    {
        if (container is null)
        {
            return;
        }

        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case LineBreakInline:
                    // Keep source lines apart so the cleaner can drop a credit line inside a paragraph.
                    builder.Append('\n');
                    break;
                case LinkInline { IsImage: true }:
                    break;
                case ContainerInline nested:
                    Append(nested, builder);
                    break;
            }
        }
    }
}
