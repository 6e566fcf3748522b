using System.Text;
using System.Text.Json.Nodes;
using NSec.Cryptography;

namespace TriviaBot.LocalDiscord.Tests;

public sealed class InteractionTests
{
    private static JsonObject Reply(string content) => new() { ["type"] = 4, ["data"] = new JsonObject { ["content"] = content, ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() } } };

    [Fact]
    public async Task ControlApi_SlashCommand_RoundTripThroughTinyBot()
    {
        await using var server = await TestSupport.StartAsync();
        await using var bot = await TinyBot.StartAsync(server, i => Reply("pong from " + (string?)i["data"]!["name"]));
        using var control = new HttpClient { BaseAddress = new Uri(server.RestBaseUrl, "/"), Timeout = TestSupport.Timeout };
        using var response = await control.PostAsync("_local/interactions", TestSupport.Json(new JsonObject
        {
            ["user"] = "alice", ["channel"] = server.ChannelId, ["command"] = "ping", ["options"] = new JsonObject { ["count"] = 3 },
        }));
        var body = await TestSupport.ReadJsonAsync(response);
        var interaction = await bot.FirstInteraction.Task;

        Assert.Equal("responded", (string?)body["status"]);
        Assert.Equal("pong from ping", (string?)body["response"]!["data"]!["content"]);
        Assert.Equal((2, server.GuildId, "alice", "1071698660929"), ((int)interaction["type"]!, (string?)interaction["guild_id"], (string?)interaction["member"]!["user"]!["username"], (string?)interaction["member"]!["permissions"]));
        Assert.Equal(("count", 4, 3), ((string?)interaction["data"]!["options"]![0]!["name"], (int)interaction["data"]!["options"]![0]!["type"]!, (int)interaction["data"]!["options"]![0]!["value"]!));
        Assert.Equal("pong from ping", (string?)server.GetMessages(server.ChannelId).Single()["content"]);
    }

    [Fact]
    public async Task Callback_Twice_Second40060()
    {
        await using var server = await TestSupport.StartAsync();
        await using var bot = await TinyBot.StartAsync(server, _ => Reply("one"));
        var outcome = await server.InvokeCommandAsync("bob", server.ChannelId, "ping");
        using var http = TestSupport.Http(server);
        using var again = await http.PostAsync($"interactions/{outcome.InteractionId}/{outcome.InteractionToken}/callback", TestSupport.Json(Reply("two")));
        var body = await TestSupport.ReadJsonAsync(again);
        Assert.Equal((400, 40060), ((int)again.StatusCode, (int)body["code"]!));
    }

    [Fact]
    public async Task Callback_AfterDeadline_404UnknownInteraction()
    {
        var time = TestSupport.FakeTime();
        await using var server = await TestSupport.StartAsync(o => o.Time = time);
        await using var bot = await TinyBot.StartAsync(server, _ => null);
        var pending = server.InvokeCommandAsync("carol", server.ChannelId, "ping");
        var interaction = await bot.FirstInteraction.Task.WaitAsync(TestSupport.Timeout);
        time.Advance(TimeSpan.FromSeconds(3.5));
        using var http = TestSupport.Http(server);
        using var late = await http.PostAsync($"interactions/{interaction["id"]}/{interaction["token"]}/callback", TestSupport.Json(Reply("late")));
        var body = await TestSupport.ReadJsonAsync(late);
        time.Advance(TimeSpan.FromSeconds(2));
        var outcome = await pending.WaitAsync(TestSupport.Timeout);

        Assert.Equal((404, 10062), ((int)late.StatusCode, (int)body["code"]!));
        Assert.Equal("timed-out", outcome.Status);
    }

    [Fact]
    public async Task Callback_InvalidMessage_50035UnderData()
    {
        await using var server = await TestSupport.StartAsync();
        var result = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var http = TestSupport.Http(server);
        await using var bot = await TinyBot.StartAsync(server, i =>
        {
            _ = Task.Run(async () =>
            {
                using var r = await http.PostAsync($"interactions/{i["id"]}/{i["token"]}/callback", TestSupport.Json(Reply(new string('x', 2001))));
                result.SetResult(await TestSupport.ReadJsonAsync(r));
            });
            return null;
        });
        _ = server.InvokeCommandAsync("alice", server.ChannelId, "ping");
        var body = await result.Task.WaitAsync(TestSupport.Timeout);
        Assert.Equal(50035, (int)body["code"]!);
        Assert.NotNull(body["errors"]!["data"]!["content"]);
    }

    [Fact]
    public async Task Defer_ThenPatchOriginal_MessageEdited()
    {
        await using var server = await TestSupport.StartAsync();
        await using var bot = await TinyBot.StartAsync(server, _ => new JsonObject { ["type"] = 5 });
        var outcome = await server.InvokeCommandAsync("alice", "trivia", "slow");
        using var http = TestSupport.Http(server, auth: false);
        using var patch = await http.PatchAsync($"webhooks/{server.ApplicationId}/{outcome.InteractionToken}/messages/@original", TestSupport.Json(new JsonObject { ["content"] = "done" }));
        using var followup = await http.PostAsync($"webhooks/{server.ApplicationId}/{outcome.InteractionToken}", TestSupport.Json(new JsonObject { ["content"] = "more" }));

        Assert.Equal(("responded", 200, 200), (outcome.Status, (int)patch.StatusCode, (int)followup.StatusCode));
        Assert.Equal(["more", "done"], server.GetMessages(server.ChannelId).Select(m => (string?)m["content"]));
    }

    [Fact]
    public async Task ClickButton_UpdateMessage_ButtonMessageEdited()
    {
        await using var server = await TestSupport.StartAsync();
        await using var bot = await TinyBot.StartAsync(server, i => (int)i["type"]! == 3
            ? new JsonObject { ["type"] = 7, ["data"] = new JsonObject { ["content"] = "clicked " + (string?)i["data"]!["custom_id"], ["components"] = new JsonArray() } }
            : null);
        using var http = TestSupport.Http(server);
        var button = new JsonObject { ["type"] = 2, ["style"] = 1, ["label"] = "A", ["custom_id"] = "answer:a" };
        using var created = await http.PostAsync($"channels/{server.ChannelId}/messages", TestSupport.Json(new JsonObject { ["content"] = "Q?", ["components"] = new JsonArray(new JsonObject { ["type"] = 1, ["components"] = new JsonArray(button) }) }));
        var messageId = (string)(await TestSupport.ReadJsonAsync(created))["id"]!;

        var outcome = await server.ClickButtonAsync("bob", messageId, "answer:a");
        var interaction = await bot.FirstInteraction.Task;

        Assert.Equal("responded", outcome.Status);
        Assert.Equal(messageId, (string?)interaction["message"]!["id"]);
        Assert.Equal("clicked answer:a", (string?)server.GetMessages(server.ChannelId).Single()["content"]);
    }

    [Fact]
    public async Task Invoke_NoBotConnected_TimedOut()
    {
        var time = TestSupport.FakeTime();
        await using var server = await TestSupport.StartAsync(o => o.Time = time);
        var pending = server.InvokeCommandAsync("alice", server.ChannelId, "ping");
        while (!pending.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(pending, Task.Delay(10));
        }
        Assert.Equal("timed-out", (await pending).Status);
    }

    [Fact]
    public void Signer_Rfc8032Test1_MatchesVector()
    {
        using var signer = Ed25519Signer.FromSeed(Convert.FromHexString("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        Assert.Equal("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", signer.PublicKeyHex);
        Assert.Equal("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
            Convert.ToHexStringLower(signer.Sign([])));
    }

    [Fact]
    public async Task HttpInteractions_SignedPost_VerifiesWithNSecAndResponseApplied()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var endpoint = new System.Net.HttpListener();
        endpoint.Prefixes.Add($"http://127.0.0.1:{port}/interactions/");
        endpoint.Start();
        await using var server = await TestSupport.StartAsync(o => o.InteractionsEndpointUrl = new Uri($"http://127.0.0.1:{port}/interactions/"));
        var publicKey = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(server.PublicKeyHex), KeyBlobFormat.RawPublicKey);
        var verified = new List<bool>();
        var serve = Task.Run(async () =>
        {
            for (var i = 0; i < 3; i++)
            {
                var ctx = await endpoint.GetContextAsync();
                using var ms = new MemoryStream();
                await ctx.Request.InputStream.CopyToAsync(ms);
                var body = ms.ToArray();
                var timestamp = ctx.Request.Headers["X-Signature-Timestamp"] ?? "";
                var ok = SignatureAlgorithm.Ed25519.Verify(publicKey, [.. Encoding.UTF8.GetBytes(timestamp), .. body], Convert.FromHexString(ctx.Request.Headers["X-Signature-Ed25519"] ?? ""));
                verified.Add(ok);
                var type = (int)JsonNode.Parse(body)!["type"]!;
                var reply = !ok ? null : type == 1 ? "{\"type\":1}" : "{\"type\":4,\"data\":{\"content\":\"over http\"}}";
                ctx.Response.StatusCode = reply is null ? 401 : 200;
                ctx.Response.ContentType = "application/json";
                if (reply is not null)
                {
                    await ctx.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(reply));
                }
                ctx.Response.Close();
            }
        });

        var outcome = await server.InvokeCommandAsync("alice", server.ChannelId, "ping");
        var probe = await server.ProbeInteractionsEndpointAsync();
        await serve.WaitAsync(TestSupport.Timeout);

        Assert.Equal([true, true, false], verified);
        Assert.Equal(("responded", "over http"), (outcome.Status, (string?)outcome.Response!["data"]!["content"]));
        Assert.Equal((200, 401), (probe.ValidStatus, probe.InvalidStatus));
    }
}
