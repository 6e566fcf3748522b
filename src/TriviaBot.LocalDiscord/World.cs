using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TriviaBot.LocalDiscord;

internal sealed record SeededUser(string Id, string Username, string? GlobalName);
internal sealed record SeededChannel(string Id, string Name, string GuildId, int Position);
internal sealed record SeededGuild(string Id, string Name);

internal sealed class PendingInteraction
{
    public required string Id { get; init; }
    public required string Token { get; init; }
    public required int Type { get; init; }
    public required string ChannelId { get; init; }
    public string? GuildId { get; init; }
    public string? SourceMessageId { get; init; }
    public required SeededUser User { get; init; }
    public string? CommandName { get; init; }
    public long SentAt { get; set; }
    /// <summary>The accepted callback body (kept as text: thousands of pending interactions stay cheap to hold).</summary>
    public string? Response { get; set; }
    public string? OriginalMessageId { get; set; }
    public TaskCompletionSource<string> Responded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>The server's state: seeded users, the guild and its channels, messages, commands, interactions.</summary>
internal sealed class World
{
    public const string BotUserId = "1300000000000000002";
    public const string BotUsername = "TriviaBot";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<StoredMessage>> _messages = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredMessage> _messageIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Channel, string Nonce), (string MessageId, long At)> _nonces = [];
    private readonly List<JsonObject> _globalCommands = [];
    private readonly Dictionary<string, List<JsonObject>> _guildCommands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingInteraction> _interactionsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PendingInteraction> _interactionsByToken = new(StringComparer.Ordinal);
    private readonly SnowflakeGenerator _ids;
    private readonly TimeProvider _time;

    public World(SnowflakeGenerator ids, TimeProvider time, int extraChannels = 0)
    {
        _ids = ids;
        _time = time;
        Users.Add(new SeededUser("1300000000000000101", "alice", "Alice"));
        Users.Add(new SeededUser("1300000000000000102", "bob", "Bob"));
        Users.Add(new SeededUser("1300000000000000103", "carol", "Carol"));
        for (var i = 1; i <= 100; i++)
        {
            Users.Add(new SeededUser((1300000000000001000L + i).ToString(CultureInfo.InvariantCulture), $"user-{i}", $"User {i}"));
        }
        Guilds.Add(new SeededGuild("1300000000000000001", "TriviaBot Local"));
        Channels.Add(new SeededChannel("1300000000000000011", "general", Guilds[0].Id, 0));
        Channels.Add(new SeededChannel("1300000000000000012", "trivia", Guilds[0].Id, 1));
        Channels.Add(new SeededChannel("1300000000000000013", "random", Guilds[0].Id, 2));
        for (var i = 1; i <= extraChannels; i++)
        {
            Channels.Add(new SeededChannel((1300000000000002000L + i).ToString(CultureInfo.InvariantCulture), $"room-{i}", Guilds[0].Id, 2 + i));
        }
        foreach (var c in Channels)
        {
            _messages[c.Id] = [];
        }
    }

    public List<SeededUser> Users { get; } = [];
    public List<SeededGuild> Guilds { get; } = [];
    public List<SeededChannel> Channels { get; } = [];
    /// <summary>Live message changes, for the playground page.</summary>
    public MessageFeed Feed { get; } = new();

    public string NewId() => _ids.Next();

    public SeededUser ResolveUser(string userIdOrName)
    {
        var found = Users.Find(u => u.Id == userIdOrName || string.Equals(u.Username, userIdOrName, StringComparison.OrdinalIgnoreCase));
        if (found is not null)
        {
            return found;
        }
        lock (_gate)
        {
            found = Users.Find(u => u.Id == userIdOrName || string.Equals(u.Username, userIdOrName, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                found = ulong.TryParse(userIdOrName, NumberStyles.None, CultureInfo.InvariantCulture, out _)
                    ? new SeededUser(userIdOrName, "user-" + userIdOrName, null)
                    : new SeededUser(NewId(), userIdOrName, userIdOrName);
                Users.Add(found);
            }
            return found;
        }
    }

    public SeededChannel? ResolveChannel(string channelIdOrName)
    {
        var name = channelIdOrName.TrimStart('#');
        return Channels.Find(c => c.Id == channelIdOrName || string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
    }

    public static JsonObject UserJson(SeededUser u) => new()
    {
        ["id"] = u.Id, ["username"] = u.Username, ["global_name"] = u.GlobalName, ["discriminator"] = "0", ["avatar"] = null, ["public_flags"] = 0,
    };

    public JsonObject BotUserJson() => new()
    {
        ["id"] = BotUserId, ["username"] = BotUsername, ["global_name"] = null, ["discriminator"] = "0", ["avatar"] = null,
        ["bot"] = true, ["verified"] = true, ["mfa_enabled"] = false, ["flags"] = 0,
    };

    public JsonObject GuildCreateJson(SeededGuild g)
    {
        var channels = new JsonArray();
        foreach (var c in Channels.Where(c => c.GuildId == g.Id))
        {
            channels.Add(ChannelJson(c));
        }
        return new JsonObject
        {
            ["id"] = g.Id, ["name"] = g.Name, ["icon"] = null, ["owner_id"] = Users[0].Id, ["unavailable"] = false,
            ["member_count"] = Users.Count + 1, ["large"] = false, ["joined_at"] = "2024-01-01T00:00:00.000000+00:00",
            ["preferred_locale"] = "en-US", ["features"] = new JsonArray(),
            ["roles"] = new JsonArray(new JsonObject { ["id"] = g.Id, ["name"] = "@everyone", ["permissions"] = "1071698660929", ["position"] = 0 }),
            ["channels"] = channels, ["threads"] = new JsonArray(), ["members"] = new JsonArray(new JsonObject { ["user"] = BotUserJson(), ["roles"] = new JsonArray(), ["joined_at"] = "2024-01-01T00:00:00.000000+00:00" }),
            ["voice_states"] = new JsonArray(), ["presences"] = new JsonArray(), ["stage_instances"] = new JsonArray(), ["guild_scheduled_events"] = new JsonArray(),
        };
    }

    public static JsonObject ChannelJson(SeededChannel c) => new()
    {
        ["id"] = c.Id, ["type"] = 0, ["guild_id"] = c.GuildId, ["name"] = c.Name, ["position"] = c.Position, ["topic"] = null, ["nsfw"] = false, ["parent_id"] = null,
    };

    private string Timestamp() => _time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'+00:00'", CultureInfo.InvariantCulture);

    /// <summary>Creates a bot message in the channel from a (validated) message body; returns it as stored.</summary>
    public JsonObject CreateMessage(string channelId, JsonObject body, int type = 0, PendingInteraction? interaction = null) =>
        StoreNewMessage(channelId, body, type, interaction).Load();

    /// <summary>Creates a bot message and returns only its id (the interaction callback needs nothing more).</summary>
    public string CreateMessageId(string channelId, JsonObject body, int type = 0, PendingInteraction? interaction = null) =>
        StoreNewMessage(channelId, body, type, interaction).Id;

    private StoredMessage StoreNewMessage(string channelId, JsonObject body, int type, PendingInteraction? interaction)
    {
        var channel = Channels.Find(c => c.Id == channelId);
        var id = NewId();
        var flags = (Validation.Int(body["flags"]) ?? 0) & (64 | 4 | 4096 | 128);
        // Written straight to UTF-8: a message kept as a JsonObject tree costs dozens of objects the GC walks on
        // every collection for as long as the server runs (a burst of interactions made that the pause that mattered).
        byte[] json;
        using (var scratch = JsonScratch.Rent())
        {
            var w = scratch.Writer;
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteNumber("type", type);
            w.WriteString("channel_id", channelId);
            w.WritePropertyName("author");
            WriteBotUser(w);
            w.WriteString("content", Validation.Str(body["content"]) ?? "");
            w.WriteString("timestamp", Timestamp());
            w.WriteNull("edited_timestamp");
            w.WriteBoolean("tts", false);
            w.WriteBoolean("mention_everyone", false);
            w.WritePropertyName("mentions");
            w.WriteStartArray();
            w.WriteEndArray();
            w.WritePropertyName("mention_roles");
            w.WriteStartArray();
            w.WriteEndArray();
            w.WritePropertyName("attachments");
            w.WriteStartArray();
            w.WriteEndArray();
            WriteNodeOrEmptyArray(w, "embeds", body["embeds"]);
            WriteNodeOrEmptyArray(w, "components", body["components"]);
            w.WriteBoolean("pinned", false);
            w.WriteNumber("flags", flags);
            if (channel is not null)
            {
                w.WriteString("guild_id", channel.GuildId);
            }
            if (body["nonce"] is JsonNode nonce)
            {
                w.WritePropertyName("nonce");
                nonce.WriteTo(w);
            }
            if (interaction is not null)
            {
                w.WriteString("application_id", BotUserId);
                w.WriteString("webhook_id", BotUserId);
                w.WriteStartObject("interaction_metadata");
                w.WriteString("id", interaction.Id);
                w.WriteNumber("type", interaction.Type);
                w.WritePropertyName("user");
                WriteUser(w, interaction.User);
                w.WriteStartObject("authorizing_integration_owners");
                if (interaction.GuildId is null)
                {
                    w.WriteNull("0");
                }
                else
                {
                    w.WriteString("0", interaction.GuildId);
                }
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndObject();
            json = scratch.Written.ToArray();
        }
        var stored = new StoredMessage(id, channelId, flags, json);
        lock (_gate)
        {
            if (!_messages.TryGetValue(channelId, out var list))
            {
                list = [];
                _messages[channelId] = list;
            }
            list.Add(stored);
            _messageIndex[id] = stored;
            if (Feed.HasWatchers)
            {
                Feed.MessageCreated(stored.Load());
            }
        }
        return stored;
    }

    private static void WriteNodeOrEmptyArray(Utf8JsonWriter w, string name, JsonNode? node)
    {
        w.WritePropertyName(name);
        if (node is null)
        {
            w.WriteStartArray();
            w.WriteEndArray();
        }
        else
        {
            node.WriteTo(w);
        }
    }

    /// <summary>Writes <see cref="BotUserJson"/> without building it.</summary>
    internal static void WriteBotUser(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteString("id", BotUserId);
        w.WriteString("username", BotUsername);
        w.WriteNull("global_name");
        w.WriteString("discriminator", "0");
        w.WriteNull("avatar");
        w.WriteBoolean("bot", true);
        w.WriteBoolean("verified", true);
        w.WriteBoolean("mfa_enabled", false);
        w.WriteNumber("flags", 0);
        w.WriteEndObject();
    }

    /// <summary>Writes <see cref="UserJson"/> without building it.</summary>
    internal static void WriteUser(Utf8JsonWriter w, SeededUser u)
    {
        w.WriteStartObject();
        w.WriteString("id", u.Id);
        w.WriteString("username", u.Username);
        if (u.GlobalName is null)
        {
            w.WriteNull("global_name");
        }
        else
        {
            w.WriteString("global_name", u.GlobalName);
        }
        w.WriteString("discriminator", "0");
        w.WriteNull("avatar");
        w.WriteNumber("public_flags", 0);
        w.WriteEndObject();
    }

    /// <summary>Writes <see cref="ChannelJson"/> without building it.</summary>
    internal static void WriteChannel(Utf8JsonWriter w, SeededChannel c)
    {
        w.WriteStartObject();
        w.WriteString("id", c.Id);
        w.WriteNumber("type", 0);
        w.WriteString("guild_id", c.GuildId);
        w.WriteString("name", c.Name);
        w.WriteNumber("position", c.Position);
        w.WriteNull("topic");
        w.WriteBoolean("nsfw", false);
        w.WriteNull("parent_id");
        w.WriteEndObject();
    }

    public bool ChannelExists(string channelId)
    {
        lock (_gate)
        {
            return _messages.ContainsKey(channelId);
        }
    }

    public JsonObject? TryNonce(string channelId, string nonce, TimeSpan window)
    {
        lock (_gate)
        {
            if (_nonces.TryGetValue((channelId, nonce), out var hit) && _time.GetElapsedTime(hit.At) < window)
            {
                return FindMessageLocked(channelId, hit.MessageId)?.Load();
            }
            return null;
        }
    }

    public void RememberNonce(string channelId, string nonce, string messageId)
    {
        lock (_gate)
        {
            _nonces[(channelId, nonce)] = (messageId, _time.GetTimestamp());
        }
    }

    private StoredMessage? FindMessageLocked(string channelId, string messageId) =>
        _messageIndex.TryGetValue(messageId, out var m) && m.ChannelId == channelId ? m : null;

    public JsonObject? GetMessage(string channelId, string messageId)
    {
        lock (_gate)
        {
            return FindMessageLocked(channelId, messageId)?.Load();
        }
    }

    public JsonObject? FindMessageAnywhere(string messageId)
    {
        lock (_gate)
        {
            return _messageIndex.TryGetValue(messageId, out var m) ? m.Load() : null;
        }
    }

    public JsonObject? EditMessage(string channelId, string messageId, JsonObject patch)
    {
        lock (_gate)
        {
            var stored = FindMessageLocked(channelId, messageId);
            if (stored is null)
            {
                return null;
            }
            var m = stored.Load();
            foreach (var field in new[] { "content", "embeds", "components" })
            {
                if (patch.ContainsKey(field))
                {
                    m[field] = patch[field]?.DeepClone() ?? (field == "content" ? JsonValue.Create("") : new JsonArray());
                }
            }
            if (patch.ContainsKey("flags"))
            {
                var keep = (Validation.Int(m["flags"]) ?? 0) & 64;
                m["flags"] = keep | ((Validation.Int(patch["flags"]) ?? 0) & 4);
            }
            m["flags"] = (Validation.Int(m["flags"]) ?? 0) & ~128; // an edit ends "thinking…"
            m["edited_timestamp"] = Timestamp();
            stored.Save(m);
            Feed.MessageUpdated(m);
            return m;
        }
    }

    public bool DeleteMessage(string channelId, string messageId)
    {
        lock (_gate)
        {
            if (FindMessageLocked(channelId, messageId) is not { } stored)
            {
                return false;
            }
            _messageIndex.Remove(messageId);
            var removed = _messages.TryGetValue(channelId, out var list) && list.Remove(stored);
            if (removed)
            {
                Feed.MessageDeleted(channelId, messageId);
            }
            return removed;
        }
    }

    /// <summary>Messages newest first, as GET /channels/{id}/messages returns them; ephemeral ones are not listed.</summary>
    public List<JsonObject> ListMessages(string channelId, int limit = int.MaxValue)
    {
        lock (_gate)
        {
            if (!_messages.TryGetValue(channelId, out var list))
            {
                return [];
            }
            var result = new List<JsonObject>();
            for (var i = list.Count - 1; i >= 0 && result.Count < limit; i--)
            {
                if ((list[i].Flags & 64) == 0)
                {
                    result.Add(list[i].Load());
                }
            }
            return result;
        }
    }

    /// <summary>A message as its UTF-8 JSON (one array, nothing for the GC to trace), with the fields lookups need.</summary>
    private sealed class StoredMessage(string id, string channelId, int flags, byte[] json)
    {
        public string Id { get; } = id;
        public string ChannelId { get; } = channelId;
        public int Flags { get; private set; } = flags;
        private byte[] _json = json;

        public JsonObject Load() => (JsonObject)JsonNode.Parse(_json)!;

        public void Save(JsonObject message)
        {
            _json = JsonSerializer.SerializeToUtf8Bytes(message);
            Flags = Validation.Int(message["flags"]) ?? 0;
        }
    }

    public List<JsonObject> OverwriteCommands(string? guildId, JsonArray commands)
    {
        lock (_gate)
        {
            var list = guildId is null ? _globalCommands : (_guildCommands.TryGetValue(guildId, out var g) ? g : _guildCommands[guildId] = []);
            var previous = list.ToList();
            list.Clear();
            foreach (var node in commands)
            {
                var cmd = (JsonObject)node!.DeepClone();
                var type = Validation.Int(cmd["type"]) ?? 1;
                var name = Validation.Str(cmd["name"]);
                var existing = previous.Find(p => Validation.Str(p["name"]) == name && (Validation.Int(p["type"]) ?? 1) == type);
                cmd["id"] = existing?["id"]?.DeepClone() ?? NewId();
                cmd["application_id"] = BotUserId;
                cmd["version"] = NewId();
                cmd["type"] = type;
                cmd["description"] ??= "";
                if (!cmd.ContainsKey("default_member_permissions"))
                {
                    cmd["default_member_permissions"] = null;
                }
                cmd["nsfw"] ??= false;
                if (guildId is not null)
                {
                    cmd["guild_id"] = guildId;
                }
                list.Add(cmd);
            }
            return [.. list.Select(c => (JsonObject)c.DeepClone())];
        }
    }

    public List<JsonObject> Commands(string? guildId)
    {
        lock (_gate)
        {
            var list = guildId is null ? _globalCommands : (_guildCommands.TryGetValue(guildId, out var g) ? g : []);
            return [.. list.Select(c => (JsonObject)c.DeepClone())];
        }
    }

    public JsonObject? FindCommand(string name, string? guildId)
    {
        lock (_gate)
        {
            var guild = guildId is not null && _guildCommands.TryGetValue(guildId, out var g) ? g.Find(c => Validation.Str(c["name"]) == name) : null;
            return (guild ?? _globalCommands.Find(c => Validation.Str(c["name"]) == name))?.DeepClone() as JsonObject;
        }
    }

    public void AddInteraction(PendingInteraction pi)
    {
        lock (_gate)
        {
            _interactionsById[pi.Id] = pi;
            _interactionsByToken[pi.Token] = pi;
        }
    }

    public PendingInteraction? InteractionById(string id)
    {
        lock (_gate)
        {
            return _interactionsById.GetValueOrDefault(id);
        }
    }

    public PendingInteraction? InteractionByToken(string token)
    {
        lock (_gate)
        {
            return _interactionsByToken.GetValueOrDefault(token);
        }
    }
}
