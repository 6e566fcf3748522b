using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using TriviaBot.Knowledge.Ingestion;
using TriviaBot.Knowledge.Tests.Ingestion;
using Xunit.Abstractions;

namespace TriviaBot.Knowledge.Tests.Pipeline;

/// The BBC entertainment section, built once; null when /work/shared is not beside the repository.
public sealed class EntertainmentCorpus
{
    public EntertainmentCorpus()
    {
        if (SharedFolder.Find("corpus/bbc/entertainment") is { } folder)
        {
            Knowledge = KnowledgePipeline.Build(new ArticleLoader(NullLogger<ArticleLoader>.Instance).Load(folder));
        }
    }

    public KnowledgeBase? Knowledge { get; }
}

/// Invariants every served question must keep, checked over the real corpus. Each test lists the offending
/// questions, so a failure names its inputs. They pass vacuously, with a message, when the corpus is absent.
public sealed partial class CorpusQuestionTests(EntertainmentCorpus corpus, ITestOutputHelper output) : IClassFixture<EntertainmentCorpus>
{
    private List<Question> Served()
    {
        if (corpus.Knowledge is null)
        {
            output.WriteLine("shared/corpus/bbc/entertainment not found next to the repository; corpus question test not run.");
            return [];
        }

        return corpus.Knowledge.Served.ToList();
    }

    private List<Question> All() => corpus.Knowledge?.Questions.ToList() ?? [];

    private static string Show(Question q) =>
        $"[{q.Kind.ToWire()}] {q.Prompt} => {q.Answer} (choices: {string.Join(" | ", q.Choices)}; accepted: {string.Join(" | ", q.Accepted)})";

    [Fact]
    public void Build_EntertainmentCorpus_GeneratesQuestionsOfEveryKind()
    {
        var all = All();
        if (corpus.Knowledge is null)
        {
            return;
        }

        Assert.Equal(
            [QuestionKind.MultipleChoice, QuestionKind.FreeAnswer, QuestionKind.WhoSaid],
            all.Select(q => q.Kind).Distinct().Order().ToArray());
    }

    [Fact]
    public void Build_ChoiceQuestions_HaveFourDistinctChoicesIncludingAnswer()
    {
        var bad = Served()
            .Where(q => q.Kind is QuestionKind.MultipleChoice or QuestionKind.WhoSaid)
            .Where(q => q.Choices.Count != 4 || q.Choices.Select(Norm).Distinct().Count() != 4 || !q.Choices.Contains(q.Answer))
            .Select(Show);

        Assert.Empty(bad);
    }

    [Fact]
    public void Build_ChoiceQuestions_NoDistractorIsAnAcceptedAnswer()
    {
        var bad = Served()
            .Where(q => Distractors(q).Any(d => q.Accepted.Append(q.Answer).Any(a => Norm(a) == Norm(d))))
            .Select(Show);

        Assert.Empty(bad);
    }

    [Fact]
    public void Build_ChoiceQuestions_NoDistractorIsSubstringOfAnswerOrViceVersa()
    {
        var bad = Served()
            .Where(q => !IsNumber(q.Answer))
            .Where(q => Distractors(q).Any(d => Norm(q.Answer).Contains(Norm(d), StringComparison.Ordinal) || Norm(d).Contains(Norm(q.Answer), StringComparison.Ordinal)))
            .Select(Show);

        Assert.Empty(bad);
    }

    [Fact]
    public void Build_FreeAnswerQuestions_HaveNoChoicesAndSomeAcceptedAnswers()
    {
        // Over every generated question: the corpus may serve no free-answer question at all.
        var bad = All()
            .Where(q => q.Kind == QuestionKind.FreeAnswer)
            .Where(q => q.Choices.Count != 0 || q.Accepted.Count == 0 || q.Accepted.Any(string.IsNullOrWhiteSpace))
            .Select(Show);

        Assert.Empty(bad);
    }

    [Fact]
    public void Build_ServedQuestions_AnswerNotInPromptOutsideQuotes()
    {
        var bad = Served()
            .Where(q => AnswerForms(q).Any(a => ContainsWords(OutsideQuotes(q.Prompt), a)))
            .Select(Show);

        Assert.Empty(bad);
    }

    [Fact]
    public void Build_WhoSaidQuestions_SpeakerNotNamedInsideQuote()
    {
        var bad = Served()
            .Where(q => q.Kind == QuestionKind.WhoSaid)
            .Where(q => AnswerForms(q).Any(a => ContainsWords(q.Prompt, a)))
            .Select(Show);

        Assert.Empty(bad);
    }

    [Fact]
    public void Build_ServedQuestions_NoFirstPersonNarrationOutsideQuotes()
    {
        var bad = Served()
            .Where(q => (" " + OutsideQuotes(q.Prompt) + " ").Contains(" I ", StringComparison.Ordinal)
                || FirstPersonMy().IsMatch(" " + OutsideQuotes(q.Prompt) + " "))
            .Select(Show);

        Assert.Empty(bad);
    }

    [Fact]
    public void Build_ServedQuestions_QuotesBalancedInPrompt()
    {
        var bad = Served()
            .Where(q => q.Prompt.Count(c => c is '"' or '\u201c' or '\u201d') % 2 != 0
                || q.Prompt.Count(c => c == '\u201c') != q.Prompt.Count(c => c == '\u201d'))
            .Select(Show);

        Assert.Empty(bad);
    }

    [Fact]
    public void Build_ServedQuestionsOfOneArticle_PromptsUnique()
    {
        var duplicates = Served()
            .GroupBy(q => (q.ArticleId, Norm(q.Prompt)))
            .Where(g => g.Count() > 1)
            .Select(g => g.First().Prompt);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Build_ServedQuestionsOfCorpus_PromptsUnique()
    {
        // The BBC corpus holds the same story twice under different files (e.g. entertainment/033 and 324).
        var duplicates = Served()
            .GroupBy(q => Norm(q.Prompt))
            .Where(g => g.Count() > 1)
            .Select(g => g.First().Prompt);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Build_ServedQuestionsOfOneArticle_NoPromptLeaksAnotherAnswer()
    {
        var leaks = new List<string>();
        foreach (var article in Served().GroupBy(q => q.ArticleId))
        {
            foreach (var q in article)
            {
                foreach (var other in article.Where(o => o.Kind != QuestionKind.WhoSaid && !ReferenceEquals(o, q)))
                {
                    if (ContainsWords(q.Prompt, other.Answer))
                    {
                        leaks.Add($"{Show(q)} leaks the answer of: {Show(other)}");
                    }
                }
            }
        }

        Assert.Empty(leaks);
    }

    [Theory]
    [InlineData(QuestionKind.MultipleChoice, "multiple-choice")]
    [InlineData(QuestionKind.FreeAnswer, "free-answer")]
    [InlineData(QuestionKind.WhoSaid, "who-said")]
    public void ToWire_EachKind_IsIssueName(QuestionKind kind, string wire)
    {
        Assert.Equal(wire, kind.ToWire());
    }

    [Fact]
    public void ToWire_AllKinds_RoundTripThroughTryParse()
    {
        var roundTripped = Enum.GetValues<QuestionKind>()
            .Select(k => QuestionKinds.TryParse(k.ToWire(), out var parsed) ? parsed : (QuestionKind?)null);

        Assert.Equal(Enum.GetValues<QuestionKind>().Cast<QuestionKind?>(), roundTripped);
    }

    private static IEnumerable<string> Distractors(Question q) => q.Choices.Where(c => c != q.Answer);

    /// The answer, and for a person (whose accepted answers include the surname alone) the surname too.
    private static IEnumerable<string> AnswerForms(Question q)
    {
        yield return q.Answer;
        var words = q.Answer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && (q.Kind == QuestionKind.WhoSaid || q.Accepted.Contains(words[^1])))
        {
            yield return words[^1];
        }
    }

    private static bool IsNumber(string s) => long.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);

    private static bool ContainsWords(string text, string phrase)
    {
        var p = Norm(phrase);
        return p.Length > 0 && (" " + Norm(text) + " ").Contains(" " + p + " ", StringComparison.Ordinal);
    }

    /// Lowercase letters and digits, every other run collapsed to one space; diacritics dropped.
    private static string Norm(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c is '\'' or '\u2019')
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().Trim();
    }

    private static string OutsideQuotes(string s)
    {
        var sb = new StringBuilder(s.Length);
        var inQuote = false;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\u201c' || (c == '"' && !inQuote))
            {
                inQuote = true;
            }
            else if (c == '\u201d' || c == '"')
            {
                inQuote = false;
            }
            else if (!inQuote)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    // "my" as a narrator's (" my ", " My own…"), not a title's word ("perform My City Was Gone").
    [GeneratedRegex(@" (?:my|My(?! [A-Z])) ")]
    private static partial Regex FirstPersonMy();
}
