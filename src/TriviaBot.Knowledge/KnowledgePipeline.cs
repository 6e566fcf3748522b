using TriviaBot.Knowledge.Nlp;
using TriviaBot.Knowledge.Questions;

namespace TriviaBot.Knowledge;

/// Everything the pipeline made from a set of articles.
public sealed record KnowledgeBase(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<SkippedFile> Skipped)
{
    public static readonly KnowledgeBase Empty = new([], [], [], [], []);

    public IEnumerable<Question> Served => Questions.Where(q => q.Served);
}

/// Articles → sentences → people, quotes, facts → ranked questions. Pure: no I/O, no clock, no randomness.
public static class KnowledgePipeline
{
    public static KnowledgeBase Build(IngestResult ingest)
    {
        // Pass 1 analyses every article so pass 2 can draw distractors from the whole corpus.
        var analyses = new ArticleAnalysis[ingest.Articles.Count];
        var pool = new DistractorPool();
        for (var i = 0; i < analyses.Length; i++)
        {
            analyses[i] = ArticleAnalyzer.Analyze(ingest.Articles[i]);
            pool.Add(analyses[i]);
        }

        var facts = new List<Fact>();
        var quotes = new List<Quote>();
        var questions = new List<Question>();
        foreach (var a in analyses)
        {
            foreach (var q in a.Quotes)
            {
                var sentence = a.Sentences[q.Sentence].Text;
                quotes.Add(new Quote(StableId.Of("q", a.Article.Id, q.Text, sentence), a.Article.Id, q.Text, q.Speaker.FullName, q.Confidence, sentence));
            }

            var (articleFacts, drafts) = DraftGenerator.Generate(a);
            facts.AddRange(Distinct(articleFacts));
            questions.AddRange(QuestionRanker.Rank(a, Distinct(drafts), pool));
        }

        return new KnowledgeBase(ingest.Articles, facts, quotes, questions, ingest.Skipped);
    }

    private static List<Fact> Distinct(List<Fact> facts)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return facts.Where(f => seen.Add(f.Id)).ToList();
    }

    private static List<Draft> Distinct(List<Draft> drafts)
    {
        var seen = new HashSet<(string, string)>();
        return drafts.Where(d => seen.Add((d.Prompt, d.Answer))).ToList();
    }
}
