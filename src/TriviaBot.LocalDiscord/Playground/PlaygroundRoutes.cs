using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace TriviaBot.LocalDiscord;

/// The playground: a Discord-like page (plain HTML/CSS/JS, embedded in this assembly) and the control routes it
/// needs beyond the existing ones — the live event stream, the registered commands and the seeded world.
internal static class PlaygroundRoutes
{
    private static readonly Dictionary<string, (string Resource, string ContentType)> Files = new(StringComparer.Ordinal)
    {
        ["/"] = ("playground/index.html", "text/html; charset=utf-8"),
        ["/index.html"] = ("playground/index.html", "text/html; charset=utf-8"),
        ["/playground.css"] = ("playground/playground.css", "text/css; charset=utf-8"),
        ["/playground.js"] = ("playground/playground.js", "text/javascript; charset=utf-8"),
    };

    public static bool IsPage(string path) => Files.ContainsKey(path);

    public static async Task ServePageAsync(HttpContext context, string path)
    {
        var (resource, contentType) = Files[path];
        await using var stream = typeof(PlaygroundRoutes).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("missing embedded resource " + resource);
        context.Response.ContentType = contentType;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        // Only this origin's own script and styles: nothing inline, so message text can never become code.
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
        await stream.CopyToAsync(context.Response.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// `GET /_local/events?user=alice`: Server-Sent Events of message creates/edits/deletes in every channel, plus the
    /// user's own ephemeral messages and interaction callbacks. The first event, `ready`, says the watch is live.
    public static async Task EventsAsync(World world, HttpContext context, CancellationToken stopping)
    {
        var user = context.Request.Query["user"].ToString();
        var userId = string.IsNullOrWhiteSpace(user) ? null : world.ResolveUser(user).Id;
        using var subscription = world.Feed.Subscribe();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(stopping, context.RequestAborted);
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        response.Headers["X-Accel-Buffering"] = "no";
        await WriteEventAsync(response, "ready", new JsonObject { ["user_id"] = userId }, cts.Token).ConfigureAwait(false);
        try
        {
            while (await subscription.Events.WaitToReadAsync(cts.Token).ConfigureAwait(false))
            {
                while (subscription.Events.TryRead(out var e))
                {
                    if (e.VisibleTo is null || e.VisibleTo == userId)
                    {
                        await WriteEventAsync(response, e.Kind, e.Data, cts.Token).ConfigureAwait(false);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away or the server is stopping.
        }
    }

    private static async Task WriteEventAsync(HttpResponse response, string kind, JsonObject data, CancellationToken ct)
    {
        // JSON has no raw newlines, so one data line carries the whole event.
        await response.WriteAsync($"event: {kind}\ndata: {data.ToJsonString()}\n\n", Encoding.UTF8, ct).ConfigureAwait(false);
        await response.Body.FlushAsync(ct).ConfigureAwait(false);
    }

    /// `GET /_local/commands`: the commands the bot registered, global and per guild (a guild command hides a global one of the same name).
    public static JsonArray Commands(World world)
    {
        var byName = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var c in world.Commands(null))
        {
            byName[Validation.Str(c["name"]) ?? ""] = c;
        }
        foreach (var g in world.Guilds)
        {
            foreach (var c in world.Commands(g.Id))
            {
                byName[Validation.Str(c["name"]) ?? ""] = c;
            }
        }
        return new JsonArray([.. byName.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (JsonNode)kv.Value)]);
    }

    /// `GET /_local/world`: what the page draws — the guild, its channels, the users to play as, the bot.
    public static JsonObject WorldJson(World world, string defaultChannelId) => new()
    {
        ["guild"] = new JsonObject { ["id"] = world.Guilds[0].Id, ["name"] = world.Guilds[0].Name },
        ["channels"] = new JsonArray([.. world.Channels.Where(c => c.GuildId == world.Guilds[0].Id).OrderBy(c => c.Position)
            .Select(c => (JsonNode)new JsonObject { ["id"] = c.Id, ["name"] = c.Name })]),
        ["default_channel"] = defaultChannelId,
        ["users"] = new JsonArray([.. world.Users.Take(8).Select(u => (JsonNode)World.UserJson(u))]),
        ["bot"] = world.BotUserJson(),
    };
}
