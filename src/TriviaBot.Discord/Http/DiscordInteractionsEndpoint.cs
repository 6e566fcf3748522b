using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Http;

/// <summary>HTTP interactions mode: Discord POSTs interactions to a URL instead of sending them over the gateway.</summary>
public static class DiscordInteractionsEndpoint
{
    /// <summary>How long the endpoint waits for the handler's initial response to send it inline; after that it
    /// answers 202 and the handler's response goes through the callback route.</summary>
    public static readonly TimeSpan InlineResponseWindow = TimeSpan.FromMilliseconds(2500);

    private const int MaxBodyBytes = 1 << 20;
    private static readonly byte[] PongBody = "{\"type\":1}"u8.ToArray();

    /// <summary>Maps <c>POST {pattern}</c>: verifies the Ed25519 signature over the raw body (401 on any problem),
    /// answers PING with PONG, and hands other interactions to the scoped <see cref="IInteractionHandler"/>.
    /// Needs <see cref="DiscordOptions"/> (or <c>IOptions</c> of it) with <see cref="DiscordOptions.PublicKey"/>,
    /// a <see cref="DiscordRestClient"/> and an <see cref="IInteractionHandler"/> in the container.</summary>
    public static IEndpointConventionBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints, string pattern)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        var options = services.GetService<DiscordOptions>() ?? services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        var verifier = new Ed25519SignatureVerifier(options.PublicKey
            ?? throw new InvalidOperationException("Discord:PublicKey is required for the HTTP interactions endpoint."));
        return endpoints.MapPost(pattern, (HttpContext http) => HandleAsync(http, verifier, http.RequestServices));
    }

    /// <summary>Serves one POST. <paramref name="services"/> is where the bot's services live (the request's own
    /// container when mapped into the bot's web app, the bot host's container for
    /// <see cref="DiscordHttpInteractionsService"/>). With an <see cref="InteractionDispatcher"/> registered there,
    /// interactions go through it, exactly as gateway dispatches do; otherwise each gets a DI scope.</summary>
    internal static async Task HandleAsync(HttpContext http, Ed25519SignatureVerifier verifier, IServiceProvider services)
    {
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DiscordInteractionsEndpoint).FullName!);
        var received = time.GetTimestamp();

        byte[] body;
        using (var buffer = new MemoryStream())
        {
            await http.Request.Body.CopyToAsync(buffer, http.RequestAborted).ConfigureAwait(false);
            body = buffer.ToArray();
        }

        var signature = http.Request.Headers["X-Signature-Ed25519"].FirstOrDefault();
        var timestamp = http.Request.Headers["X-Signature-Timestamp"].FirstOrDefault();
        if (body.Length > MaxBodyBytes || string.IsNullOrEmpty(timestamp) || !verifier.Verify(signature, timestamp, body))
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Interaction interaction;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.Number && type.GetInt32() == (int)InteractionType.Ping)
            {
                http.Response.StatusCode = StatusCodes.Status200OK;
                http.Response.ContentType = "application/json";
                await http.Response.Body.WriteAsync(PongBody, http.RequestAborted).ConfigureAwait(false);
                return;
            }

            interaction = Interaction.Parse(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            logger.LogWarning("Signed but unparseable interaction: {Error}", ex.Message);
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var slot = new InlineResponseSlot();
        var stopping = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping ?? CancellationToken.None;
        Task run;
        if (services.GetService<InteractionDispatcher>() is { } dispatcher)
        {
            var started = dispatcher.Run(interaction, received, slot, stopping);
            if (started is null)
            {
                // A redelivery (already being answered) or too late to answer: nothing will come inline.
                http.Response.StatusCode = StatusCodes.Status202Accepted;
                return;
            }

            run = started;
        }
        else
        {
            var rest = services.GetRequiredService<DiscordRestClient>();
            var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var context = new InteractionContext(interaction, rest, time, received, slot, logger);

            // The handler outlives this request when it answers after the inline window, so it gets its own scope.
            run = Task.Run(async () =>
            {
                await using (scope.ConfigureAwait(false))
                {
                    var handler = scope.ServiceProvider.GetRequiredService<IInteractionHandler>();
                    await InteractionExecutor.RunAsync(context, handler, logger, stopping).ConfigureAwait(false);
                }
            }, CancellationToken.None);
        }

        using (var window = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted))
        {
            var delay = Task.Delay(InlineResponseWindow, time, window.Token);
            await Task.WhenAny(slot.Task, run, delay).ConfigureAwait(false);
            await window.CancelAsync().ConfigureAwait(false);
        }

        var inline = await slot.CloseAsync().ConfigureAwait(false);
        if (inline is null)
        {
            http.Response.StatusCode = StatusCodes.Status202Accepted;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(inline, DiscordJsonContext.Default.InteractionResponse), http.RequestAborted).ConfigureAwait(false);
    }
}
