using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TriviaBot.Knowledge;
using TriviaBot.Knowledge.Ingestion;

namespace TriviaBot.Cli;

/// `bench <folder> [--copies N] [--warm]`: ingest + generate on one thread, timed with a monotonic clock; the last line
/// is machine-readable. Copies are made on disk first (not timed) so the run measures real file reading.
public static class BenchCommand
{
    public static int Run(string folder, int copies, TextWriter stdout, TextWriter stderr, bool warm = false)
    {
        if (!Directory.Exists(folder))
        {
            stderr.WriteLine($"bench: folder '{folder}' not found.");
            return 2;
        }

        if (copies < 1)
        {
            stderr.WriteLine("bench: --copies must be at least 1.");
            return 2;
        }

        using var host = HostFactory.CreateBuilder().Build();
        var loader = host.Services.GetRequiredService<ArticleLoader>();
        var root = folder;
        string? temp = null;
        if (copies > 1)
        {
            temp = Path.Combine(Path.GetTempPath(), "triviabot-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < copies; i++)
            {
                CopyTree(folder, Path.Combine(temp, "copy" + i.ToString(CultureInfo.InvariantCulture)));
            }

            root = temp;
        }

        try
        {
            if (warm)
            {
                // The same work once before the clock starts, so the JIT has compiled what the timed run uses (the
                // host runs without tiered compilation: compiled once, fully optimised). Without --warm the run is
                // cold, as a fresh bot process starts. peak_mb then covers both runs.
                KnowledgePipeline.Build(loader.Load(root));
            }

            var bytes = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
            GC.Collect();
            var pauseBefore = GC.GetTotalPauseDuration();
            var gcBefore = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            using var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var jitBefore = System.Runtime.JitInfo.GetCompilationTime();
            var allocBefore = GC.GetTotalAllocatedBytes(precise: true);
            var start = Stopwatch.GetTimestamp();
            var kb = KnowledgePipeline.Build(loader.Load(root));
            var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
            process.Refresh();
            var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
            var pause = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
            var jit = (System.Runtime.JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds;
            var allocMb = (GC.GetTotalAllocatedBytes(precise: true) - allocBefore) / (1024.0 * 1024.0);
            var gcs = (GC.CollectionCount(0) - gcBefore.Item1, GC.CollectionCount(1) - gcBefore.Item2, GC.CollectionCount(2) - gcBefore.Item3);
            var peakMb = process.PeakWorkingSet64 / (1024.0 * 1024.0);
            var mb = bytes / (1024.0 * 1024.0);
            var inv = CultureInfo.InvariantCulture;
            stdout.WriteLine(string.Create(inv, $"copies={copies} warm={(warm ? 1 : 0)} bytes={bytes} facts={kb.Facts.Count} quotes={kb.Quotes.Count} skipped={kb.Skipped.Count} gc_pause_ms={pause:0} gc_counts={gcs.Item1}/{gcs.Item2}/{gcs.Item3} jit_ms={jit:0} alloc_mb={allocMb:0} cpu_s={cpu:0.000}"));
            stdout.WriteLine(string.Create(inv, $"articles={kb.Articles.Count} seconds={seconds:0.000} articles_per_s={kb.Articles.Count / seconds:0} mb_per_s={mb / seconds:0.00} questions={kb.Questions.Count} served={kb.Served.Count()} peak_mb={peakMb:0}"));
            return 0;
        }
        finally
        {
            if (temp is not null)
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
