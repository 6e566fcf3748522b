using System.Security.Cryptography;
using System.Text;

namespace TriviaBot.Knowledge;

/// Content-derived ids: the same input gives the same id on every run and machine, so stored scores, reports and
/// retirements keep pointing at the same question.
public static class StableId
{
    public static string Of(string prefix, params string?[] parts)
    {
        var joined = string.Join('\u001f', parts.Select(p => p ?? string.Empty));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(joined), hash);
        return prefix + "-" + Convert.ToHexStringLower(hash[..6]);
    }
}
