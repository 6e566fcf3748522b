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
        var hash = new XxHash128();
        ReadOnlySpan<char> separator = ['\u001f'];
        foreach (var part in parts)
        {
            hash.Append(MemoryMarshal.AsBytes((part ?? string.Empty).AsSpan()));
            hash.Append(MemoryMarshal.AsBytes(separator));
        }

        Span<byte> digest = stackalloc byte[16];
        hash.GetCurrentHash(digest);
        return prefix + "-" + Convert.ToHexStringLower(digest[..6]);
    }
}
