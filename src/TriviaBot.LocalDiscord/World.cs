using System.Globalization;
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
    public required JsonObject User { get; init; }
    public string? CommandName { get; init; }
    public long SentAt { get; set; }
    public JsonObject? Response { get; set; }
    public string? OriginalMessageId { get; set; }
    public TaskCompletionSource<JsonObject> Responded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>The server's state: seeded users, the guild and its channels, messages, commands, interactions.</summary>
internal sealed class World
{
    public const string BotUserId = "1300000000000000002";
    public const string BotUsername = "TriviaBot";
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<JsonObject>> _messages = new(StringComparer.Ordinal);
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

    /// <summary>Creates a bot message in the channel from a (validated) message body.</summary>
    public JsonObject CreateMessage(string channelId, JsonObject body, int type = 0, PendingInteraction? interaction = null)
    {
        var channel = Channels.Find(c => c.Id == channelId);
        var message = new JsonObject
        {
            ["id"] = NewId(), ["type"] = type, ["channel_id"] = channelId, ["author"] = BotUserJson(),
            ["content"] = Validation.Str(body["content"]) ?? "", ["timestamp"] = Timestamp(), ["edited_timestamp"] = null,
            ["tts"] = false, ["mention_everyone"] = false, ["mentions"] = new JsonArray(), ["mention_roles"] = new JsonArray(),
            ["attachments"] = new JsonArray(), ["embeds"] = body["embeds"]?.DeepClone() ?? new JsonArray(),
            ["components"] = body["components"]?.DeepClone() ?? new JsonArray(), ["pinned"] = false,
            ["flags"] = (Validation.Int(body["flags"]) ?? 0) & (64 | 4 | 4096 | 128),
        };
        if (channel is not null)
        {
            message["guild_id"] = channel.GuildId;
        }
        if (body["nonce"] is JsonNode nonce)
        {
            message["nonce"] = nonce.DeepClone();
        }
        if (interaction is not null)
        {
            message["application_id"] = BotUserId;
            message["webhook_id"] = BotUserId;
            message["interaction_metadata"] = new JsonObject
            {
                ["id"] = interaction.Id, ["type"] = interaction.Type, ["user"] = interaction.User.DeepClone(),
                ["authorizing_integration_owners"] = new JsonObject { ["0"] = interaction.GuildId },
            };
        }
        lock (_gate)
        {
            if (!_messages.TryGetValue(channelId, out var list))
            {
                list = [];
                _messages[channelId] = list;
            }
            list.Add(message);
            Feed.MessageCreated(message);
        }
        return (JsonObject)message.DeepClone();
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
                return FindMessageLocked(channelId, hit.MessageId)?.DeepClone() as JsonObject;
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

    private JsonObject? FindMessageLocked(string channelId, string messageId) =>
        _messages.TryGetValue(channelId, out var list) ? list.Find(m => Validation.Str(m["id"]) == messageId) : null;

    public JsonObject? GetMessage(string channelId, string messageId)
    {
        lock (_gate)
        {
            return FindMessageLocked(channelId, messageId)?.DeepClone() as JsonObject;
        }
    }

    public JsonObject? FindMessageAnywhere(string messageId)
    {
        lock (_gate)
        {
            foreach (var list in _messages.Values)
            {
                if (list.Find(m => Validation.Str(m["id"]) == messageId) is { } m)
                {
                    return (JsonObject)m.DeepClone();
                }
            }
            return null;
        }
    }

    public JsonObject? EditMessage(string channelId, string messageId, JsonObject patch)
    {
        lock (_gate)
        {
            var m = FindMessageLocked(channelId, messageId);
            if (m is null)
            {
                return null;
            }
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
            Feed.MessageUpdated(m);
            return (JsonObject)m.DeepClone();
        }
    }

    public bool DeleteMessage(string channelId, string messageId)
    {
        lock (_gate)
        {
            var removed = _messages.TryGetValue(channelId, out var list) && list.RemoveAll(m => Validation.Str(m["id"]) == messageId) > 0;
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
            return [.. list.Where(m => ((Validation.Int(m["flags"]) ?? 0) & 64) == 0).Reverse().Take(limit).Select(m => (JsonObject)m.DeepClone())];
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
