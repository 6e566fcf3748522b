using TriviaBot.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TriviaBot.Bot;

/// Reloads the articles and packs when files in their folders change, after a quiet second (editors write in
/// bursts). A reload swaps the content snapshot; posts carry their own question, so games in progress carry on.
public sealed class ContentWatcher(KnowledgeStore content, TimeProvider time, ILogger<ContentWatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var changed = System.Threading.Channels.Channel.CreateBounded<string>(new System.Threading.Channels.BoundedChannelOptions(1) { FullMode = System.Threading.Channels.BoundedChannelFullMode.DropWrite });
        var watchers = new List<FileSystemWatcher>();
        try
        {
            foreach (var folder in new[] { content.ArticlesPath, content.PacksPath }.Where(Directory.Exists))
            {
                var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName };
                FileSystemEventHandler onChange = (_, e) => changed.Writer.TryWrite(e.FullPath);
                watcher.Changed += onChange;
                watcher.Created += onChange;
                watcher.Deleted += onChange;
                watcher.Renamed += (_, e) => changed.Writer.TryWrite(e.FullPath);
                watcher.EnableRaisingEvents = true;
                watchers.Add(watcher);
            }

            while (await changed.Reader.WaitToReadAsync(stoppingToken))
            {
                // Let the burst settle, then reload once for all of it.
                await Task.Delay(Quiet, time, stoppingToken);
                while (changed.Reader.TryRead(out _))
                {
                }

                try
                {
                    var snapshot = await Task.Run(() => content.Load(), stoppingToken);
                    logger.LogInformation("Content changed on disk; reloaded {Questions} questions", snapshot.Pool.Questions.Count);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Reloading content failed; keeping the previous content");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
        finally
        {
            foreach (var watcher in watchers)
            {
                watcher.Dispose();
            }
        }
    }
}
