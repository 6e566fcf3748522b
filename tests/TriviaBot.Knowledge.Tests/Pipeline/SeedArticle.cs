using Microsoft.Extensions.Logging.Abstractions;
using TriviaBot.Knowledge.Ingestion;

namespace TriviaBot.Knowledge.Tests.Pipeline;

/// The repository's own copy of the seed article (config/articles), found by walking up to the repo root.
internal static class SeedArticle
{
    public static string Path { get; } = Find();

    public static IngestResult Load() => new ArticleLoader(NullLogger<ArticleLoader>.Instance).Load(Path);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "config", "appsettings.json")))
            {
                return System.IO.Path.Combine(dir.FullName, "config", "articles", "the-office-first-kiss.txt");
            }
        }

        throw new InvalidOperationException("No folder holding config/appsettings.json above " + AppContext.BaseDirectory);
    }
}

/// One pipeline run over the seed article, shared by the tests of a class.
public sealed class SeedKnowledge
{
    public SeedKnowledge()
    {
        Ingest = SeedArticle.Load();
        Knowledge = KnowledgePipeline.Build(Ingest);
    }

    public IngestResult Ingest { get; }

    public KnowledgeBase Knowledge { get; }

    public Article Article => Assert.Single(Ingest.Articles);
}
