using System.Security.Cryptography;
using System.Text;

namespace TriviaBot.Knowledge.Ingestion;

/// Article ids: the first 12 hex characters of SHA-256 over "relative/path\n" + title + "\n" + paragraphs
/// joined by "\n\n". The path is relative to the folder that was loaded and always uses '/', and the text is
/// the cleaned, normalised text (LF, NFC, single spaces), so the same file gives the same id on every run and
/// machine; editing the article or moving it gives a new id, which is what invalidates questions built from it.
/// 48 bits keep collisions negligible for any realistic library while staying readable in logs and commands.
internal static class ArticleId
{
    public static string Compute(string relativePath, string title, IReadOnlyList<string> paragraphs)
    {
        var builder = new StringBuilder(relativePath.Length + title.Length + 64);
        builder.Append(relativePath.Replace('\\', '/')).Append('\n').Append(title).Append('\n');
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (i > 0)
            {
                builder.Append("\n\n");
            }

            builder.Append(paragraphs[i]);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString()));
        return Convert.ToHexStringLower(hash)[..12];
    }
}
