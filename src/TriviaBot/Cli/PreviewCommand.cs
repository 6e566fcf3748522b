using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TriviaBot.Knowledge;
using TriviaBot.Knowledge.Ingestion;

namespace TriviaBot.Cli;

public static class PreviewCommand
{
    public static int Run(string path, bool json, TextWriter stdout, TextWriter stderr)
    {
        using var host = HostFactory.CreateBuilder().Build();
        var full = Path.GetFullPath(path);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            stderr.WriteLine($"preview: '{path}' is neither a file nor a folder.");
            return 2;
        }

        var kb = KnowledgePipeline.Build(host.Services.GetRequiredService<ArticleLoader>().Load(full));
        if (json)
        {
            stdout.WriteLine(ToJson(kb));
            return 0;
        }

        WriteText(kb, stdout);
        return 0;
    }

    public static string ToJson(KnowledgeBase kb)
    {
        var doc = new PreviewDocument(
            kb.Articles.Select(a => new PreviewArticle(a.Id, a.Title, a.Path)).ToList(),
            kb.Facts.Select(f => new PreviewFact(f.Id, f.ArticleId, f.Kind, f.Subject, f.Relation, f.Object, f.Sentence)).ToList(),
            kb.Quotes.Select(q => new PreviewQuote(q.Id, q.ArticleId, q.Text, q.Speaker, q.Confidence, q.Sentence)).ToList(),
            kb.Questions.Select(q => new PreviewQuestion(q.Id, q.ArticleId, q.Kind.ToWire(), q.Prompt, q.Answer, q.Accepted, q.Choices, q.Hint, q.Difficulty, q.Score, q.Served, q.Source)).ToList(),
            kb.Skipped.Select(s => new PreviewSkipped(s.Path, s.Reason)).ToList());
        // Readable quotes and apostrophes in the output; it is data, not HTML.
        var options = new JsonSerializerOptions(PreviewJsonContext.Default.Options) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return JsonSerializer.Serialize(doc, new PreviewJsonContext(options).PreviewDocument);
    }

    private static void WriteText(KnowledgeBase kb, TextWriter o)
    {
        foreach (var a in kb.Articles)
        {
            o.WriteLine($"# {a.Title}  [{a.Id}]  {a.Path}");
            var questions = kb.Questions.Where(q => q.ArticleId == a.Id).OrderByDescending(q => q.Served).ThenByDescending(q => q.Score).ToList();
            foreach (var quote in kb.Quotes.Where(q => q.ArticleId == a.Id))
            {
                o.WriteLine($"  quote  {quote.Speaker} ({quote.Confidence:0.00}): “{quote.Text}”");
            }

            foreach (var f in kb.Facts.Where(f => f.ArticleId == a.Id && f.Kind != "quote"))
            {
                o.WriteLine($"  fact   [{f.Kind}] {f.Subject} — {f.Relation} — {f.Object}");
            }

            foreach (var q in questions)
            {
                o.WriteLine($"  {(q.Served ? "served" : "held  ")} {q.Score:0.00} d{q.Difficulty} {q.Kind.ToWire(),-15} {q.Prompt}");
                o.WriteLine($"         answer: {q.Answer}{(q.Choices.Count > 0 ? "   choices: " + string.Join(" | ", q.Choices) : "")}   hint: {q.Hint}");
            }

            o.WriteLine();
        }

        foreach (var s in kb.Skipped)
        {
            o.WriteLine($"skipped {s.Path}: {s.Reason}");
        }

        o.WriteLine($"{kb.Articles.Count} articles, {kb.Facts.Count} facts, {kb.Quotes.Count} quotes, {kb.Questions.Count} questions ({kb.Served.Count()} served), {kb.Skipped.Count} skipped");
    }
}
