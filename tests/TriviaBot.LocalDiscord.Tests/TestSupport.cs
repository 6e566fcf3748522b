using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace TriviaBot.LocalDiscord.Tests;

internal static class TestSupport
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    public static FakeTimeProvider FakeTime() => new(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero));

    public static Task<LocalDiscordServer> StartAsync(Action<LocalDiscordOptions>? configure = null)
    {
        var options = new LocalDiscordOptions { HeartbeatInterval = TimeSpan.FromMilliseconds(150), IdentifyInterval = TimeSpan.Zero };
        configure?.Invoke(options);
        return LocalDiscordServer.StartAsync(options);
    }

    public static HttpClient Http(LocalDiscordServer server, bool auth = true)
    {
        var http = new HttpClient { BaseAddress = new Uri(server.RestBaseUrl + "/"), Timeout = Timeout };
        http.DefaultRequestHeaders.UserAgent.ParseAdd("DiscordBot (https://example.test, 1.0)");
        if (auth)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bot", server.Token);
        }
        return http;
    }

    public static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static async Task<JsonNode> ReadJsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    public static JsonObject Identify(string token, int shardId = 0, int shardCount = 1, int intents = 1) => new()
    {
        ["op"] = 2,
        ["d"] = new JsonObject
        {
            ["token"] = token, ["intents"] = intents,
            ["properties"] = new JsonObject { ["os"] = "linux", ["browser"] = "triviabot-tests", ["device"] = "triviabot-tests" },
            ["shard"] = new JsonArray(shardId, shardCount),
        },
    };
}

/// <summary>A minimal gateway client over a real ClientWebSocket.</summary>
internal sealed class GatewayTestClient : IAsyncDisposable
{
    private readonly ClientWebSocket _ws = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);

    public WebSocketState State => _ws.State;
    public WebSocketCloseStatus? CloseStatus => _ws.CloseStatus;
    public string? SessionId { get; private set; }
    public long? LastSeq { get; private set; }

    public static async Task<GatewayTestClient> ConnectAsync(Uri url)
    {
        var client = new GatewayTestClient();
        using var cts = new CancellationTokenSource(TestSupport.Timeout);
        await client._ws.ConnectAsync(new Uri(url + "?v=10&encoding=json"), cts.Token);
        return client;
    }

    /// <summary>Connects, reads Hello, identifies and reads READY.</summary>
    public static async Task<(GatewayTestClient Client, JsonObject Ready)> IdentifiedAsync(LocalDiscordServer server, int shardId = 0, int shardCount = 1, int intents = 1)
    {
        var client = await ConnectAsync(server.GatewayUrl);
        var hello = await client.ReceiveAsync();
        Assert.Equal(10, (int)hello["op"]!);
        await client.SendAsync(TestSupport.Identify(server.Token, shardId, shardCount, intents));
        var ready = await client.ReceiveAsync();
        Assert.Equal("READY", (string?)ready["t"]);
        client.SessionId = (string?)ready["d"]!["session_id"];
        return (client, ready);
    }

    public async Task SendAsync(JsonNode frame) => await SendRawAsync(frame.ToJsonString());

    public async Task SendRawAsync(string text)
    {
        await _sendLock.WaitAsync();
        try
        {
            using var cts = new CancellationTokenSource(TestSupport.Timeout);
            await _ws.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cts.Token);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Next text frame; null when the server closed the socket.</summary>
    public async Task<JsonObject?> TryReceiveAsync()
    {
        using var cts = new CancellationTokenSource(TestSupport.Timeout);
        var buffer = new byte[64 * 1024];
        using var ms = new MemoryStream();
        while (true)
        {
            var result = await _ws.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }
            ms.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                var frame = (JsonObject)JsonNode.Parse(ms.ToArray())!;
                if (frame["s"] is JsonValue s && s.TryGetValue<long>(out var seq))
                {
                    LastSeq = seq;
                }
                return frame;
            }
        }
    }

    public async Task<JsonObject> ReceiveAsync() => await TryReceiveAsync() ?? throw new InvalidOperationException($"socket closed: {_ws.CloseStatus}");

    public async Task<JsonObject> ReceiveUntilAsync(Func<JsonObject, bool> predicate)
    {
        while (true)
        {
            var frame = await ReceiveAsync();
            if (predicate(frame))
            {
                return frame;
            }
        }
    }

    public async Task<JsonObject> ReceiveDispatchAsync(string eventName) => await ReceiveUntilAsync(f => (string?)f["t"] == eventName);

    /// <summary>Reads frames until the server's close frame and returns its code.</summary>
    public async Task<int?> ReceiveCloseAsync()
    {
        while (await TryReceiveAsync() is not null)
        {
        }
        return (int?)_ws.CloseStatus;
    }

    public async Task CloseAsync(WebSocketCloseStatus status)
    {
        using var cts = new CancellationTokenSource(TestSupport.Timeout);
        await _ws.CloseAsync(status, "bye", cts.Token);
    }

    public async ValueTask DisposeAsync()
    {
        if (_ws.State == WebSocketState.Open)
        {
            try
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await _ws.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }
        _ws.Dispose();
        _sendLock.Dispose();
    }
}

/// <summary>A tiny hand-written "bot": identifies, answers every INTERACTION_CREATE by POSTing a callback.</summary>
internal sealed class TinyBot : IAsyncDisposable
{
    private readonly GatewayTestClient _client;
    private readonly HttpClient _http;
    private readonly Task _loop;
    private readonly Func<JsonObject, JsonObject?> _respond;

    private TinyBot(LocalDiscordServer server, GatewayTestClient client, Func<JsonObject, JsonObject?> respond)
    {
        _client = client;
        _respond = respond;
        _http = TestSupport.Http(server);
        _loop = Task.Run(LoopAsync);
    }

    public List<HttpResponseMessage> CallbackResponses { get; } = [];
    public TaskCompletionSource<JsonObject> FirstInteraction { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<TinyBot> StartAsync(LocalDiscordServer server, Func<JsonObject, JsonObject?> respond)
    {
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server);
        return new TinyBot(server, client, respond);
    }

    private async Task LoopAsync()
    {
        while (await _client.TryReceiveAsync() is { } frame)
        {
            if ((string?)frame["t"] != "INTERACTION_CREATE")
            {
                continue;
            }
            var interaction = (JsonObject)frame["d"]!;
            FirstInteraction.TrySetResult(interaction);
            if (_respond(interaction) is { } body)
            {
                var response = await _http.PostAsync($"interactions/{interaction["id"]}/{interaction["token"]}/callback", TestSupport.Json(body));
                lock (CallbackResponses)
                {
                    CallbackResponses.Add(response);
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _client.DisposeAsync();
        try
        {
            await _loop.WaitAsync(TestSupport.Timeout);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or InvalidOperationException or ObjectDisposedException)
        {
        }
        _http.Dispose();
        foreach (var r in CallbackResponses)
        {
            r.Dispose();
        }
    }
}
