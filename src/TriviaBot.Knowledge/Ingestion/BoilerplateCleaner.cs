using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace TriviaBot.Knowledge.Ingestion;

/// Removes the non-article text that scraped and pasted articles carry: photo credits, "Originally published"
/// notes, share widgets, embedded tweets, image ids and taglines repeated through the article.
///
/// Input paragraphs may hold several lines ('\n'); whole lines are dropped when they are boilerplate, and
/// credits glued into a line are cut out of it. Output keeps the surviving lines of each paragraph joined by
/// '\n' with whitespace collapsed, and drops paragraphs left empty. Rules are anchored to whole lines or to
/// credit-shaped fragments so a real sentence that mentions, say, Getty Images survives.
public static partial class BoilerplateCleaner
{
    // Repeated lines longer than this are content (a quote said twice), not a tagline.
    private const int MaxTaglineWords = 12;
    private const int MaxBoilerplateLineChars = 240;

    private static readonly SearchValues<string> AgencyProbe = SearchValues.Create(
        ["getty", "reuters", "shutterstock", "wireimage", "filmmagic", "ap photo", "afp", "pa images", "pa media",
         "epa", "alamy", "invision", "bloomberg", "corbis", "rex", "splash news", "backgrid", "nurphoto", "sopa",
         "lightrocket", "sipa", "redux", "contour", "istock", "unsplash", "associated press", "/ap", "ap/", "/pa"],
        StringComparison.OrdinalIgnoreCase);

    // The names s_trailingAgency takes, as written (AgencyProbe's "epa" is in "separate": it lets most long lines through).
    private static readonly SearchValues<string> TrailingAgencyProbe = SearchValues.Create(
        ["Getty Images", "Shutterstock", "WireImage", "FilmMagic"], StringComparison.Ordinal);

    private static readonly SearchValues<string> LabelProbe = SearchValues.Create(
        ["photo", "image source", "image credit", "picture", "credit"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> PhotoByProbe = SearchValues.Create(
        ["(photo", "(image", "(picture"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> UnusualWhitespace = SearchValues.Create(
        "\t\n\r\v\f\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u200B\u200C\u200D\u2028\u2029\u202F\u205F\u3000\uFEFF");

    private static readonly SearchValues<string> ImageIdProbe = SearchValues.Create(
        ["gettyimages-", ".jpg", ".jpeg", ".png", ".gif", ".webp"], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> ShareWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "this", "article", "story", "post", "on", "facebook", "twitter", "x", "tweet", "pin", "it", "copy",
        "link", "email", "print", "whatsapp", "linkedin", "pinterest", "reddit", "via", "flipboard", "copied",
        "messenger", "save", "comments", "comment",
    };

    private static readonly HashSet<string> ShareTriggers = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "tweet", "pin", "copy", "email", "print", "whatsapp", "linkedin", "pinterest", "facebook",
    };

    public static IReadOnlyList<string> Clean(IReadOnlyList<string> paragraphs)
    {
        var lines = new List<List<string>>(paragraphs.Count);
        var lineCounts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var paragraph in paragraphs)
        {
            var kept = new List<string>();
            foreach (var raw in paragraph.Split('\n'))
            {
                var line = CleanLine(raw);
                if (line.Length == 0)
                {
                    continue;
                }

                kept.Add(line);
                if (TitleDetector.CountWords(line, MaxTaglineWords + 1) <= MaxTaglineWords)
                {
                    lineCounts[line] = lineCounts.GetValueOrDefault(line) + 1;
                }
            }

            lines.Add(kept);
        }

        var result = new List<string>(lines.Count);
        foreach (var kept in lines)
        {
            // A short line seen twice or more is a tagline or a caption repeated by the page template.
            kept.RemoveAll(line => lineCounts.TryGetValue(line, out var count) && count > 1);
            if (kept.Count > 0)
            {
                result.Add(string.Join('\n', kept));
            }
        }

        return result;
    }

    /// Cleans one line: "" when the whole line is boilerplate, else the line with glued credits removed.
    public static string CleanLine(string line)
    {
        var text = CollapseWhitespace(line);
        if (text.Length == 0 || IsBoilerplateLine(text))
        {
            return string.Empty;
        }

        // Each pattern runs only when a cheap vectorised probe says it could match: article lines are long and
        // almost never contain boilerplate, so this keeps cleaning linear and fast.
        var span = text.AsSpan();
        if (span.StartsWith("originally", StringComparison.OrdinalIgnoreCase))
        {
            text = OriginallyPublishedPrefix().Replace(text, string.Empty);
        }

        if (span.Contains("originally", StringComparison.OrdinalIgnoreCase))
        {
            text = s_originallyPublishedSuffix.Replace(text, string.Empty);
        }

        if (span.Contains('/') && span.IndexOfAny(AgencyProbe) >= 0)
        {
            text = s_inlineSlashCredit.Replace(text, string.Empty);
        }

        if (span.IndexOfAny(PhotoByProbe) >= 0)
        {
            text = InlinePhotoBy().Replace(text, string.Empty);
        }

        if (span.IndexOfAny(LabelProbe) >= 0 && span.IndexOfAny(AgencyProbe) >= 0)
        {
            text = s_inlineLabelledCredit.Replace(text, string.Empty);
        }

        if (span.IndexOfAny(AgencyProbe) >= 0 && text.AsSpan().IndexOfAny(TrailingAgencyProbe) >= 0)
        {
            text = s_trailingAgency.Replace(text, string.Empty);
        }

        if (span.Contains("pic.twitter", StringComparison.OrdinalIgnoreCase))
        {
            text = PicTwitter().Replace(text, string.Empty);
        }

        if (span.IndexOfAny(ImageIdProbe) >= 0)
        {
            text = s_inlineImageId.Replace(text, string.Empty);
        }

        text = CollapseWhitespace(text);
        return text.Length == 0 || IsBoilerplateLine(text) ? string.Empty : text;
    }

    // Whole-line boilerplate is short; a long line is prose and only a pasted tweet can still condemn it.
    internal static bool IsBoilerplateLine(string line) =>
        line.Length > MaxBoilerplateLineChars
            ? line.Contains("(@", StringComparison.Ordinal) && TweetSignature().IsMatch(line)
            : IsShortBoilerplateLine(line);

    private static bool IsShortBoilerplateLine(string line) =>
        SlashCreditLine().IsMatch(line)
        || LabelledCreditLine().IsMatch(line)
        || PhotoByLine().IsMatch(line)
        || AgencyLine().IsMatch(line)
        || OriginallyPublishedLine().IsMatch(line)
        || TweetSignature().IsMatch(line)
        || ImageIdLine().IsMatch(line)
        || IsShareWidget(line);

    private static bool IsShareWidget(string line)
    {
        var words = 0;
        var trigger = false;
        foreach (var range in line.AsSpan().SplitAny(" |·•/,:-–—"))
        {
            var word = line.AsSpan(range).Trim();
            if (word.IsEmpty)
            {
                continue;
            }

            words++;
            var w = word.ToString();
            if (!ShareWords.Contains(w))
            {
                return false;
            }

            trigger |= ShareTriggers.Contains(w);
        }

        return trigger && words <= 8;
    }

    internal static string CollapseWhitespace(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(UnusualWhitespace) < 0 && !span.Contains("  ", StringComparison.Ordinal)
            && (span.IsEmpty || (span[0] != ' ' && span[^1] != ' ')))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            // Zero-width characters come from pasted web text and would defeat the line patterns.
            if (ch is '\u200B' or '\u200C' or '\u200D' or '\uFEFF')
            {
                continue;
            }

            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(ch);
        }

        return builder.Length == text.Length ? text : builder.ToString();
    }

    private const string Agencies =
        "Getty Images|Getty|AP Photo|AP|Associated Press|Reuters|AFP|Shutterstock|WireImage|FilmMagic|PA Images|"
        + "PA Media|PA Wire|PA|EPA|EPA-EFE|Alamy|Invision|Bloomberg|Corbis|Rex Features|REX|Splash News|"
        + "Backgrid|NurPhoto|SOPA Images|LightRocket|Sipa USA|Redux|Contour|iStock|Unsplash";

    // "Michael Tran/FilmMagic/Getty Images", "AP Photo/Evan Vucci": short name-like segments joined by slashes,
    // with two slashes or a known agency so "and/or" on its own line is not taken for a credit.
    private const string CreditSegment = @"[\p{L}\p{M}.'’&\-]+(?: [\p{L}\p{M}.'’&\-]+){0,3}";

    [GeneratedRegex(@"^(?=[^/]*/[^/]*/|.*\b(?:" + Agencies + @")\b)(?:" + CreditSegment + @" ?/ ?){1,4}" + CreditSegment + "$", RegexOptions.IgnoreCase)]
    private static partial Regex SlashCreditLine();

    [GeneratedRegex(@"^(?:photo(?:graph)?s?|pictures?|images?|credits?|photo credit|image credit|image source|picture source|photography)\s*(?:by\s*)?[:,]\s*\S.{0,120}$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledCreditLine();

    [GeneratedRegex(@"^\(?(?:photo|photograph|image|picture)s? (?:by|courtesy of|via|from)\b[^()]{0,120}\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PhotoByLine();

    [GeneratedRegex(@"^(?:" + Agencies + @")(?:\s*(?:via|/|for)\s*(?:" + Agencies + @"))*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex AgencyLine();

    [GeneratedRegex(@"^(?:originally published\b[^.!?]{0,40}|this (?:article|story|post|piece) (?:was |is )?originally (?:published|appeared)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex OriginallyPublishedLine();

    // "Originally Published: March 3, 2020 The show ..." keeps the text after the stamp.
    [GeneratedRegex(@"^Originally Published:?\s*(?:(?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})(?:,? \d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?: [A-Z]{2,4})?)?)?\s*", RegexOptions.IgnoreCase)]
    private static partial Regex OriginallyPublishedPrefix();

    // Glued to the end of the last paragraph, sometimes without a space before the next word ("onbusiness").
    // The `s_…` regexes are interpreted, not source-generated: each runs rarely enough (or compiles to a large enough
    // matcher) that JIT-compiling it at start-up would cost more than interpreting it saves (bench: jit_ms).
    private static readonly Regex s_originallyPublishedSuffix = new(@"\s*\bThis (?:article|story|post|piece) (?:was |is )?originally (?:published|appeared)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // "— Jane Doe (@jane) March 3, 2020" closes a tweet pasted as text; the line is the tweet.
    [GeneratedRegex(@"[—–-]\s*[^()\n]{1,80}\(@\w{1,15}\)\s*(?:\p{L}{3,9}\.? \d{1,2},? \d{4})?\s*$")]
    private static partial Regex TweetSignature();

    [GeneratedRegex(@"\s*\b(?:https?://)?pic\.twitter\.com/\w+")]
    private static partial Regex PicTwitter();

    [GeneratedRegex(@"^(?:GettyImages-\d+|IMG[_-]?\d+|DSC[_-]?\d+|image\d+|photo\d+|[\w\-]+\.(?:jpe?g|png|gif|webp|tiff?))(?:\.(?:jpe?g|png|gif|webp))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ImageIdLine();

    private static readonly Regex s_inlineImageId = new(@"\s*\b(?:GettyImages-\d+|IMG[_-]\d+\.(?:jpe?g|png|gif|webp)|DSC[_-]?\d+\.(?:jpe?g|png))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A slash credit glued after a sentence: "...smooch. M. Tran/FilmMagic/Getty Images".
    private static readonly Regex s_inlineSlashCredit = new(@"(?<=^|[.!?”""]\s?)\s*(?:[\p{Lu}][\p{L}\p{M}.'’\-]*\s){0,3}[\p{Lu}][\p{L}\p{M}.'’\-]*(?:/[\p{L}\p{M}.'’&\- ]{1,30}){0,3}/\s?(?:" + Agencies + @")\b(?=\s|$)");

    [GeneratedRegex(@"\s*\((?:photo|photograph|image|picture)s? (?:by|courtesy of|via)\b[^()]{0,120}\)", RegexOptions.IgnoreCase)]
    private static partial Regex InlinePhotoBy();

    private static readonly Regex s_inlineLabelledCredit = new(@"(?<=^|[.!?”""]\s?)\s*(?:Photo|Image source|Image credit|Photo credit|Credit|Picture):?,?\s+(?:[\p{L}.'’\-]+\s){0,4}?(?:" + Agencies + @")\b(?:/[\p{L} ]{1,30})?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // A bare agency name glued between sentences or at the end; a sentence about the agency ("Getty Images
    // reported ...") is followed by a lowercase word and survives.
    private static readonly Regex s_trailingAgency = new(@"(?<=[.!?”""])\s*\b(?:Getty Images|Shutterstock|WireImage|FilmMagic)\b(?=\s*$|\s+[\p{Lu}“""])");
}
