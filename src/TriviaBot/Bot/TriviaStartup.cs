using TriviaBot.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriviaBot.Storage;

namespace TriviaBot.Bot;

/// Before the bot connects: migrate the database, load the content, and re-arm whatever the last process left
/// open (questions to reveal, games to continue). On shutdown, stop the timers (open questions stay open in the
/// database for the next start).
public sealed class TriviaStartup(ITriviaStore store, KnowledgeStore content, TriviaEngine engine, ILogger<TriviaStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.MigrateAsync(cancellationToken);
        await Task.Run(() => content.Load(), cancellationToken);
        await engine.RecoverAsync(cancellationToken);
        logger.LogInformation("Trivia ready: {Questions} questions to serve", content.Current.Pool.Questions.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => engine.StopAsync(TimeSpan.FromSeconds(5));
}
