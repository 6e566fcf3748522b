using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NSec.Cryptography;
using TriviaBot.Discord.Http;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Tests.Http;

public sealed class InteractionsEndpointTests : IAsyncLifetime
{
    private const string SecretHex = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private const string PublicHex = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    private const string EmptySignatureHex = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    private WebApplication? _app;
    private static readonly HttpClient Client = new();
    private string _url = "";

    private sealed class EchoHandler : IInteractionHandler
    {
        public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken) =>
            context.RespondAsync("pong " + context.Interaction.Command!.Name, ephemeral: true, cancellationToken);
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new DiscordOptions { PublicKey = PublicHex, ApiBaseUrl = "http://127.0.0.1:9/api/v10" });
        builder.Services.AddSingleton(sp => new DiscordRestClient(new HttpClient(), new DiscordToken("http-test-token"), sp.GetRequiredService<DiscordOptions>(),
            TimeProvider.System, sp.GetRequiredService<ILogger<DiscordRestClient>>()));
        builder.Services.AddScoped<IInteractionHandler, EchoHandler>();
        _app = builder.Build();
        _app.MapDiscordInteractions("/interactions");
        await _app.StartAsync();
        _url = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/interactions";
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static string Sign(string timestamp, string body)
    {
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(SecretHex), KeyBlobFormat.RawPrivateKey);
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body)));
    }

    private async Task<HttpResponseMessage> PostAsync(string body, string? signature, string? timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature);
        }

        if (timestamp is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        }

        return await Client.SendAsync(request);
    }

    private const string Ping = """{"id":"1","application_id":"2","type":1,"token":"t","version":1}""";

    [Fact]
    public void Verify_Rfc8032Test1EmptyMessage_IsValid()
    {
        Assert.True(new Ed25519SignatureVerifier(PublicHex).Verify(EmptySignatureHex, "", []));
    }

    [Fact]
    public void Verify_Rfc8032Test1WithOneExtraByte_IsInvalid()
    {
        Assert.False(new Ed25519SignatureVerifier(PublicHex).Verify(EmptySignatureHex, "", [0]));
    }

    [Fact]
    public async Task Post_SignedPing_ReturnsPongJson()
    {
        using var response = await PostAsync(Ping, Sign("1700000000", Ping), "1700000000");

        Assert.Equal((HttpStatusCode.OK, "application/json", "{\"type\":1}"),
            (response.StatusCode, response.Content.Headers.ContentType!.MediaType, await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Post_TamperedBody_Returns401()
    {
        using var response = await PostAsync(Ping.Replace("\"1\"", "\"3\"", StringComparison.Ordinal), Sign("1700000000", Ping), "1700000000");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TamperedTimestamp_Returns401()
    {
        using var response = await PostAsync(Ping, Sign("1700000000", Ping), "1700000001");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignatureNotHex_Returns401()
    {
        using var response = await PostAsync(Ping, new string('z', 128), "1700000000");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignatureWrongLength_Returns401()
    {
        using var response = await PostAsync(Ping, Sign("1700000000", Ping)[..126], "1700000000");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_MissingSignatureHeader_Returns401()
    {
        using var response = await PostAsync(Ping, null, "1700000000");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_MissingTimestampHeader_Returns401()
    {
        using var response = await PostAsync(Ping, Sign("", Ping), null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedCommand_ReturnsHandlerResponseInline()
    {
        const string command = """{"id":"10","application_id":"2","type":2,"token":"t","channel_id":"5","user":{"id":"3","username":"u"},"data":{"id":"4","name":"quiz","type":1}}""";

        using var response = await PostAsync(command, Sign("1700000000", command), "1700000000");

        Assert.Equal((HttpStatusCode.OK, """{"type":4,"data":{"content":"pong quiz","allowed_mentions":{"parse":[]},"flags":64}}"""),
            (response.StatusCode, await response.Content.ReadAsStringAsync()));
    }
}
