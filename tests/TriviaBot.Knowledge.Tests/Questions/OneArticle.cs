using TriviaBot.Knowledge.Nlp;
using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge.Tests.Questions;

/// One made-up article (in the entertainment section unless said), through the analyser, the draft generator or the
/// whole pipeline.
internal static class OneArticle
{
    public static ArticleAnalysis Analyze(string title, params string[] paragraphs) =>
        ArticleAnalyzer.Analyze(new Article("id", title, "entertainment/x.txt", paragraphs));

    public static List<Draft> Drafts(string title, params string[] paragraphs) => DraftGenerator.Generate(Analyze(title, paragraphs)).Drafts;

    public static KnowledgeBase Build(string title, params string[] paragraphs) => BuildIn("entertainment", title, paragraphs);

    public static KnowledgeBase BuildIn(string section, string title, params string[] paragraphs) =>
        KnowledgePipeline.Build(new IngestResult([new Article("id", title, section + "/x.txt", paragraphs)], []));
}
