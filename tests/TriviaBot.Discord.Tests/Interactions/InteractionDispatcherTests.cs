using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Tests.Interactions;

public sealed class InteractionDispatcherTests
{
    private sealed class Handler(Func<InteractionContext, Task> body) : IInteractionHandler
    {
        public List<InteractionContext> Seen { get; } = [];

        public Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
        {
            Seen.Add(context);
            return body(context);
        }
    }

    private static GatewayDispatch Dispatch(RestFixture f, string json = InteractionParseTests.Command) =>
        new(0, "INTERACTION_CREATE", 1, JsonDocument.Parse(json).RootElement, f.Time.GetTimestamp());

    private static (RestFixture, Handler, InteractionDispatcher) Create(Func<InteractionContext, Task>? body = null)
    {
        var f = new RestFixture();
        var handler = new Handler(body ?? (c => c.RespondAsync("ok")));
        return (f, handler, new InteractionDispatcher(handler, f.Client, f.Time, NullLogger<InteractionDispatcher>.Instance));
    }

    [Fact]
    public async Task Handle_DuplicateInteractionId_HandledOnce()
    {
        var (f, handler, dispatcher) = Create();

        await dispatcher.HandleAsync(Dispatch(f), CancellationToken.None);
        await dispatcher.HandleAsync(Dispatch(f), CancellationToken.None);

        Assert.Single(handler.Seen);
    }

    [Fact]
    public async Task Handle_OtherEvent_IsIgnored()
    {
        var (f, handler, dispatcher) = Create();

        await dispatcher.HandleAsync(Dispatch(f) with { Type = "GUILD_CREATE" }, CancellationToken.None);

        Assert.Empty(handler.Seen);
    }

    [Fact]
    public async Task Handle_ReceivedMoreThanThreeSecondsAgo_IsDropped()
    {
        var (f, handler, dispatcher) = Create();
        var dispatch = Dispatch(f);
        f.Time.Advance(TimeSpan.FromSeconds(3.5));

        await dispatcher.HandleAsync(dispatch, CancellationToken.None);

        Assert.Empty(handler.Seen);
    }

    [Fact]
    public async Task Handle_OldSnowflakeButFreshReceipt_IsHandled()
    {
        var (f, handler, dispatcher) = Create();
        f.Time.Advance(TimeSpan.FromDays(3650));

        await dispatcher.HandleAsync(Dispatch(f), CancellationToken.None);

        Assert.Single(handler.Seen);
    }

    [Fact]
    public async Task Context_Elapsed_CountsFromReceipt()
    {
        var elapsed = TimeSpan.Zero;
        RestFixture? fixture = null;
        var (f, _, dispatcher) = Create(c =>
        {
            fixture!.Time.Advance(TimeSpan.FromMilliseconds(1200));
            elapsed = c.Elapsed;
            return Task.CompletedTask;
        });
        fixture = f;
        var dispatch = Dispatch(f);
        f.Time.Advance(TimeSpan.FromMilliseconds(300));

        await dispatcher.HandleAsync(dispatch, CancellationToken.None);

        Assert.Equal(TimeSpan.FromMilliseconds(1500), elapsed);
    }

    [Fact]
    public async Task Respond_First_PostsCallbackType4()
    {
        var (f, _, dispatcher) = Create();

        await dispatcher.HandleAsync(Dispatch(f), CancellationToken.None);

        var request = Assert.Single(f.Handler.Requests);
        Assert.Equal(("/api/v10/interactions/100/tok/callback", true), (request.Path, request.Body!.StartsWith("{\"type\":4,", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Respond_AfterDefer_EditsOriginal()
    {
        var (f, _, dispatcher) = Create(async c =>
        {
            await c.DeferAsync();
            await c.RespondAsync("done");
        });

        await dispatcher.HandleAsync(Dispatch(f), CancellationToken.None);

        Assert.Equal(["POST /api/v10/interactions/100/tok/callback", "PATCH /api/v10/webhooks/200/tok/messages/@original"],
            f.Handler.Requests.Select(r => r.Method + " " + r.Path));
    }

    [Fact]
    public async Task Respond_Twice_SecondIsFollowup()
    {
        var (f, _, dispatcher) = Create(async c =>
        {
            await c.RespondAsync("one");
            await c.RespondAsync("two");
        });

        await dispatcher.HandleAsync(Dispatch(f), CancellationToken.None);

        Assert.Equal("POST /api/v10/webhooks/200/tok", f.Handler.Requests[1].Method + " " + f.Handler.Requests[1].Path);
    }

    [Fact]
    public async Task Respond_AlreadyAcknowledged_SwitchesToEditOriginal()
    {
        var (f, _, dispatcher) = Create();
        f.Handler.Then(HttpStatusCode.BadRequest, """{"code":40060,"message":"Interaction has already been acknowledged."}""");

        await dispatcher.HandleAsync(Dispatch(f), CancellationToken.None);

        Assert.Equal("PATCH /api/v10/webhooks/200/tok/messages/@original", f.Handler.Requests[1].Method + " " + f.Handler.Requests[1].Path);
    }

    [Fact]
    public async Task Handle_HandlerThrows_SendsEphemeralFailure()
    {
        var (f, _, dispatcher) = Create(_ => throw new InvalidOperationException("boom"));

        await dispatcher.HandleAsync(Dispatch(f), CancellationToken.None);

        var body = Assert.Single(f.Handler.Requests).Body!;
        Assert.Contains("\"flags\":64", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ShowModal_AfterResponding_Throws()
    {
        var (f, _, dispatcher) = Create();
        InteractionContext? context = null;
        var handler = new Handler(async c =>
        {
            context = c;
            await c.RespondAsync("x");
        });
        await new InteractionDispatcher(handler, f.Client, f.Time, NullLogger<InteractionDispatcher>.Instance).HandleAsync(Dispatch(f), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => context!.ShowModalAsync("m", "Title", [Component.TextInput("a", "A")]));
    }

    [Fact]
    public void Deduplicator_OverCapacity_ForgetsOldest()
    {
        var f = new RestFixture();
        var dedupe = new InteractionDeduplicator(f.Time, capacity: 2);
        dedupe.TryAdd(1);
        dedupe.TryAdd(2);
        dedupe.TryAdd(3);

        Assert.True(dedupe.TryAdd(1));
    }

    [Fact]
    public void Deduplicator_AfterFifteenMinutes_Forgets()
    {
        var f = new RestFixture();
        var dedupe = new InteractionDeduplicator(f.Time);
        dedupe.TryAdd(1);
        f.Time.Advance(TimeSpan.FromMinutes(16));

        Assert.True(dedupe.TryAdd(1));
    }
}
