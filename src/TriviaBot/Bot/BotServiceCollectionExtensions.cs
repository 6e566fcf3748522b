using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TriviaBot.Bot.Commands;
using TriviaBot.Discord.Hosting;
using TriviaBot.Discord.Interactions;
using TriviaBot.Game;
using TriviaBot.Storage;

namespace TriviaBot.Bot;

public static class BotServiceCollectionExtensions
{
    /// The bot on Discord: storage, the game engine, the commands it declares, the router that answers them, and
    /// the services that load content, keep it fresh and keep the bot connected.
    public static IServiceCollection AddBot(this IServiceCollection services)
    {
        services.AddDiscord();
        // Discord:Mode=Http answers interactions on an Ed25519-verified HTTP endpoint instead of the gateway.
        services.AddDiscordHttpInteractions();
        services.AddTriviaStorage();
        services.AddOptions<GameOptions>()
            .BindConfiguration(GameOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<DailyOptions>()
            .BindConfiguration(DailyOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<TriviaEngine>();
        services.AddSingleton<DailyService>();
        services.AddSlashCommand<TriviaCommand>();
        services.AddSlashCommand<TriviaGameCommand>();
        services.AddSlashCommand<WhoSaidCommand>();
        services.AddSlashCommand<QuoteCommand>();
        services.AddSlashCommand<FactCommand>();
        services.AddSlashCommand<LeaderboardCommand>();
        services.AddSlashCommand<ScoreCommand>();
        services.AddSlashCommand<TriviaAdminCommand>();
        services.AddSlashCommand<DailyCommand>();
        services.AddSlashCommand<PingCommand>();
        services.AddSingleton<IComponentHandler, QuestionComponents>();
        services.AddSingleton<IInteractionHandler, InteractionRouter>();
        services.AddSingleton<BotRunState>();
        // Order matters: content and storage are ready (and open questions re-armed) before Discord connects.
        services.AddHostedService<TriviaStartup>();
        services.AddHostedService<ContentWatcher>();
        services.AddHostedService<DiscordBotService>();
        services.AddHostedService(sp => sp.GetRequiredService<DailyService>());
        return services;
    }

    /// SQLite at Storage:Path (default data/triviabot.db), created and migrated at start.
    public static IServiceCollection AddTriviaStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ITriviaStore>(sp => new SqliteTriviaStore(
            sp.GetRequiredService<HostPaths>().Resolve(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path),
            sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
