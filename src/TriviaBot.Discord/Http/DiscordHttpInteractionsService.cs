using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriviaBot.Discord.Interactions;

namespace TriviaBot.Discord.Http;

/// <summary>
/// <see cref="DiscordMode.Http"/> mode: a Kestrel listener on <see cref="DiscordOptions.HttpListenUrl"/> serving
/// <c>POST /interactions</c> (Ed25519-verified, PING → PONG, 401 on any bad signature) and handing interactions to
/// the bot's <see cref="InteractionDispatcher"/>, the same pipeline gateway dispatches take. In
/// <see cref="DiscordMode.Gateway"/> mode it does nothing. Registered by
/// <see cref="Hosting.DiscordServiceCollectionExtensions.AddDiscordHttpInteractions"/>.
/// </summary>
public sealed class DiscordHttpInteractionsService(
    IOptions<DiscordOptions> options,
    IServiceProvider services,
    ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    /// <summary>How long a stop waits for interactions in flight to be answered.</summary>
    public static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(5);

    private readonly ILogger _logger = loggerFactory.CreateLogger<DiscordHttpInteractionsService>();
    private WebApplication? _app;

    /// <summary>The endpoint's URL once started (with the real port when <c>HttpListenUrl</c> asked for port 0);
    /// null before start and in gateway mode. This is what goes into the Developer Portal's Interactions Endpoint URL
    /// (behind the public proxy).</summary>
    public Uri? EndpointUrl { get; private set; }

    /// <summary>Parses <see cref="DiscordOptions.HttpListenUrl"/>: an absolute <c>http://</c> URL with no path, query
    /// or fragment.</summary>
    public static bool TryParseListenUrl(string? value, [NotNullWhen(true)] out Uri? url)
    {
        url = null;
        if (!Uri.TryCreate(value, UriKind.Absolute, out var parsed) || parsed.Scheme != Uri.UriSchemeHttp
            || parsed.AbsolutePath != "/" || parsed.Query.Length > 0 || parsed.Fragment.Length > 0 || parsed.UserInfo.Length > 0)
        {
            return false;
        }

        url = parsed;
        return true;
    }

    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        if (o.Mode != DiscordMode.Http)
        {
            return;
        }

        // Options validation already ran (ValidateOnStart); these throw only when the service is used without AddDiscord.
        if (!TryParseListenUrl(o.HttpListenUrl, out var listen))
        {
            throw new OptionsValidationException(DiscordOptions.Section, typeof(DiscordOptions),
                ["Discord:HttpListenUrl must be an absolute http:// URL with no path, e.g. http://127.0.0.1:8080."]);
        }

        if (!Ed25519SignatureVerifier.IsValidPublicKey(o.PublicKey))
        {
            throw new OptionsValidationException(DiscordOptions.Section, typeof(DiscordOptions),
                ["Discord:PublicKey must be the application's public key, 64 hex characters (required when Discord:Mode is Http)."]);
        }

        var verifier = new Ed25519SignatureVerifier(o.PublicKey!);

        // A separate, minimal web host: the bot's own container stays a plain generic host, and only what Kestrel
        // needs lives here. Interactions are served with the bot's services.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Services.Replace(ServiceDescriptor.Singleton(loggerFactory));
        builder.WebHost.UseKestrelCore().UseUrls(listen.GetLeftPart(UriPartial.Authority));
        var app = builder.Build();
        app.Run(http =>
        {
            if (!string.Equals(http.Request.Path.Value, DiscordOptions.HttpInteractionsPath, StringComparison.Ordinal))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            if (!HttpMethods.IsPost(http.Request.Method))
            {
                http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
                http.Response.Headers.Allow = "POST";
                return Task.CompletedTask;
            }

            return DiscordInteractionsEndpoint.HandleAsync(http, verifier, services);
        });

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? listen.GetLeftPart(UriPartial.Authority);
        EndpointUrl = new Uri(address.TrimEnd('/') + DiscordOptions.HttpInteractionsPath);
        _logger.LogInformation("Discord HTTP interactions endpoint listening on {EndpointUrl}", EndpointUrl);
    }

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var app = Interlocked.Exchange(ref _app, null);
        if (app is null)
        {
            return;
        }

        try
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
            if (services.GetService<InteractionDispatcher>() is { } dispatcher)
            {
                // Interactions answered after the inline window still finish through the callback routes.
                await dispatcher.DrainAsync(DrainTimeout).ConfigureAwait(false);
            }
        }
        finally
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _app, null) is { } app)
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
