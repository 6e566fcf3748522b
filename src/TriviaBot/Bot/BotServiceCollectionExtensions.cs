using Microsoft.Extensions.DependencyInjection;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Hosting;
using TriviaBot.Discord.Interactions;

namespace TriviaBot.Bot;

public static class BotServiceCollectionExtensions
{
    /// The bot on Discord: the client, the commands it declares, the handler that answers them, and the service
    /// that keeps it connected.
    public static IServiceCollection AddBot(this IServiceCollection services)
    {
        services.AddDiscord();
        services.AddSingleton(PingCommand.Definition);
        services.AddSingleton<IInteractionHandler, PingCommand>();
        services.AddSingleton<BotRunState>();
        services.AddHostedService<DiscordBotService>();
        return services;
    }
}
