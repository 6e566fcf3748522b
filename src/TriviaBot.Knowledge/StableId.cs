using System.Buffers;
using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace TriviaBot.Knowledge;

/// Content-derived ids: the same input gives the same id on every run and machine, so stored scores, reports and
/// retirements keep pointing at the same question. XxHash128 (not a cryptographic hash: nothing here is secret, and
/// the pipeline makes tens of thousands of ids at start-up), 48 bits shown.
public static class StableId
{
    public static string Of(string prefix, params string?[] parts)
    {
        // The parts, each followed by a separator, hashed in one go: the same hash as appending them one by one,
        // without a hasher object per id.
        var length = 0;
        foreach (var part in parts)
        {
            length += (part?.Length ?? 0) + 1;
        }

        char[]? rented = null;
        var text = length <= 512 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        try
        {
            var at = 0;
            foreach (var part in parts)
            {
                part.AsSpan().CopyTo(text[at..]);
                at += part?.Length ?? 0;
                text[at++] = Separator;
            }

            Span<byte> digest = stackalloc byte[16];
            XxHash128.Hash(MemoryMarshal.AsBytes(text), digest);
            return prefix + "-" + Convert.ToHexStringLower(digest[..6]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private const char Separator = '\u001f';
}
