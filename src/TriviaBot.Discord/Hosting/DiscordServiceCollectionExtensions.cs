using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Gateway;
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
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.ShardIds.All(id => id >= 0), "Discord:ShardIds must not be negative.")
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
}
