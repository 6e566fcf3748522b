using System.Buffers;
using System.Text;
using NSec.Cryptography;

namespace TriviaBot.Discord.Http;

/// <summary>Verifies Discord's <c>X-Signature-Ed25519</c> over UTF-8(<c>X-Signature-Timestamp</c>) ‖ raw body with
/// the application's public key. Every malformed input is simply "not verified".</summary>
public sealed class Ed25519SignatureVerifier
{
    private readonly PublicKey _key;

    /// <summary>Imports the application's public key (64 hex characters).</summary>
    /// <exception cref="ArgumentException">The key is not 32 bytes of hex.</exception>
    public Ed25519SignatureVerifier(string publicKeyHex)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(publicKeyHex);
        var bytes = new byte[32];
        if (publicKeyHex.Length != 64 || Convert.FromHexString(publicKeyHex, bytes, out _, out var written) != OperationStatus.Done || written != 32)
        {
            throw new ArgumentException("The Discord public key must be 64 hex characters (32 bytes).", nameof(publicKeyHex));
        }

        _key = PublicKey.Import(SignatureAlgorithm.Ed25519, bytes, KeyBlobFormat.RawPublicKey);
    }

    /// <summary>True when <paramref name="publicKeyHex"/> is 64 hex characters (32 bytes), as the constructor needs.</summary>
    public static bool IsValidPublicKey(string? publicKeyHex)
    {
        Span<byte> bytes = stackalloc byte[32];
        return publicKeyHex is { Length: 64 }
            && Convert.FromHexString(publicKeyHex, bytes, out _, out var written) == OperationStatus.Done && written == 32;
    }

    /// <summary>True only when the signature is 128 hex characters and verifies over timestamp ‖ body.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (signatureHex is null || timestamp is null || signatureHex.Length != 128)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[64];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != OperationStatus.Done || written != 64)
        {
            return false;
        }

        var message = new byte[Encoding.UTF8.GetByteCount(timestamp) + body.Length];
        var prefix = Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(prefix));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }
}
