using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TriviaBot.Game;
using TriviaBot.Knowledge.Ingestion;
using TriviaBot.Knowledge.Packs;

namespace TriviaBot.Knowledge;

/// Holds the current knowledge base and packs; <see cref="Load"/> rebuilds both from the configured folders.
public sealed class KnowledgeStore(
    IOptions<KnowledgeOptions> options,
    ArticleLoader articles,
    RedPackLoader packs,
    HostPaths paths,
    ILogger<KnowledgeStore> logger)
{
    private readonly Lock _loading = new();
    private volatile Snapshot _current = new(KnowledgeBase.Empty, PackLoadResult.Empty, QuestionPool.Empty);

    /// One consistent view of the content; a reload swaps the whole snapshot, so a reader never sees half of one.
    public sealed record Snapshot(KnowledgeBase Knowledge, PackLoadResult Packs, QuestionPool Pool)
    {
        /// When each article file was last written: "newest articles first" for the daily question.
        public IReadOnlyDictionary<string, DateTime> ArticleDates { get; init; } = new Dictionary<string, DateTime>();

        public IReadOnlyDictionary<string, string> Titles { get; } = Knowledge.Articles.ToDictionary(a => a.Id, a => a.Title, StringComparer.Ordinal);

        public string TitleOf(string articleId) => Titles.GetValueOrDefault(articleId, articleId);
    }

    public Snapshot Current => _current;

    public string ArticlesPath => paths.Resolve(options.Value.ArticlesPath);

    public string PacksPath => paths.Resolve(options.Value.PacksPath);

    public Snapshot Load()
    {
        lock (_loading)
        {
            return LoadCore();
        }
    }

    private Snapshot LoadCore()
    {
        var ingest = articles.Load(ArticlesPath);
        var knowledge = KnowledgePipeline.Build(ingest);
        // (The loader warned about the files it skipped; these are articles whose analysis failed.)
        foreach (var failed in knowledge.Skipped.Skip(ingest.Skipped.Count))
        {
            logger.LogWarning("Article {Path} gave no questions: {Reason}", failed.Path, failed.Reason);
        }

        var packResult = packs.LoadFolder(PacksPath);
        var snapshot = new Snapshot(knowledge, packResult, QuestionPool.From(knowledge, packResult.Packs))
        {
            ArticleDates = knowledge.Articles.ToDictionary(a => a.Id, a => File.Exists(a.Path) ? File.GetLastWriteTimeUtc(a.Path) : DateTime.MinValue, StringComparer.Ordinal),
        };
        _current = snapshot;
        logger.LogInformation(
            "Loaded {Articles} articles ({Skipped} skipped), {Facts} facts, {Quotes} quotes, {Served}/{Questions} questions served, {Packs} packs",
            knowledge.Articles.Count, knowledge.Skipped.Count, knowledge.Facts.Count, knowledge.Quotes.Count,
            knowledge.Served.Count(), knowledge.Questions.Count, packResult.Packs.Count);
        return snapshot;
    }
}
