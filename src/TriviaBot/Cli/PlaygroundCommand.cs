using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TriviaBot.Bot;
using TriviaBot.Playground;

namespace TriviaBot.Cli;

/// The main job with no Discord token: the bot against the in-process local Discord server, playable in a browser.
public static class PlaygroundCommand
{
    public static async Task<int> RunAsync(HostApplicationBuilder probe, TextWriter stdout, CancellationToken ct)
    {
        probe.Services.AddOptions<PlaygroundOptions>().BindConfiguration(PlaygroundOptions.Section).ValidateDataAnnotations();
        int port;
        using (var probeHost = probe.Build())
        {
            // .Value validates: a bad port stops here with a message naming the key.
            port = probeHost.Services.GetRequiredService<IOptions<PlaygroundOptions>>().Value.Port;
        }

        var started = TimeProvider.System.GetTimestamp();
        LocalPlayground playground;
        try
        {
            // The page only needs recent frames; a long session should not keep every heartbeat.
            playground = await LocalPlayground.StartAsync(port, configureServer: o => o.RecordingLimit = 10_000, ct: ct);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"Could not listen on 127.0.0.1:{port} ({ex.Message}). Set another port with TRIVIABOT_Playground__Port=<port> (0 = any free port), or run with --no-playground.");
            return 2;
        }

        await using (playground)
        {
            var state = playground.Bot.Services.GetRequiredService<BotRunState>();
            stdout.WriteLine($"TriviaBot playground: open {playground.Address} in a browser (ready in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s).");
            stdout.WriteLine("No Discord token is configured, so the bot is playing on a local Discord-faithful server on this machine");
            stdout.WriteLine("(guild \"TriviaBot Local\", channels #general #trivia #random, players alice, bob, carol…). Type /trivia in the page.");
            stdout.WriteLine($"Scripts can act as players: curl -s -X POST {playground.Address}_local/interactions -H 'content-type: application/json' -d '{{\"user\":\"alice\",\"channel\":\"trivia\",\"command\":\"ping\"}}'");
            stdout.WriteLine("Ctrl+C stops it. --no-playground prints the content summary instead; a token (TRIVIABOT_Discord__Token) connects to Discord.");
            stdout.Flush();
            // Until Ctrl+C, or until the bot stops on its own (its reason is in BotRunState).
            await playground.Bot.WaitForShutdownAsync(ct);
            return state.FatalError is null ? 0 : 1;
        }
    }
}
