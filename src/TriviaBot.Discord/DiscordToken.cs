namespace TriviaBot.Discord;

/// <summary>
/// The bot token. Its <see cref="ToString"/> redacts, so it can't leak through a log line, an exception message
/// or a debugger dump; only <see cref="Reveal"/> gives the secret, for the Authorization header and Identify.
/// Any format is accepted (real tokens, local-server tokens, other Discord-compatible servers' tokens).
/// </summary>
public sealed class DiscordToken
{
    private readonly string _secret;

    /// <summary>Wraps a token; leading/trailing white space and a leading "Bot " are removed.</summary>
    public DiscordToken(string secret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secret);
        var trimmed = secret.Trim();
        if (trimmed.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed[4..].Trim();
        }

        _secret = trimmed;
    }

    /// <summary>The secret itself. Call only where the protocol needs it.</summary>
    public string Reveal() => _secret;

    /// <summary>The value of the <c>Authorization</c> header.</summary>
    public string AuthorizationHeader => "Bot " + _secret;

    /// <summary>Always "[redacted]".</summary>
    public override string ToString() => "[redacted]";
}
