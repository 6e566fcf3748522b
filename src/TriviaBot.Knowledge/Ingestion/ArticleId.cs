using System.Buffers;
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
        // Hashed piece by piece (each piece a whole string, so its UTF-8 is the same as in one joined string): no copy
        // of the article's text is made.
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            Append(sha, relativePath.Replace('\\', '/'), ref buffer);
            Append(sha, "\n", ref buffer);
            Append(sha, title, ref buffer);
            Append(sha, "\n", ref buffer);
            for (var i = 0; i < paragraphs.Count; i++)
            {
                if (i > 0)
                {
                    Append(sha, "\n\n", ref buffer);
                }

                Append(sha, paragraphs[i], ref buffer);
            }

            Span<byte> hash = stackalloc byte[32];
            sha.GetHashAndReset(hash);
            return Convert.ToHexStringLower(hash[..6]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static void Append(IncrementalHash sha, string text, ref byte[] buffer)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (needed > buffer.Length)
        {
            // (Rented before the old one goes back: a failed rent leaves the caller's buffer to return once.)
            var larger = ArrayPool<byte>.Shared.Rent(needed);
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = larger;
        }

        var written = Encoding.UTF8.GetBytes(text, buffer);
        sha.AppendData(buffer, 0, written);
    }
}
