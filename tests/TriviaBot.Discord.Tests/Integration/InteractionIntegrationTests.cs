using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TriviaBot.Discord.Http;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Tests.Integration;

/// <summary>Interactions end to end: the server's simulated user invokes a command, our dispatcher answers.</summary>
public sealed class InteractionIntegrationTests
{
    private static bool IsCallback(TriviaBot.LocalDiscord.RecordedRequest r, string interactionId) =>
        r.Method == "POST" && r.Path.Contains($"/interactions/{interactionId}/", StringComparison.Ordinal) && r.Path.EndsWith("/callback", StringComparison.Ordinal);

    [Fact]
    public async Task InvokeCommand_SlashCommand_RespondedWithAllowedMentions()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        await h.StartGatewayAndWaitReadyAsync();

        var outcome = await h.Server.InvokeCommandAsync("alice", h.Server.ChannelId, "trivia", new JsonObject { ["topic"] = "history" });

        Assert.Equal("responded", outcome.Status);
        Assert.Equal(4, outcome.Response!["type"]!.GetValue<int>());
        Assert.Equal("pong: trivia", outcome.Response["data"]!["content"]!.GetValue<string>());
        Assert.NotNull(outcome.Response["data"]!["allowed_mentions"]);
        Assert.Contains(h.Server.GetMessages(h.Server.ChannelId), m => m["content"]?.GetValue<string>() == "pong: trivia");
    }

    [Fact]
    public async Task InvokeCommand_DuplicatedDispatch_AnsweredOnce()
    {
        var handler = new RespondingHandler();
        await using var h = await LocalDiscordHarness.StartAsync(handler: handler);
        await h.StartGatewayAndWaitReadyAsync();

        h.Server.Faults.DuplicateNextDispatch();
        var first = await h.Server.InvokeCommandAsync("alice", h.Server.ChannelId, "ping");
        // Dispatches reach the dispatcher in order: once a later interaction is answered, the duplicate was handled.
        var second = await h.Server.InvokeCommandAsync("bob", h.Server.ChannelId, "ping");

        Assert.Equal("responded", first.Status);
        Assert.Equal("responded", second.Status);
        Assert.True(2 == h.Dispatches.Seen.Count(d => d.Type == "INTERACTION_CREATE" && d.Data.Str("id") == first.InteractionId), h.Diag());
        Assert.Equal(1, handler.Calls[ulong.Parse(first.InteractionId, System.Globalization.CultureInfo.InvariantCulture)]);
        var callback = Assert.Single(h.Recorder.Requests, r => IsCallback(r, first.InteractionId));
        Assert.Equal(204, callback.Status);
    }

    [Fact]
    public async Task InvokeCommand_DeferThenRespond_EditsOriginal()
    {
        var handler = new DelegateHandler(async (ctx, ct) =>
        {
            await ctx.DeferAsync(cancellationToken: ct);
            await ctx.RespondAsync("the answer", cancellationToken: ct);
        });
        await using var h = await LocalDiscordHarness.StartAsync(handler: handler);
        await h.StartGatewayAndWaitReadyAsync();

        var outcome = await h.Server.InvokeCommandAsync("alice", h.Server.ChannelId, "trivia");

        Assert.Equal("responded", outcome.Status);
        Assert.Equal(5, outcome.Response!["type"]!.GetValue<int>());
        var edit = await h.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));
        Assert.Equal(200, edit.Status);
        Assert.Contains(h.Server.GetMessages(h.Server.ChannelId), m => m["content"]?.GetValue<string>() == "the answer");
    }

    [Fact]
    public async Task InvokeCommand_SecondCallback40060_SwitchesToEditOriginal()
    {
        LocalDiscordHarness? harness = null;
        var handled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handler = new DelegateHandler(async (ctx, ct) =>
        {
            try
            {
                // Someone else (another process, a retried handler) acknowledged it first.
                await harness!.Rest.CreateInteractionResponseAsync(ctx.Interaction.Id, ctx.Interaction.Token, InteractionResponse.Message("first"), ct);
                await ctx.RespondAsync("second", cancellationToken: ct);
                handled.TrySetResult();
            }
            catch (Exception ex)
            {
                handled.TrySetException(ex);
                throw;
            }
        });
        await using var h = harness = await LocalDiscordHarness.StartAsync(handler: handler);
        await h.StartGatewayAndWaitReadyAsync();

        var outcome = await h.Server.InvokeCommandAsync("alice", h.Server.ChannelId, "trivia");
        await h.Bound(handled.Task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), "handler completion");

        Assert.Equal("responded", outcome.Status);
        var callbacks = h.Recorder.Requests.Where(r => IsCallback(r, outcome.InteractionId)).Select(r => r.Status).ToList();
        Assert.Equal([204, 400], callbacks);
        var edit = Assert.Single(h.Recorder.Requests, r => r.Method == "PATCH" && r.Path.EndsWith("/messages/@original", StringComparison.Ordinal));
        Assert.Equal(200, edit.Status);
        Assert.Contains(h.Server.GetMessages(h.Server.ChannelId), m => m["content"]?.GetValue<string>() == "second");
        Assert.DoesNotContain(h.Logs.Lines, l => l.Contains("failed on", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HttpEndpoint_SignedInteractions_PongAndCommandAnswered()
    {
        await using var h = await LocalDiscordHarness.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new DiscordOptions { Token = h.Server.Token, ApiBaseUrl = h.Options.ApiBaseUrl, PublicKey = h.Server.PublicKeyHex });
        builder.Services.AddSingleton(h.Rest);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IInteractionHandler, RespondingHandler>();
        await using var app = builder.Build();
        app.MapDiscordInteractions("/interactions");
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        h.ServerOptions.InteractionsEndpointUrl = new Uri($"http://127.0.0.1:{address.Port}/interactions");

        var (validStatus, validBody, invalidStatus) = await h.Server.ProbeInteractionsEndpointAsync();
        Assert.Equal(200, validStatus);
        Assert.Equal(1, JsonNode.Parse(validBody)!["type"]!.GetValue<int>());
        Assert.Equal(401, invalidStatus);

        var outcome = await h.Server.InvokeCommandAsync("alice", h.Server.ChannelId, "trivia");
        Assert.Equal("responded", outcome.Status);
        Assert.Equal("pong: trivia", outcome.Response!["data"]!["content"]!.GetValue<string>());
        Assert.NotNull(outcome.Response["data"]!["allowed_mentions"]);
        await app.StopAsync();
    }
}
