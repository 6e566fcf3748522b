using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TriviaBot.Knowledge;

namespace TriviaBot.Cli;

/// The main job until the Discord side lands: load the configured content and say what was loaded.
public static class SummaryCommand
{
    public static async Task<int> RunAsync(CancellationToken ct)
    {
        using var host = HostFactory.CreateBuilder().Build();
        // Starting the host runs ValidateOnStart: a bad option stops here with a message naming the key.
        await host.StartAsync(ct);
        var store = host.Services.GetRequiredService<KnowledgeStore>();
        var (kb, packs) = store.Load();
        var o = Console.Out;
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
        await host.StopAsync(ct);
        return 0;
    }
}
