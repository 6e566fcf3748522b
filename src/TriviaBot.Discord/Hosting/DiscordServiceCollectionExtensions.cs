using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Gateway;
using TriviaBot.Discord.Http;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Hosting;

/// <summary>Registers the Discord client: options (validated at start), the REST client, the gateway, the
/// interaction dispatcher and the command registrar. The caller registers its <see cref="IInteractionHandler"/>.</summary>
public static class DiscordServiceCollectionExtensions
{
    /// <summary>Adds the Discord client services; <c>Discord:Token</c> must be set before they are resolved.</summary>
    public static IServiceCollection AddDiscord(this IServiceCollection services)
    {
        // Idempotent: a second call would register the options validation and the dispatch handler twice.
        if (services.Any(d => d.ServiceType == typeof(AddDiscordMarker)))
        {
            return services;
        }

        services.AddSingleton<AddDiscordMarker>();
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.ShardIds.All(id => id >= 0), "Discord:ShardIds must not be negative.")
            .Validate(o => string.IsNullOrEmpty(o.PublicKey) ? o.Mode != DiscordMode.Http : Ed25519SignatureVerifier.IsValidPublicKey(o.PublicKey),
                "Discord:PublicKey must be the application's public key, 64 hex characters (required when Discord:Mode is Http).")
            .Validate(o => o.Mode != DiscordMode.Http || DiscordHttpInteractionsService.TryParseListenUrl(o.HttpListenUrl, out _),
                "Discord:HttpListenUrl must be an absolute http:// URL with no path, e.g. http://127.0.0.1:8080.")
            .Validate(o => Enum.IsDefined(o.Mode), "Discord:Mode must be Gateway or Http.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DiscordToken(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.Token
            ?? throw new DiscordFatalException("Discord:Token is not configured (set TRIVIABOT_Discord__Token).")));
        services.TryAddSingleton(sp => new DiscordRestClient(
            new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 64 }),
            sp.GetRequiredService<DiscordToken>(),
            sp.GetRequiredService<IOptions<DiscordOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<DiscordRestClient>>()));
        services.TryAddSingleton<IGatewayBotSource>(sp => sp.GetRequiredService<DiscordRestClient>());
        services.TryAddSingleton<IGatewayTransportFactory>(sp => new WebSocketTransportFactory(timeProvider: sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<InteractionDispatcher>();
        services.AddSingleton<IGatewayDispatchHandler>(sp => sp.GetRequiredService<InteractionDispatcher>());
        services.TryAddSingleton(sp => new GatewayClient(
            sp.GetRequiredService<IGatewayBotSource>(),
            sp.GetRequiredService<IOptions<DiscordOptions>>(),
            sp.GetServices<IGatewayDispatchHandler>(),
            sp.GetRequiredService<IGatewayTransportFactory>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton(sp => new CommandRegistrar(
            sp.GetRequiredService<DiscordRestClient>(),
            sp.GetRequiredService<IOptions<DiscordOptions>>().Value,
            sp.GetRequiredService<ILogger<CommandRegistrar>>()));
        return services;
    }

    /// <summary>Adds <see cref="DiscordHttpInteractionsService"/> (and <see cref="AddDiscord"/>'s services, once): in
    /// <see cref="DiscordMode.Http"/> mode it serves <c>POST /interactions</c> on <c>Discord:HttpListenUrl</c> through
    /// the same <see cref="InteractionDispatcher"/> as the gateway; in <see cref="DiscordMode.Gateway"/> mode it does
    /// nothing. The gateway itself is never started by this; the host runs it only in gateway mode.</summary>
    public static IServiceCollection AddDiscordHttpInteractions(this IServiceCollection services)
    {
        services.AddDiscord();
        services.TryAddSingleton<DiscordHttpInteractionsService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, DiscordHttpInteractionsService>(
            sp => sp.GetRequiredService<DiscordHttpInteractionsService>()));
        return services;
    }
}

internal sealed class AddDiscordMarker;
