using System.CommandLine;

namespace TriviaBot.Cli;

/// The command line: the main job (no verb), `preview`, `bench`. Each verb composes a host with the areas it needs.
public static class TriviaBotCli
{
    public static RootCommand Build()
    {
        var noPlayground = new Option<bool>("--no-playground") { Description = "Without a Discord token, print what the content made instead of starting the local playground." };
        var root = new RootCommand("TriviaBot: trivia questions and quotes generated from articles, for Discord.") { noPlayground };
        root.SetAction((parse, ct) => SummaryCommand.RunAsync(Console.Out, parse.GetValue(noPlayground), ct));

        var previewPath = new Argument<string>("file-or-folder") { Description = "An article file, or a folder of .txt/.md/.html articles." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (a stable interface) and nothing else on stdout." };
        var preview = new Command("preview", "Show the articles, facts, quotes and questions the pipeline makes.") { previewPath, json };
        preview.SetAction(parse => PreviewCommand.Run(parse.GetValue(previewPath)!, parse.GetValue(json), Console.Out, Console.Error));
        root.Subcommands.Add(preview);

        var benchPath = new Argument<string>("folder") { Description = "The folder of articles to ingest and generate from." };
        var copies = new Option<int>("--copies") { Description = "Process the folder this many times over (1, 2, 4…) to show how cost grows.", DefaultValueFactory = _ => 1 };
        var warm = new Option<bool>("--warm") { Description = "Run the pipeline once untimed first, so the timed run excludes JIT compilation (peak memory covers both runs)." };
        var bench = new Command("bench", "Measure the knowledge pipeline on a folder of articles.") { benchPath, copies, warm };
        bench.SetAction(parse => BenchCommand.Run(parse.GetValue(benchPath)!, parse.GetValue(copies), Console.Out, Console.Error, parse.GetValue(warm)));
        root.Subcommands.Add(bench);

        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0 = any free port).", DefaultValueFactory = _ => 0 };
        var localDiscord = new Command("local-discord", "Run the Discord-faithful local server on its own and print how to point a bot at it.") { port };
        localDiscord.SetAction((parse, ct) => LocalDiscordCommand.RunAsync(parse.GetValue(port), Console.Out, ct));
        root.Subcommands.Add(localDiscord);

        var count = new Option<int>("--interactions") { Description = "How many slash commands to push.", DefaultValueFactory = _ => 20_000 };
        var concurrency = new Option<int>("--concurrency") { Description = "How many users act at once.", DefaultValueFactory = _ => 8 };
        var benchDiscord = new Command("bench-discord", "Measure the Discord client against the local Discord-faithful server.") { count, concurrency };
        benchDiscord.SetAction((parse, ct) => DiscordBenchCommand.RunAsync(parse.GetValue(count), parse.GetValue(concurrency), Console.Out, Console.Error, ct));
        root.Subcommands.Add(benchDiscord);

        var users = new Option<int>("--users") { Description = "Simulated users answering.", DefaultValueFactory = _ => 1000 };
        var channels = new Option<int>("--channels") { Description = "Channels with a question open at once.", DefaultValueFactory = _ => 100 };
        var rounds = new Option<int>("--rounds") { Description = "Questions per channel.", DefaultValueFactory = _ => 5 };
        var spread = new Option<int>("--spread-ms") { Description = "Each round's actions start at random moments within this many ms (0 = one burst).", DefaultValueFactory = _ => 2000 };
        var articles = new Option<string>("--articles") { Description = "Articles to serve from.", DefaultValueFactory = _ => "config/articles" };
        var benchBot = new Command("bench-bot", "Measure the whole bot (commands, answers, SQLite) against the local Discord-faithful server.") { users, channels, rounds, spread, articles };
        benchBot.SetAction((parse, ct) => BotBenchCommand.RunAsync(parse.GetValue(users), parse.GetValue(channels), parse.GetValue(rounds), parse.GetValue(spread), parse.GetValue(articles)!, Console.Out, Console.Error, ct));
        root.Subcommands.Add(benchBot);
        return root;
    }
}
