using System.Buffers;
using System.Text.Json;

namespace TriviaBot.Discord.Gateway;

/// <summary>Gateway opcodes (v10).</summary>
public static class GatewayOpcode
{
    /// <summary>An event was dispatched.</summary>
    public const int Dispatch = 0;
    /// <summary>Heartbeat (both directions).</summary>
    public const int Heartbeat = 1;
    /// <summary>Starts a new session.</summary>
    public const int Identify = 2;
    /// <summary>Updates the bot's presence.</summary>
    public const int PresenceUpdate = 3;
    /// <summary>Resumes a previous session.</summary>
    public const int Resume = 6;
    /// <summary>The server asks the client to reconnect and resume.</summary>
    public const int Reconnect = 7;
    /// <summary>The session is invalid; <c>d</c> says whether it is resumable.</summary>
    public const int InvalidSession = 9;
    /// <summary>Sent on connect; carries <c>heartbeat_interval</c>.</summary>
    public const int Hello = 10;
    /// <summary>Acknowledges a heartbeat.</summary>
    public const int HeartbeatAck = 11;
}

/// <summary>Builds client frames with <see cref="Utf8JsonWriter"/> (no reflection). Identify and Resume are built
/// twice when logged: once with the secret for the wire, once with "[redacted]" for the log.</summary>
internal static class GatewayPayloads
{
    public const string Redacted = "[redacted]";

    public static byte[] Heartbeat(long? sequence) => Write(w =>
    {
        w.WriteNumber("op", GatewayOpcode.Heartbeat);
        if (sequence is { } s)
        {
            w.WriteNumber("d", s);
        }
        else
        {
            w.WriteNull("d");
        }
    });

    public static byte[] Identify(string token, int intents, int shardId, int shardCount, string os) => Write(w =>
    {
        w.WriteNumber("op", GatewayOpcode.Identify);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteNumber("intents", intents);
        w.WriteStartObject("properties");
        w.WriteString("os", os);
        w.WriteString("browser", "triviabot");
        w.WriteString("device", "triviabot");
        w.WriteEndObject();
        w.WriteStartArray("shard");
        w.WriteNumberValue(shardId);
        w.WriteNumberValue(shardCount);
        w.WriteEndArray();
        w.WriteEndObject();
    });

    public static byte[] Resume(string token, string sessionId, long? sequence) => Write(w =>
    {
        w.WriteNumber("op", GatewayOpcode.Resume);
        w.WriteStartObject("d");
        w.WriteString("token", token);
        w.WriteString("session_id", sessionId);
        if (sequence is { } s)
        {
            w.WriteNumber("seq", s);
        }
        else
        {
            w.WriteNull("seq");
        }

        w.WriteEndObject();
    });

    public static byte[] Frame(int opcode, JsonElement data) => Write(w =>
    {
        w.WriteNumber("op", opcode);
        w.WritePropertyName("d");
        data.WriteTo(w);
    });

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Appends <c>v=10&amp;encoding=json</c> to a gateway URL unless it already says so.</summary>
    public static Uri WithGatewayQuery(string url)
    {
        var builder = new UriBuilder(url);
        var query = builder.Query.TrimStart('?');
        var parts = query.Length == 0 ? new List<string>() : query.Split('&', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!parts.Exists(p => p.StartsWith("v=", StringComparison.Ordinal)))
        {
            parts.Add("v=10");
        }

        if (!parts.Exists(p => p.StartsWith("encoding=", StringComparison.Ordinal)))
        {
            parts.Add("encoding=json");
        }

        builder.Query = string.Join('&', parts);
        return builder.Uri;
    }

    public static string CurrentOs() =>
        OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "macos" : "linux";
}
