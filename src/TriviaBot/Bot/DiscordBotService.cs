using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriviaBot.Discord;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Gateway;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Bot;

/// Connects to Discord for the host's lifetime: registers the declared commands (skipping the PUT when nothing
/// changed), runs the gateway shards, and on shutdown lets in-flight interactions finish. A fatal Discord error
/// (bad token, disallowed intents, bad shard settings) is logged once, recorded in <see cref="BotRunState"/> (the
/// CLI turns it into exit code 1) and stops the host.
public sealed class DiscordBotService(
    DiscordRestClient rest,
    GatewayClient gateway,
    CommandRegistrar registrar,
    InteractionDispatcher dispatcher,
    IEnumerable<TriviaBot.Bot.Commands.IBotCommand> commands,
    IOptions<DiscordOptions> options,
    BotRunState state,
    IHostApplicationLifetime lifetime,
    ILogger<DiscordBotService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var applicationId = await rest.GetCurrentApplicationIdAsync(stoppingToken);
            var outcome = await registrar.RegisterAsync(applicationId, commands.Select(c => c.Definition).ToList(), stoppingToken);
            logger.LogInformation("Commands {Outcome} for application {ApplicationId} ({Scope})", outcome, applicationId,
                string.IsNullOrWhiteSpace(options.Value.DevelopmentGuildId) ? "global" : "guild " + options.Value.DevelopmentGuildId);
            if (options.Value.Mode == DiscordMode.Http)
            {
                logger.LogInformation("HTTP interactions mode: answering on {Url}/interactions; no gateway connection", options.Value.HttpListenUrl);
                return;
            }

            await gateway.RunAsync(stoppingToken);
        }
        catch (DiscordFatalException ex)
        {
            logger.LogCritical("Discord stopped the bot: {Reason}", ex.Message);
            state.FatalError = ex.Message;
            lifetime.StopApplication();
        }
        catch (DiscordApiException ex)
        {
            logger.LogCritical("Discord refused the start-up calls: {Reason}", ex.Message);
            state.FatalError = ex.Message;
            lifetime.StopApplication();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await dispatcher.DrainAsync(TimeSpan.FromSeconds(5));
    }
}

/// Why the bot stopped on its own, if it did; the main job's exit code comes from here.
public sealed class BotRunState
{
    public string? FatalError { get; set; }
}
