using System.Text;
using System.Text.Json.Nodes;

namespace TriviaBot.LocalDiscord.Tests;

public sealed class RestTests
{
    [Fact]
    public async Task Rest_NoAuthorization_401Unauthorized()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server, auth: false);
        using var response = await http.GetAsync("users/@me");
        var body = await TestSupport.ReadJsonAsync(response);
        Assert.Equal((401, 0, "401: Unauthorized"), ((int)response.StatusCode, (int)body["code"]!, (string?)body["message"]));
    }

    [Fact]
    public async Task Rest_NoUserAgent_400()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(server.RestBaseUrl + "/") };
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + server.Token);
        using var response = await http.GetAsync("users/@me");
        Assert.Equal(400, (int)response.StatusCode);
    }

    [Fact]
    public async Task CreateMessage_WithoutJsonContentType_50035()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        using var response = await http.PostAsync($"channels/{server.ChannelId}/messages", new StringContent("{\"content\":\"hi\"}", Encoding.UTF8, "text/plain"));
        var body = await TestSupport.ReadJsonAsync(response);
        Assert.Equal((400, 50035), ((int)response.StatusCode, (int)body["code"]!));
    }

    [Fact]
    public async Task CreateMessage_Content2001Chars_50035WithErrorsTree()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        using var response = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = new string('a', 2001) }));
        var body = await TestSupport.ReadJsonAsync(response);
        Assert.Equal((400, 50035), ((int)response.StatusCode, (int)body["code"]!));
        Assert.Equal("BASE_TYPE_MAX_LENGTH", (string?)body["errors"]!["content"]!["_errors"]![0]!["code"]);
    }

    [Fact]
    public async Task CreateMessage_DuplicateCustomId_50035AtComponentPath()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        var button = new JsonObject { ["type"] = 2, ["style"] = 1, ["label"] = "A", ["custom_id"] = "same" };
        var row = new JsonObject { ["type"] = 1, ["components"] = new JsonArray(button.DeepClone(), button.DeepClone()) };
        using var response = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = "q", ["components"] = new JsonArray(row) }));
        var body = await TestSupport.ReadJsonAsync(response);
        Assert.Equal(50035, (int)body["code"]!);
        Assert.NotNull(body["errors"]!["components"]!["0"]!["components"]!["1"]!["custom_id"]);
    }

    [Fact]
    public async Task CreateMessage_SixRowsAndLongLabel_50035()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        var rows = new JsonArray();
        for (var i = 0; i < 6; i++)
        {
            rows.Add(new JsonObject { ["type"] = 1, ["components"] = new JsonArray(new JsonObject { ["type"] = 2, ["style"] = 1, ["label"] = new string('l', 81), ["custom_id"] = $"b{i}" }) });
        }
        using var response = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = "q", ["components"] = rows }));
        var body = await TestSupport.ReadJsonAsync(response);
        Assert.NotNull(body["errors"]!["components"]!["_errors"]);
        Assert.NotNull(body["errors"]!["components"]!["0"]!["components"]!["0"]!["label"]);
    }

    [Fact]
    public async Task CreateMessage_SameNonceEnforced_ReturnsExistingMessage()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        var payload = new JsonObject { ["content"] = "once", ["nonce"] = "n-1", ["enforce_nonce"] = true };
        using var a = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(payload));
        using var b = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(payload));
        Assert.Equal((string?)(await TestSupport.ReadJsonAsync(a))["id"], (string?)(await TestSupport.ReadJsonAsync(b))["id"]);
        Assert.Single(server.GetMessages(server.ChannelId));
    }

    [Fact]
    public async Task CreateMessage_SixthInWindow_429WithRetryAfter()
    {
        var time = TestSupport.FakeTime();
        await using var server = await TestSupport.StartAsync(o => o.Time = time);
        using var http = TestSupport.Http(server);
        var remaining = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var ok = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = $"m{i}" }));
            Assert.Equal(200, (int)ok.StatusCode);
            remaining.Add(ok.Headers.GetValues("X-RateLimit-Remaining").Single());
        }
        time.Advance(TimeSpan.FromMilliseconds(250));
        using var limited = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = "m5" }));
        var body = await TestSupport.ReadJsonAsync(limited);

        Assert.Equal(["4", "3", "2", "1", "0"], remaining);
        Assert.Equal(429, (int)limited.StatusCode);
        Assert.Equal(0.75, (double)body["retry_after"]!, 3);
        Assert.False((bool)body["global"]!);
        Assert.True(limited.Headers.Contains("Retry-After"));
        Assert.Equal("0.750", limited.Headers.GetValues("X-RateLimit-Reset-After").Single());
    }

    [Fact]
    public async Task CreateMessage_OtherChannel_IndependentBucketSameHash()
    {
        var time = TestSupport.FakeTime();
        await using var server = await TestSupport.StartAsync(o => o.Time = time);
        using var http = TestSupport.Http(server);
        for (var i = 0; i < 5; i++)
        {
            using var ok = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = "x" }));
        }
        using var a = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = "x" }));
        using var b = await http.PostAsync($"channels/{server.Channels["general"]}/messages", TestSupport.Json(new JsonObject { ["content"] = "x" }));
        Assert.Equal((429, 200), ((int)a.StatusCode, (int)b.StatusCode));
        Assert.Equal(a.Headers.GetValues("X-RateLimit-Bucket").Single(), b.Headers.GetValues("X-RateLimit-Bucket").Single());
    }

    [Fact]
    public async Task EditAndDelete_SharedBucketHash_AndResetSkewed()
    {
        var time = TestSupport.FakeTime();
        await using var server = await TestSupport.StartAsync(o => { o.Time = time; o.RateLimitResetSkew = TimeSpan.FromSeconds(30); });
        using var http = TestSupport.Http(server);
        using var created = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = "x" }));
        var id = (string?)(await TestSupport.ReadJsonAsync(created))["id"];
        using var edit = await http.PatchAsync($"channels/{server.ChannelId}/messages/{id}", TestSupport.Json(new JsonObject { ["content"] = "y" }));
        using var delete = await http.DeleteAsync($"channels/{server.ChannelId}/messages/{id}");

        Assert.Equal(edit.Headers.GetValues("X-RateLimit-Bucket").Single(), delete.Headers.GetValues("X-RateLimit-Bucket").Single());
        Assert.NotEqual(created.Headers.GetValues("X-RateLimit-Bucket").Single(), edit.Headers.GetValues("X-RateLimit-Bucket").Single());
        var reset = double.Parse(edit.Headers.GetValues("X-RateLimit-Reset").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(time.GetUtcNow().ToUnixTimeSeconds() + 31, reset, 3);
    }

    [Fact]
    public async Task EditMessage_ThenGetMessages_EditApplied()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        using var created = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = "before" }));
        var id = (string?)(await TestSupport.ReadJsonAsync(created))["id"];
        using var edit = await http.PatchAsync($"channels/{server.ChannelId}/messages/{id}", TestSupport.Json(new JsonObject { ["content"] = "after" }));
        using var list = await http.GetAsync($"channels/{server.ChannelId}/messages");
        var messages = (JsonArray)(await TestSupport.ReadJsonAsync(list));

        Assert.Equal("after", (string?)messages.Single()!["content"]);
        Assert.NotNull(messages.Single()!["edited_timestamp"]);
        Assert.Equal("after", (string?)server.GetMessages(server.ChannelId).Single()["content"]);
    }

    [Fact]
    public async Task GatewayBot_Authorized_ReturnsUrlShardsAndSessionStartLimit()
    {
        await using var server = await TestSupport.StartAsync(o => o.RecommendedShards = 3);
        using var http = TestSupport.Http(server);
        var body = await TestSupport.ReadJsonAsync(await http.GetAsync("gateway/bot"));
        Assert.Equal(server.GatewayUrl.ToString(), (string?)body["url"]);
        Assert.Equal(3, (int)body["shards"]!);
        Assert.Equal(1, (int)body["session_start_limit"]!["max_concurrency"]!);
    }

    [Fact]
    public async Task PutCommands_Valid_ReturnsIdsAndKeepsIdOnOverwrite()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        var commands = new JsonArray(new JsonObject
        {
            ["name"] = "trivia", ["description"] = "Start a round",
            ["options"] = new JsonArray(new JsonObject { ["name"] = "topic", ["description"] = "Topic", ["type"] = 3, ["required"] = true }),
        });
        using var first = await http.PutAsync($"applications/{server.ApplicationId}/guilds/{server.GuildId}/commands", TestSupport.Json(commands));
        using var second = await http.PutAsync($"applications/{server.ApplicationId}/guilds/{server.GuildId}/commands", TestSupport.Json(commands));
        var a = (JsonArray)(await TestSupport.ReadJsonAsync(first));
        var b = (JsonArray)(await TestSupport.ReadJsonAsync(second));
        Assert.Equal((string?)a[0]!["id"], (string?)b[0]!["id"]);
        Assert.Equal("trivia", (string?)server.RegisteredCommands(server.GuildId).Single()["name"]);
    }

    [Fact]
    public async Task PutCommands_UppercaseNameAndLongDescription_50035()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        var commands = new JsonArray(new JsonObject { ["name"] = "Trivia", ["description"] = new string('d', 101) });
        using var response = await http.PutAsync($"applications/{server.ApplicationId}/commands", TestSupport.Json(commands));
        var body = await TestSupport.ReadJsonAsync(response);
        Assert.Equal(50035, (int)body["code"]!);
        Assert.NotNull(body["errors"]!["0"]!["name"]);
        Assert.NotNull(body["errors"]!["0"]!["description"]);
    }

    [Fact]
    public async Task Recording_ControlApi_AuthorizationAndTokenRedacted()
    {
        await using var server = await TestSupport.StartAsync();
        using var http = TestSupport.Http(server);
        using var _r = await http.GetAsync("users/@me");
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server, intents: 0);
        await using var _c = client;
        using var control = new HttpClient { BaseAddress = new Uri(server.RestBaseUrl, "/") };
        var text = await control.GetStringAsync("_local/recording");
        Assert.DoesNotContain(server.Token, text, StringComparison.Ordinal);
        Assert.Contains("/users/@me", text, StringComparison.Ordinal);
        Assert.Contains("READY", text, StringComparison.Ordinal);
    }
}
