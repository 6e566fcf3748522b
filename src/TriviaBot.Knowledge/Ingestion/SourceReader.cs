using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace TriviaBot.Knowledge.Ingestion;

/// The text of a file, or why there is none.
internal readonly record struct SourceText(string? Text, string? SkipReason);

/// Reads a file into normalised text (LF line ends, NFC), refusing what is not an article: too large, empty,
/// binary, or unreadable. Never throws for a file's content or an IO failure.
internal static class SourceReader
{
    private const int SniffBytes = 8192;

    // Above this share of control bytes a file is data, not text (plain text has almost none besides \t\n\r).
    private const double MaxControlShare = 0.10;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static SourceText Read(string path, long maxBytes)
    {
        byte[] bytes;
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            var length = RandomAccess.GetLength(handle);
            if (length > maxBytes)
            {
                return Skip(string.Create(CultureInfo.InvariantCulture, $"larger than {maxBytes / (1024 * 1024)} MB ({length / (1024.0 * 1024.0):0.0} MB)"));
            }

            bytes = new byte[length];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = RandomAccess.Read(handle, bytes.AsSpan(read), read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            if (read < bytes.Length)
            {
                Array.Resize(ref bytes, read);
            }
        }
        catch (UnauthorizedAccessException)
        {
            return Skip("unreadable: Permission denied");
        }
        catch (IOException ex)
        {
            return Skip("unreadable: " + DescribeIoError(ex, path));
        }

        return Decode(bytes);
    }

    internal static SourceText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return Skip("empty file");
        }

        string text;
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            // UTF-16 text is full of NUL bytes, so it must be recognised by its BOM before the binary check.
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            text = encoding.GetString(bytes[2..]);
        }
        else
        {
            if (LooksBinary(bytes))
            {
                return Skip("binary file");
            }

            if (bytes is [0xEF, 0xBB, 0xBF, ..])
            {
                bytes = bytes[3..];
            }

            // Invalid UTF-8 is almost always a legacy Windows file; 1252 maps every byte, so decoding cannot fail.
            text = Utf8.IsValid(bytes) ? StrictUtf8.GetString(bytes) : Windows1252.Value.GetString(bytes);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Skip("empty file");
        }

        if (text.Contains('\r', StringComparison.Ordinal))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        return new SourceText(text, null);
    }

    internal static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes.Length > SniffBytes ? bytes[..SniffBytes] : bytes;
        if (sample.Contains((byte)0))
        {
            return true;
        }

        var control = 0;
        foreach (var b in sample)
        {
            if ((b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C) || b == 0x7F)
            {
                control++;
            }
        }

        return control > sample.Length * MaxControlShare;
    }

    // IO messages carry the full path in varying shapes; the reason should be the cause alone.
    private static string DescribeIoError(IOException ex, string path)
    {
        var message = ex.Message.Replace(path, string.Empty, StringComparison.Ordinal);
        var cut = message.IndexOf(" : ''", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        message = message.Replace("''", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('.', ':').Trim();
        return message.Length == 0 ? ex.GetType().Name : message;
    }

    private static SourceText Skip(string reason) => new(null, reason);
}
