using NSec.Cryptography;

namespace TriviaBot.LocalDiscord;

/// <summary>Signs HTTP interactions the way Discord does: Ed25519 over UTF-8(timestamp) ‖ body.</summary>
internal sealed class Ed25519Signer : IDisposable
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly Key _key;

    private Ed25519Signer(Key key)
    {
        _key = key;
        PublicKey = key.PublicKey.Export(KeyBlobFormat.RawPublicKey);
    }

    public byte[] PublicKey { get; }
    public string PublicKeyHex => Convert.ToHexStringLower(PublicKey);

    public static Ed25519Signer Create() =>
        new(Key.Create(Algorithm, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }));

    public static Ed25519Signer FromSeed(ReadOnlySpan<byte> seed) =>
        new(Key.Import(Algorithm, seed, KeyBlobFormat.RawPrivateKey, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport }));

    public byte[] Sign(ReadOnlySpan<byte> message) => Algorithm.Sign(_key, message);

    public string SignHex(string timestamp, ReadOnlySpan<byte> body)
    {
        var ts = System.Text.Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[ts.Length + body.Length];
        ts.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(ts.Length));
        return Convert.ToHexStringLower(Sign(message));
    }

    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature)
    {
        if (publicKey.Length != 32 || signature.Length != 64)
        {
            return false;
        }
        var key = NSec.Cryptography.PublicKey.Import(Algorithm, publicKey, KeyBlobFormat.RawPublicKey);
        return Algorithm.Verify(key, message, signature);
    }

    public void Dispose() => _key.Dispose();
}
