using TriviaBot.LocalDiscord;

namespace TriviaBot.Cli;

/// `local-discord [--port N]`: the Discord-faithful local server on its own, for testing a bot without Discord.
/// Prints one line with everything a bot needs, then serves until Ctrl+C.
public static class LocalDiscordCommand
{
    public static async Task<int> RunAsync(int port, TextWriter stdout, CancellationToken ct)
    {
        await using var server = await LocalDiscordServer.StartAsync(new LocalDiscordOptions { Port = port }, ct);
        stdout.WriteLine(server.DescribeLine());
        stdout.Flush();
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, ct);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: dispose closes the sockets with 1001, like a server going away.
        }

        return 0;
    }
}
