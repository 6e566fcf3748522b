using System.Net;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private static readonly MessageCreate Hello = new() { Content = "hello" };

    [Fact]
    public async Task CreateMessage_AnyRequest_SendsAuthorizationUserAgentAndJsonContentType()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.OK, Resp.Message);

        await f.Client.CreateMessageAsync(1, Hello);

        var request = Assert.Single(f.Handler.Requests);
        Assert.Equal(("Bot " + f.Token, "DiscordBot (https://github.com/triviabot/triviabot, 1.0)", "application/json"),
            (request.Headers["Authorization"], request.Headers["User-Agent"], request.ContentType));
    }

    [Fact]
    public async Task CreateMessage_ConfiguredBaseUrl_IsUsed()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.OK, Resp.Message);

        await f.Client.CreateMessageAsync(42, Hello);

        Assert.Equal("/api/v10/channels/42/messages", f.Handler.Requests[0].Path);
    }

    [Fact]
    public async Task CreateMessage_DefaultPayload_SerializesEmptyAllowedMentions()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.OK, Resp.Message);

        await f.Client.CreateMessageAsync(1, Hello with { AllowedMentions = null! });

        Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", f.Handler.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateMessage_NonceAndEnforce_AreSent()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.OK, Resp.Message);

        await f.Client.CreateMessageAsync(1, Hello, nonce: "n-1", enforceNonce: true);

        Assert.Contains("\"nonce\":\"n-1\",\"enforce_nonce\":true", f.Handler.Requests[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetGatewayBot_Response_MapsToDomain()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.OK, """{"url":"wss://g","shards":2,"session_start_limit":{"total":1000,"remaining":999,"reset_after":5,"max_concurrency":1}}""");

        var info = await f.Client.GetGatewayBotAsync(CancellationToken.None);

        Assert.Equal(new GatewayBotInfo("wss://g", 2, new SessionStartLimit(1000, 999, 5, 1)), info);
    }

    [Fact]
    public async Task Send_BucketHeader_LearnsHashForRoute()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.OK, Resp.Message, Resp.Bucket("abc", 4, 1));

        await f.Client.CreateMessageAsync(7, Hello);

        Assert.Equal("hash:abc:7", f.Client.Buckets.QueueKey(RestRoute.Parse(HttpMethod.Post, "channels/7/messages")));
    }

    [Fact]
    public async Task Send_RemainingZeroWithSkewedReset_WaitsResetAfterNotReset()
    {
        var f = new RestFixture();
        var farFuture = f.Time.GetUtcNow().ToUnixTimeSeconds() + 3600;
        f.Handler.Then(HttpStatusCode.OK, Resp.Message, Resp.Bucket("abc", 0, 2, farFuture));
        await f.Client.CreateMessageAsync(1, Hello);

        await f.CompleteAsync(f.Client.CreateMessageAsync(1, Hello));

        var gap = f.Handler.Requests[1].At - f.Handler.Requests[0].At;
        Assert.InRange(gap, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task Send_SharedHashAcrossRoutes_ExhaustionOfOneDelaysTheOther()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.OK, Resp.Message, Resp.Bucket("shared", 3, 1));
        await f.Client.CreateMessageAsync(1, Hello);
        f.Handler.Then(HttpStatusCode.OK, Resp.Message, Resp.Bucket("shared", 0, 5));
        await f.Client.GetMessageAsync(1, 2);

        await f.CompleteAsync(f.Client.CreateMessageAsync(1, Hello));

        Assert.True(f.Handler.Requests[2].At - f.Handler.Requests[1].At >= TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Send_ExhaustedChannel_DoesNotBlockAnotherChannel()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.OK, Resp.Message, Resp.Bucket("h", 0, 30));
        await f.Client.CreateMessageAsync(1, Hello);
        var blocked = f.Client.CreateMessageAsync(1, Hello);

        await f.Client.CreateMessageAsync(2, Hello).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((false, 2), (blocked.IsCompleted, f.Handler.Requests.Count));
        await f.CompleteAsync(blocked, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Send_UnknownHash_OneRequestInFlightPerRoute()
    {
        var f = new RestFixture();
        var release = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        f.Handler.Route = r => f.Handler.Requests.Count == 1 ? release.Task : null;
        var first = f.Client.CreateMessageAsync(1, Hello);
        var second = f.Client.CreateMessageAsync(1, Hello);
        await f.AdvanceUntilAsync(() => f.Handler.Requests.Count >= 1, TimeSpan.Zero);
        await Task.Delay(50);

        Assert.Single(f.Handler.Requests);
        release.SetResult(Resp.Json(HttpStatusCode.OK, Resp.Message));
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void GlobalLimiter_TwoClientsWithSameToken_ShareOneInstance()
    {
        var f = new RestFixture();
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();

        Assert.Same(GlobalRateLimiter.ForToken(new DiscordToken(f.Token), f.Time), GlobalRateLimiter.ForToken(new DiscordToken("Bot " + f.Token), time));
    }

    [Fact]
    public async Task GlobalLimiter_TwoClientsSameToken_ShareFiftyPerSecond()
    {
        var f = new RestFixture();
        var other = f.NewClient();
        var sends = Enumerable.Range(0, 51).Select(i => (i % 2 == 0 ? f.Client : other).CreateMessageAsync((ulong)i + 1, Hello)).ToList();

        await f.CompleteAsync(Task.WhenAll(sends));

        var last = f.Handler.Requests.Max(r => r.At);
        Assert.True(last - f.Handler.Requests.Min(r => r.At) >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task GlobalLimiter_InteractionCallbacks_AreExempt()
    {
        var f = new RestFixture();
        var sends = Enumerable.Range(0, 60).Select(i => f.Client.CreateInteractionResponseAsync((ulong)i + 1, "t" + i, InteractionResponse.Deferred()));

        await Task.WhenAll(sends).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(60, f.Handler.Requests.Count);
    }

    [Fact]
    public async Task Send_Global429_PausesOtherRoutes()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.TooManyRequests, """{"message":"global","retry_after":3,"global":true}""", ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global"));
        var limited = f.Client.CreateMessageAsync(1, Hello);
        await f.AdvanceUntilAsync(() => f.Handler.Requests.Count == 1, TimeSpan.Zero);

        await f.CompleteAsync(f.Client.GetCurrentUserAsync(), TimeSpan.FromMilliseconds(250));

        var user = f.Handler.Requests.First(r => r.Path.EndsWith("/users/@me", StringComparison.Ordinal));
        Assert.True(user.At - f.Handler.Requests[0].At >= TimeSpan.FromSeconds(3));
        await f.CompleteAsync(limited);
    }

    [Fact]
    public async Task Send_Global429OnOneClient_PausesOtherClientOfSameToken()
    {
        var f = new RestFixture();
        var otherHandler = new ScriptedHandler(f.Time);
        var other = f.NewClient(otherHandler);
        f.Handler.Then(HttpStatusCode.TooManyRequests, """{"message":"global","retry_after":4,"global":true}""");
        var limited = f.Client.CreateMessageAsync(1, Hello);
        await f.AdvanceUntilAsync(() => f.Handler.Requests.Count == 1, TimeSpan.Zero);

        await f.CompleteAsync(other.CreateMessageAsync(2, Hello), TimeSpan.FromMilliseconds(250));

        Assert.True(otherHandler.Requests[0].At - f.Handler.Requests[0].At >= TimeSpan.FromSeconds(4));
        await f.CompleteAsync(limited);
    }

    [Theory]
    [InlineData("user")]
    [InlineData("shared")]
    public async Task Send_Route429_WaitsRetryAfterThenSucceeds(string scope)
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.TooManyRequests, """{"message":"slow down","retry_after":1.5,"global":false}""", ("X-RateLimit-Scope", scope));
        f.Handler.Then(HttpStatusCode.OK, Resp.Message);

        await f.CompleteAsync(f.Client.CreateMessageAsync(1, Hello));

        Assert.True(f.Handler.Requests[1].At - f.Handler.Requests[0].At >= TimeSpan.FromSeconds(1.5));
    }

    [Fact]
    public async Task Send_Route429_DoesNotPauseOtherRoutes()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.TooManyRequests, """{"message":"slow down","retry_after":30,"global":false}""", ("X-RateLimit-Scope", "shared"));
        var limited = f.Client.CreateMessageAsync(1, Hello);
        await f.AdvanceUntilAsync(() => f.Handler.Requests.Count == 1, TimeSpan.Zero);

        await f.Client.CreateMessageAsync(2, Hello).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(f.Handler.Requests[0].At, f.Handler.Requests[1].At);
        await f.CompleteAsync(limited, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Send_429RetryAfterHeaderOnly_WaitsHeader()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.TooManyRequests, """{"message":"slow down","code":0}""", ("Retry-After", "2"));

        await f.CompleteAsync(f.Client.CreateMessageAsync(1, Hello));

        Assert.True(f.Handler.Requests[1].At - f.Handler.Requests[0].At >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Send_429WithHtmlBody_BacksOffHard()
    {
        var f = new RestFixture();
        f.Handler.Then(() => Resp.Html(HttpStatusCode.TooManyRequests));

        await f.CompleteAsync(f.Client.CreateMessageAsync(1, Hello), TimeSpan.FromSeconds(1));

        Assert.True(f.Handler.Requests[1].At - f.Handler.Requests[0].At >= DiscordRestClient.BanBackoff);
    }

    [Fact]
    public async Task Send_429WithHtmlBodyRepeatedly_GivesUpAfterBoundedRetries()
    {
        var f = new RestFixture();
        f.Handler.Route = _ => Task.FromResult(Resp.Html(HttpStatusCode.TooManyRequests));

        var task = f.Client.CreateMessageAsync(1, Hello);
        await f.AdvanceUntilAsync(() => task.IsCompleted, TimeSpan.FromSeconds(5));

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => task);
        Assert.Equal((HttpStatusCode.TooManyRequests, DiscordRestClient.MaxBanRetries + 1), (error.Status, f.Handler.Requests.Count));
    }

    [Fact]
    public async Task Send_ServerErrorAlways_RetriesThreeTimesThenThrows()
    {
        var f = new RestFixture();
        f.Handler.Route = _ => Task.FromResult(Resp.Json(HttpStatusCode.BadGateway, null));

        var task = f.Client.CreateMessageAsync(1, Hello);
        await f.AdvanceUntilAsync(() => task.IsCompleted);

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => task);
        Assert.Equal((HttpStatusCode.BadGateway, 4), (error.Status, f.Handler.Requests.Count));
    }

    [Fact]
    public async Task Send_ServerErrorOnce_RetriesAndSucceeds()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.InternalServerError).Then(HttpStatusCode.OK, Resp.Message);

        var message = await f.CompleteAsync(f.Client.CreateMessageAsync(1, Hello));

        Assert.Equal(900UL, message.Id);
    }

    [Fact]
    public async Task Send_NetworkErrorOnce_RetriesAndSucceeds()
    {
        var f = new RestFixture();
        f.Handler.Then(() => throw new HttpRequestException("connection reset")).Then(HttpStatusCode.OK, Resp.Message);

        await f.CompleteAsync(f.Client.CreateMessageAsync(1, Hello));

        Assert.Equal(2, f.Handler.Requests.Count);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task Send_ClientError_IsNotRetried(HttpStatusCode status)
    {
        var f = new RestFixture();
        f.Handler.Route = _ => Task.FromResult(Resp.Json(status, """{"code":0,"message":"no"}"""));

        await Assert.ThrowsAsync<DiscordApiException>(() => f.Client.CreateMessageAsync(1, Hello));

        Assert.Single(f.Handler.Requests);
    }

    [Fact]
    public async Task Send_Unauthorized_ThrowsFatal()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}""");

        await Assert.ThrowsAsync<DiscordFatalException>(() => f.Client.CreateMessageAsync(1, Hello));
    }

    [Fact]
    public async Task Send_AfterUnauthorized_FailsFastWithoutRequest()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}""");
        await Assert.ThrowsAsync<DiscordFatalException>(() => f.Client.CreateMessageAsync(1, Hello));

        await Assert.ThrowsAsync<DiscordFatalException>(() => f.Client.GetCurrentUserAsync());

        Assert.Single(f.Handler.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.NotFound, 10062)]
    [InlineData(HttpStatusCode.BadRequest, 40060)]
    [InlineData(HttpStatusCode.Forbidden, 50001)]
    [InlineData(HttpStatusCode.Forbidden, 50013)]
    public async Task Send_ErrorBody_ExceptionCarriesCode(HttpStatusCode status, int code)
    {
        var f = new RestFixture();
        f.Handler.Then(status, $$"""{"code":{{code}},"message":"nope"}""");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => f.Client.CreateInteractionResponseAsync(1, "tok", InteractionResponse.Deferred()));

        Assert.Equal((status, code), (error.Status, error.Code));
    }

    [Fact]
    public async Task Send_InvalidFormBody_ExceptionCarriesErrorsTree()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.BadRequest, """{"code":50035,"message":"Invalid Form Body","errors":{"content":{"_errors":[{"code":"BASE_TYPE_MAX_LENGTH","message":"Must be 2000 or fewer in length."}]}}}""");

        var error = await Assert.ThrowsAsync<DiscordApiException>(() => f.Client.CreateMessageAsync(1, Hello));

        Assert.Contains("BASE_TYPE_MAX_LENGTH", error.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_Failures_NeverExposeBotOrInteractionToken()
    {
        var f = new RestFixture();
        const string interactionToken = "interaction-secret-abc";
        f.Handler.Then(HttpStatusCode.BadRequest, """{"code":50035,"message":"Invalid Form Body","errors":{}}""");
        f.Handler.Then(HttpStatusCode.NotFound, """{"code":10015,"message":"Unknown Webhook"}""");
        f.Handler.Then(HttpStatusCode.Unauthorized, """{"code":0,"message":"401: Unauthorized"}""");
        var messages = new List<string>();
        foreach (var call in new Func<Task>[]
        {
            () => f.Client.CreateMessageAsync(1, Hello),
            () => f.Client.EditOriginalResponseAsync(1, interactionToken, new MessageEdit { Content = "x" }),
            () => f.Client.GetCurrentUserAsync(),
            () => f.Client.GetCurrentUserAsync(),
        })
        {
            var ex = await Record.ExceptionAsync(call);
            messages.Add(ex!.ToString());
        }

        var all = string.Join("\n", messages.Concat(f.Logger.Lines));
        Assert.DoesNotContain(f.Token, all, StringComparison.Ordinal);
        Assert.DoesNotContain(interactionToken, all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditOriginal_Route_UsesWebhookPathWithToken()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.OK, Resp.Message);

        await f.Client.EditOriginalResponseAsync(77, "tok", new MessageEdit { Content = "x" });

        Assert.Equal(("PATCH", "/api/v10/webhooks/77/tok/messages/@original"), (f.Handler.Requests[0].Method, f.Handler.Requests[0].Path));
    }
}
