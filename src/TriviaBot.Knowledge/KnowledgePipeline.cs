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
        // Pass 1 analyses each article and keeps only its drafts and a small context, so tokens die young;
        // pass 2 ranks with distractors drawn from the whole corpus.
        var pool = new DistractorPool();
        var facts = new List<Fact>();
        var quotes = new List<Quote>();
        var pending = new List<(ArticleContext Context, List<Draft> Drafts, string Path)>(ingest.Articles.Count);
        var skipped = new List<SkippedFile>(ingest.Skipped);
        foreach (var article in ingest.Articles)
        {
            // A bug that content can trigger costs that article its questions, never the run: it is reported like a
            // file the loader skipped, with the file and the exception.
            ArticleAnalysis a;
            List<Fact> articleFacts;
            List<Draft> drafts;
            try
            {
                a = ArticleAnalyzer.Analyze(article);
                (articleFacts, drafts) = DraftGenerator.Generate(a);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                skipped.Add(Failed(article.Path, "analysing the article", ex));
                continue;
            }

            foreach (var q in a.Quotes)
            {
                var sentence = a.Sentences[q.Sentence].Text;
                quotes.Add(new Quote(StableId.Of("q", article.Id, q.Text, sentence), article.Id, q.Text, q.Speaker.FullName, q.Confidence, sentence));
            }

            facts.AddRange(Distinct(articleFacts));
            var context = a.ToContext();
            pool.Add(context);
            pending.Add((context, Distinct(drafts), article.Path));
        }

        // The same story filed twice (common in news corpora) must not serve the same question twice, even under two
        // headlines ("Vera Drake's Bafta triumph hope" and "Vera Drake leads Bafta nominations" ask one question):
        // the question without its story lead, and its answer, are the key.
        // Worded a little differently ("Sales of legally downloaded songs rose more than tenfold in what year?" in three
        // stories), one fact with one answer is a repeat too: over 0.6 of both questions' words in common.
        var questions = new List<Question>();
        var servedPrompts = new HashSet<string>(StringComparer.Ordinal);
        var servedByAnswer = new Dictionary<string, List<HashSet<string>>>(StringComparer.Ordinal);
        foreach (var (context, drafts, path) in pending)
        {
            List<Question> ranked;
            try
            {
                ranked = QuestionRanker.Rank(context, drafts, pool);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                skipped.Add(Failed(path, "ranking the article's questions", ex));
                continue;
            }

            foreach (var q in ranked)
            {
                questions.Add(q.Served && IsRepeat(q) ? q with { Served = false } : q);
            }
        }

        return new KnowledgeBase(ingest.Articles, facts, quotes, questions, skipped);

        bool IsRepeat(Question q)
        {
            var core = QuestionRanker.Normalize(PromptLeads.Core(q.Prompt));
            if (!servedPrompts.Add(core + "\u001f" + q.Answer))
            {
                return true;
            }

            var words = core.Split(' ').ToHashSet(StringComparer.Ordinal);
            if (!servedByAnswer.TryGetValue(q.Answer, out var earlier))
            {
                servedByAnswer[q.Answer] = earlier = [];
            }

            foreach (var other in earlier)
            {
                if (QuestionRanker.Overlap(words, other, oneFact: false) > 0.6)
                {
                    return true;
                }
            }

            earlier.Add(words);
            return false;
        }
    }

    private static SkippedFile Failed(string path, string step, Exception ex) => new(path, $"no questions: {step} failed ({ex.GetType().Name}: {ex.Message})");

    private static List<Fact> Distinct(List<Fact> facts)
    {
        var seen = new HashSet<string>(facts.Count, StringComparer.Ordinal);
        return facts.Where(f => seen.Add(f.Id)).ToList();
    }

    private static List<Draft> Distinct(List<Draft> drafts)
    {
        var seen = new HashSet<(string, string)>(drafts.Count);
        return drafts.Where(d => seen.Add((d.Prompt, d.Answer))).ToList();
    }
}
