using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using TriviaBot.Discord.Gateway;

namespace TriviaBot.Discord.Tests.Gateway;

/// <summary>WebSocketTransport over a real loopback socket (Kestrel), not the scripted fake.</summary>
public sealed class WebSocketTransportTests
{
    private static async Task<(WebApplication App, Uri Uri)> StartServerAsync(Func<WebSocket, Task> session)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.UseWebSockets();
        app.Run(async context =>
        {
            if (!context.WebSockets.IsWebSocketRequest)
            {
                context.Response.StatusCode = 400;
                return;
            }

            using var ws = await context.WebSockets.AcceptWebSocketAsync();
            await session(ws);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway?v=10&encoding=json"));
    }

    [Fact]
    public async Task ReceiveAsync_FragmentedLargeMessage_ReturnsWholeMessage()
    {
        var payload = "{\"op\":0,\"d\":\"" + new string('a', 100_000) + "\"}";
        var (app, uri) = await StartServerAsync(async ws =>
        {
            var bytes = Encoding.UTF8.GetBytes(payload);
            for (var i = 0; i < bytes.Length; i += 10_000)
            {
                var n = Math.Min(10_000, bytes.Length - i);
                await ws.SendAsync(bytes.AsMemory(i, n), WebSocketMessageType.Text, i + n == bytes.Length, CancellationToken.None);
            }

            await ws.ReceiveAsync(new byte[16], CancellationToken.None);
        });
        await using (app)
        {
            await using var transport = new WebSocketTransport();
            await transport.ConnectAsync(uri, CancellationToken.None);

            var result = await transport.ReceiveAsync(CancellationToken.None).WaitAsync(Guard.Timeout);

            Assert.Equal(payload, Encoding.UTF8.GetString(result.Message.Span));
            transport.Abort();
        }
    }

    [Fact]
    public async Task SendAsync_ManyConcurrentSends_AllArriveWhole()
    {
        var received = new List<string>();
        var done = new TaskCompletionSource();
        var (app, uri) = await StartServerAsync(async ws =>
        {
            var buffer = new byte[8192];
            while (received.Count < 50)
            {
                var r = await ws.ReceiveAsync(buffer, CancellationToken.None);
                Assert.True(r.EndOfMessage);
                received.Add(Encoding.UTF8.GetString(buffer, 0, r.Count));
            }

            done.TrySetResult();
            await ws.ReceiveAsync(buffer, CancellationToken.None);
        });
        await using (app)
        {
            await using var transport = new WebSocketTransport();
            await transport.ConnectAsync(uri, CancellationToken.None);

            await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() =>
                transport.SendAsync(Encoding.UTF8.GetBytes($$"""{"op":1,"d":{{i}}}"""), CancellationToken.None))));
            await done.Task.WaitAsync(Guard.Timeout);

            Assert.Equal(50, received.Distinct().Count());
            transport.Abort();
        }
    }

    [Fact]
    public async Task CloseAsync_ServerAnswers_ServerSeesClientCode()
    {
        var serverSaw = new TaskCompletionSource<WebSocketCloseStatus?>();
        var (app, uri) = await StartServerAsync(async ws =>
        {
            var r = await ws.ReceiveAsync(new byte[16], CancellationToken.None);
            serverSaw.TrySetResult(r.CloseStatus);
            await ws.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        });
        await using (app)
        {
            await using var transport = new WebSocketTransport();
            await transport.ConnectAsync(uri, CancellationToken.None);
            var receive = transport.ReceiveAsync(CancellationToken.None);

            await transport.CloseAsync(4000, "resume", CancellationToken.None).WaitAsync(Guard.Timeout);

            Assert.Equal((WebSocketCloseStatus)4000, await serverSaw.Task.WaitAsync(Guard.Timeout));
            Assert.True((await receive.WaitAsync(Guard.Timeout)).IsClose);
        }
    }

    [Fact]
    public async Task CloseAsync_ServerNeverAnswers_AbortsAfterCloseTimeout()
    {
        var release = new TaskCompletionSource();
        var (app, uri) = await StartServerAsync(async _ => await release.Task);
        await using (app)
        {
            await using var transport = new WebSocketTransport(new WebSocketTransportOptions { CloseTimeout = TimeSpan.FromMilliseconds(200) });
            await transport.ConnectAsync(uri, CancellationToken.None);

            await transport.CloseAsync(4000, "resume", CancellationToken.None).WaitAsync(Guard.Timeout);

            await Assert.ThrowsAnyAsync<Exception>(() => transport.ReceiveAsync(CancellationToken.None).WaitAsync(Guard.Timeout));
            release.TrySetResult();
        }
    }

    [Fact]
    public async Task ReceiveAsync_ServerCloses4004_ReturnsCloseWithCode()
    {
        var (app, uri) = await StartServerAsync(async ws =>
        {
            await ws.CloseAsync((WebSocketCloseStatus)4004, "Authentication failed.", CancellationToken.None);
        });
        await using (app)
        {
            await using var transport = new WebSocketTransport();
            await transport.ConnectAsync(uri, CancellationToken.None);

            var result = await transport.ReceiveAsync(CancellationToken.None).WaitAsync(Guard.Timeout);

            Assert.True(result.IsClose);
            Assert.Equal(4004, result.CloseCode);
        }
    }
}
