using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TriviaBot.Bot;
using TriviaBot.Knowledge;

namespace TriviaBot.Cli;

/// The main job: with a Discord token, the bot; without one, the bot in the local playground (a Discord-like page
/// in the browser); with `--no-playground` and no token, what the configured content made and how to connect.
public static class SummaryCommand
{
    public static async Task<int> RunAsync(TextWriter stdout, bool noPlayground, CancellationToken ct)
    {
        try
        {
            return await RunCheckedAsync(stdout, noPlayground, ct);
        }
        catch (OptionsValidationException ex)
        {
            // A bad value stops start-up with a message naming the key, not a stack trace.
            Console.Error.WriteLine($"Configuration error in {ex.OptionsType.Name}: {string.Join("; ", ex.Failures)}");
            return 2;
        }
    }

    private static async Task<int> RunCheckedAsync(TextWriter stdout, bool noPlayground, CancellationToken ct)
    {
        // With a token the main job is the bot; without one it says what it loaded and how to connect.
        var probe = HostFactory.CreateBuilder();
        if (!string.IsNullOrWhiteSpace(probe.Configuration["Discord:Token"]))
        {
            using var bot = HostFactory.CreateBuilder(withBot: true).Build();
            var state = bot.Services.GetRequiredService<BotRunState>(); // RunAsync disposes the services
            await bot.RunAsync(ct);
            return state.FatalError is null ? 0 : 1;
        }

        // Never with a token: the playground is for trying the bot without Discord.
        if (!noPlayground)
        {
            return await PlaygroundCommand.RunAsync(probe, stdout, ct);
        }

        using var host = HostFactory.CreateBuilder().Build();
        // Starting the host runs ValidateOnStart: a bad option stops here with a message naming the key.
        await host.StartAsync(ct);
        var store = host.Services.GetRequiredService<KnowledgeStore>();
        var (kb, packs, _) = store.Load();
        var o = stdout;
        o.WriteLine("TriviaBot loaded:");
        o.WriteLine($"  articles   {kb.Articles.Count} from {store.ArticlesPath} ({kb.Skipped.Count} skipped)");
        o.WriteLine($"  facts      {kb.Facts.Count}");
        o.WriteLine($"  quotes     {kb.Quotes.Count}");
        o.WriteLine($"  questions  {kb.Served.Count()} served of {kb.Questions.Count} generated");
        o.WriteLine($"  packs      {packs.Packs.Count} from {store.PacksPath} ({packs.Packs.Sum(p => p.Questions.Count)} questions, {packs.Errors.Count} errors)");
        foreach (var q in kb.Served.OrderByDescending(q => q.Score).Take(5))
        {
            o.WriteLine($"    e.g. {q.Prompt}  →  {q.Answer}");
        }

        o.WriteLine();
        o.WriteLine("Preview everything:  dotnet run --project src/TriviaBot -- preview config/articles");
        o.WriteLine("As JSON:             dotnet run --project src/TriviaBot -- preview config/articles --json");
        o.WriteLine();
        o.WriteLine("No Discord token is configured, so the bot did not connect. To run it on Discord, create an application");
        o.WriteLine("at https://discord.com/developers/applications, add a bot, and start with its token in the environment:");
        o.WriteLine("TRIVIABOT_Discord__Token=<token> dotnet run --project src/TriviaBot (never put the token in config/).");
        o.WriteLine("To play it in a browser without Discord, run without --no-playground: dotnet run --project src/TriviaBot");
        o.WriteLine("(the bot and a local Discord-faithful server on http://127.0.0.1:5080). Or start that server alone with");
        o.WriteLine("dotnet run --project src/TriviaBot -- local-discord, then run the bot with the token it prints and");
        o.WriteLine("TRIVIABOT_Discord__ApiBaseUrl=<its rest url>.");
        await host.StopAsync(ct);
        return 0;
    }
}
