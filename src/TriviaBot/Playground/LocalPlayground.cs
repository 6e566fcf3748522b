using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TriviaBot.Bot;
using TriviaBot.LocalDiscord;

namespace TriviaBot.Playground;

/// The bot, unchanged, connected to the local Discord-faithful server in the same process, with the server's page
/// at <see cref="Address"/>: the real gateway, REST and interaction code paths, no Discord application needed.
public sealed class LocalPlayground : IAsyncDisposable
{
    private LocalPlayground(LocalDiscordServer server, IHost bot)
    {
        Server = server;
        Bot = bot;
        Address = new Uri(server.RestBaseUrl, "/");
    }

    public LocalDiscordServer Server { get; }

    public IHost Bot { get; }

    /// The page, e.g. http://127.0.0.1:5080/.
    public Uri Address { get; }

    /// Starts the server on 127.0.0.1:<paramref name="port"/>, then the bot host pointed at it (token and REST URL
    /// from the server, exactly as a test harness does), and returns once the bot's gateway session is READY, so
    /// the first command typed on the page is answered.
    /// <param name="args">Configuration for the bot host (`--Key=value`), as on the command line.</param>
    /// <param name="configureServer">Tests: fake time, relaxed rate limits.</param>
    /// <param name="configureBot">Tests: replace services (a fake TimeProvider).</param>
    public static async Task<LocalPlayground> StartAsync(int port, string[]? args = null, Action<LocalDiscordOptions>? configureServer = null,
        Action<IServiceCollection>? configureBot = null, CancellationToken ct = default)
    {
        var options = new LocalDiscordOptions { Port = port };
        configureServer?.Invoke(options);
        var server = await LocalDiscordServer.StartAsync(options, ct);
        IHost? bot = null;
        try
        {
            var builder = HostFactory.CreateBuilder(
                [.. args ?? [], $"--Discord:Token={server.Token}", $"--Discord:ApiBaseUrl={server.RestBaseUrl}"], withBot: true);
            configureBot?.Invoke(builder.Services);
            bot = builder.Build();
            await bot.StartAsync(ct);
            await WaitForReadyAsync(server, bot, ct);
            return new LocalPlayground(server, bot);
        }
        catch
        {
            if (bot is not null)
            {
                await StopQuietlyAsync(bot);
            }

            await server.DisposeAsync();
            throw;
        }
    }

    /// Commands are registered before the gateway connects, so READY means the page's command box is complete.
    private static async Task WaitForReadyAsync(LocalDiscordServer server, IHost bot, CancellationToken ct)
    {
        var state = bot.Services.GetRequiredService<BotRunState>();
        var stopping = bot.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        while (!server.Recorder.Frames.Any(f => f.EventName == "READY"))
        {
            if (state.FatalError is not null || stopping.IsCancellationRequested)
            {
                throw new InvalidOperationException("The bot stopped before connecting to the local server: " + (state.FatalError ?? "host stopping"));
            }

            await Task.Delay(20, ct);
        }
    }

    private static async Task StopQuietlyAsync(IHost bot)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await bot.StopAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
        }

        bot.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopQuietlyAsync(Bot);
        await Server.DisposeAsync();
    }
}
