using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace TriviaBot.LocalDiscord.Tests;

public sealed class RobustnessTests
{
    [Fact]
    public async Task Garbage_BinaryFrameAndBadJsonBody_ServerKeepsServing()
    {
        await using var server = await TestSupport.StartAsync();
        using (var raw = new ClientWebSocket())
        {
            await raw.ConnectAsync(server.GatewayUrl, CancellationToken.None);
            await raw.SendAsync(new byte[] { 0xff, 0x00, 0x13 }, WebSocketMessageType.Binary, true, CancellationToken.None);
        }
        using var http = TestSupport.Http(server);
        using var bad = await http.PostAsync($"channels/{server.ChannelId}/messages", new StringContent("{\"content\":", Encoding.UTF8, "application/json"));
        using var unknown = await http.GetAsync("no/such/route");

        var (client, _) = await GatewayTestClient.IdentifiedAsync(server, intents: 0);
        await using var _c = client;
        Assert.Equal((400, 404), ((int)bad.StatusCode, (int)unknown.StatusCode));
        Assert.Equal(WebSocketState.Open, client.State);
    }

    [Fact]
    public async Task Dispose_WithConnectedClient_ClosesSocketAndStopsListening()
    {
        var server = await TestSupport.StartAsync();
        var (client, _) = await GatewayTestClient.IdentifiedAsync(server, intents: 0);
        await using var _c = client;
        var rest = server.RestBaseUrl;
        await server.DisposeAsync();

        Assert.Equal(1001, await client.ReceiveCloseAsync());
        using var http = new HttpClient { Timeout = TestSupport.Timeout };
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(rest + "/gateway"));
    }

    [Fact]
    public async Task DescribeLine_Started_ListsUrlsAndIds()
    {
        await using var server = await TestSupport.StartAsync();
        var line = server.DescribeLine();
        Assert.StartsWith($"rest={server.RestBaseUrl} gateway={server.GatewayUrl} token={server.Token} application={server.ApplicationId} guild={server.GuildId} channel={server.ChannelId}", line, StringComparison.Ordinal);
        Assert.StartsWith("http://127.0.0.1:", server.RestBaseUrl.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Modal_Submitted_PayloadHasTextInputs()
    {
        await using var server = await TestSupport.StartAsync();
        await using var bot = await TinyBot.StartAsync(server, _ => new JsonObject { ["type"] = 4, ["data"] = new JsonObject { ["content"] = "thanks" } });
        var outcome = await server.SubmitModalAsync("alice", "trivia", "answer-modal", new Dictionary<string, string> { ["guess"] = "Paris" });
        var interaction = await bot.FirstInteraction.Task;
        Assert.Equal("responded", outcome.Status);
        Assert.Equal((5, "answer-modal"), ((int)interaction["type"]!, (string?)interaction["data"]!["custom_id"]));
        var input = interaction["data"]!["components"]![0]!["components"]![0]!;
        Assert.Equal((4, "guess", "Paris"), ((int)input["type"]!, (string?)input["custom_id"], (string?)input["value"]));
    }

    [Fact]
    public async Task Autocomplete_FocusedOption_Type8ResponseAccepted()
    {
        await using var server = await TestSupport.StartAsync();
        await using var bot = await TinyBot.StartAsync(server, _ => new JsonObject
        {
            ["type"] = 8, ["data"] = new JsonObject { ["choices"] = new JsonArray(new JsonObject { ["name"] = "History", ["value"] = "history" }) },
        });
        var outcome = await server.AutocompleteAsync("bob", "trivia", "trivia", new JsonObject { ["topic"] = "hist" });
        var interaction = await bot.FirstInteraction.Task;
        Assert.Equal("responded", outcome.Status);
        Assert.Equal((4, true), ((int)interaction["type"]!, (bool)interaction["data"]!["options"]![0]!["focused"]!));
    }

    [Fact]
    public async Task Callback_WrongResponseTypeForCommand_50035()
    {
        await using var server = await TestSupport.StartAsync();
        var result = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var http = TestSupport.Http(server);
        await using var bot = await TinyBot.StartAsync(server, i =>
        {
            _ = Task.Run(async () =>
            {
                using var r = await http.PostAsync($"interactions/{i["id"]}/{i["token"]}/callback", TestSupport.Json(new JsonObject { ["type"] = 7 }));
                result.SetResult((int)(await TestSupport.ReadJsonAsync(r))["code"]!);
            });
            return null;
        });
        _ = server.InvokeCommandAsync("alice", server.ChannelId, "ping");
        Assert.Equal(50035, await result.Task.WaitAsync(TestSupport.Timeout));
    }
}
