namespace TriviaBot.Discord.Gateway;

/// <summary>What a server close code means for the client.</summary>
public enum GatewayCloseAction
{
    /// <summary>Reconnect and resume the session.</summary>
    Resume,
    /// <summary>Reconnect and start a new session (Identify).</summary>
    NewSession,
    /// <summary>Stop: reconnecting cannot help.</summary>
    Fatal,
}

/// <summary>Discord's close-code table (gateway v10).</summary>
public static class GatewayCloseCodes
{
    /// <summary>The code the client closes with when it means to resume (any non-1000/1001 code keeps the session).</summary>
    public const int ClientResume = 4000;

    /// <summary>The code the client closes with when the session is over (invalidates it).</summary>
    public const int ClientNormal = 1000;

    /// <summary>Maps a server close code (null: no close frame / dropped socket) to an action.</summary>
    public static GatewayCloseAction Classify(int? code) => code switch
    {
        4004 or 4010 or 4011 or 4012 or 4013 or 4014 => GatewayCloseAction.Fatal,
        4003 or 4005 or 4007 or 4008 or 4009 => GatewayCloseAction.NewSession,
        _ => GatewayCloseAction.Resume,
    };

    /// <summary>A human explanation of a close code, for logs and fatal errors.</summary>
    public static string Describe(int? code) => code switch
    {
        null => "connection dropped without a close frame",
        1000 => "normal closure",
        1001 => "going away",
        1006 => "abnormal closure",
        4000 => "unknown error",
        4001 => "unknown opcode",
        4002 => "decode error",
        4003 => "not authenticated",
        4004 => "authentication failed: the bot token is invalid; set a valid token (Discord:Token / TRIVIABOT_Discord__Token)",
        4005 => "already authenticated",
        4007 => "invalid resume sequence",
        4008 => "rate limited (too many gateway frames)",
        4009 => "session timed out",
        4010 => "invalid shard: check Discord:ShardIds / Discord:ShardCount",
        4011 => "sharding required: the bot is in too many guilds for this shard count; raise Discord:ShardCount",
        4012 => "invalid API version",
        4013 => "invalid intents: check Discord:Intents",
        4014 => "disallowed intents: Discord:Intents asks for a privileged intent the application is not approved for",
        _ => "unrecognised close code",
    };
}
