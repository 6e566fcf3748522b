using System.Text.Json.Nodes;

namespace TriviaBot.LocalDiscord.Tests;

/// The routes the playground page uses: the page itself, the live event feed, the registered commands, the world.
public sealed class PlaygroundRouteTests
{
    private static HttpClient Control(LocalDiscordServer server) => new() { BaseAddress = new Uri(server.RestBaseUrl, "/"), Timeout = TestSupport.Timeout };

    /// Reads an SSE stream event by event.
    private sealed class EventStream(HttpResponseMessage response, StreamReader reader) : IDisposable
    {
        public static async Task<EventStream> OpenAsync(HttpClient http, string user)
        {
            var response = await http.GetAsync($"_local/events?user={user}", HttpCompletionOption.ResponseHeadersRead);
            return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
        }

        public async Task<(string Kind, JsonObject Data)> NextAsync()
        {
            string? kind = null;
            using var timeout = new CancellationTokenSource(TestSupport.Timeout);
            while (await reader.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    kind = line["event: ".Length..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal))
                {
                    return (kind!, JsonNode.Parse(line["data: ".Length..])!.AsObject());
                }
            }

            throw new EndOfStreamException();
        }

        public async Task<JsonObject> NextMessageAsync()
        {
            while (true)
            {
                var (kind, data) = await NextAsync();
                if (kind.StartsWith("MESSAGE_", StringComparison.Ordinal))
                {
                    return data;
                }
            }
        }

        public void Dispose()
        {
            reader.Dispose();
            response.Dispose();
        }
    }

    [Fact]
    public async Task Events_EphemeralReplyThenChannelMessage_OnlyTheInvokerSeesTheEphemeral()
    {
        await using var server = await TestSupport.StartAsync();
        await using var bot = await TinyBot.StartAsync(server, _ => new JsonObject
        {
            ["type"] = 4, ["data"] = new JsonObject { ["content"] = "secret <b>@everyone</b>", ["flags"] = 64, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } },
        });
        using var control = Control(server);
        using var alice = await EventStream.OpenAsync(control, "alice");
        using var bob = await EventStream.OpenAsync(control, "bob");
        Assert.Equal("ready", (await alice.NextAsync()).Kind);
        Assert.Equal("ready", (await bob.NextAsync()).Kind);

        await server.InvokeCommandAsync("alice", server.ChannelId, "ping");
        using var http = TestSupport.Http(server);
        using var posted = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = "for everyone" }));

        Assert.Equal(("secret <b>@everyone</b>", "for everyone"), ((string?)(await alice.NextMessageAsync())["content"], (string?)(await alice.NextMessageAsync())["content"]));
        Assert.Equal("for everyone", (string?)(await bob.NextMessageAsync())["content"]);
    }

    [Fact]
    public async Task Events_MessageEdited_UpdateCarriesTheNewContent()
    {
        await using var server = await TestSupport.StartAsync();
        using var control = Control(server);
        using var watcher = await EventStream.OpenAsync(control, "carol");
        await watcher.NextAsync();
        using var http = TestSupport.Http(server);
        using var posted = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = "v1" }));
        var id = (string?)(await TestSupport.ReadJsonAsync(posted))["id"];

        using var edited = await http.PatchAsync($"channels/{server.ChannelId}/messages/{id}", TestSupport.Json(new JsonObject { ["content"] = "v2" }));
        await watcher.NextMessageAsync();
        var update = await watcher.NextMessageAsync();

        Assert.Equal((id, "v2"), ((string?)update["id"], (string?)update["content"]));
    }

    [Fact]
    public async Task Commands_AfterBulkOverwrite_ListsGlobalAndGuildCommands()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        using var global = await http.PutAsync($"applications/{server.ApplicationId}/commands", TestSupport.Json(new JsonArray(new JsonObject { ["name"] = "trivia", ["description"] = "Ask" })));
        using var guild = await http.PutAsync($"applications/{server.ApplicationId}/guilds/{server.GuildId}/commands", TestSupport.Json(new JsonArray(new JsonObject { ["name"] = "ping", ["description"] = "Pong" })));
        using var control = Control(server);

        var commands = JsonNode.Parse(await control.GetStringAsync("_local/commands"))!.AsArray();

        Assert.Equal(["ping", "trivia"], commands.Select(c => (string?)c!["name"]));
    }

    [Fact]
    public async Task Page_Root_ServesTheAppWithAStrictContentSecurityPolicy()
    {
        await using var server = await TestSupport.StartAsync();
        using var control = Control(server);

        using var page = await control.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync();
        using var script = await control.GetAsync("/playground.js");

        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("/playground.js", html, StringComparison.Ordinal);
        Assert.True(script.IsSuccessStatusCode);
    }

    [Fact]
    public async Task World_Seeded_GuildChannelsAndPlayers()
    {
        await using var server = await TestSupport.StartAsync();
        using var control = Control(server);

        var world = JsonNode.Parse(await control.GetStringAsync("_local/world"))!;

        Assert.Equal(("TriviaBot Local", server.ChannelId), ((string?)world["guild"]!["name"], (string?)world["default_channel"]));
        Assert.Equal(["general", "trivia", "random"], world["channels"]!.AsArray().Select(c => (string?)c!["name"]));
        Assert.Equal(["alice", "bob", "carol"], world["users"]!.AsArray().Take(3).Select(u => (string?)u!["username"]));
    }
}
