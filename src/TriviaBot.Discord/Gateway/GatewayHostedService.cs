using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TriviaBot.Discord.Gateway;

/// <summary>Runs the <see cref="GatewayClient"/> for the host's lifetime. A <see cref="DiscordFatalException"/>
/// (bad token, bad intents, bad shard config) is logged once, sets a non-zero exit code and stops the application.</summary>
public sealed class GatewayHostedService(GatewayClient client, IHostApplicationLifetime lifetime, ILogger<GatewayHostedService> logger)
    : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await client.RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (DiscordFatalException ex)
        {
            logger.LogCritical("Discord gateway stopped: {Reason}", ex.Message);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }
}
