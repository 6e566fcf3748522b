using TriviaBot.Knowledge.Nlp;

namespace TriviaBot.Knowledge.Questions;

public enum AnswerType
{
    Person,
    Speaker,
    Year,
    Age,
    Number,
    Episode,
    Podcast,
    Show,
    Film,
    Title,
    Place,

    /// A chart position ("went in at number _____"): a number whose neighbours, number one included, are the choices.
    Position,

    /// A band, company, event or title the article names that no list knows the type of: typed, never chosen.
    Name,

    /// A sum of money ("took _____ at the box office": $42.8m), or a count in millions ("drew _____ viewers": 10.9m):
    /// chosen among others of its currency (or none) and scale.
    Money,
}

/// A candidate question before distractors, ranking and filtering.
public sealed record Draft(
    string Generator,
    Fact Fact,
    string Prompt,
    string Answer,
    AnswerType Type,
    IReadOnlyList<string> Accepted,
    double BaseScore,
    int Sentence,
    string Source,
    IReadOnlySet<string> Excluded)
{
    /// Asked inside the story's headline told without the answer's name ("Actor to star in Broadway play"): the ranker
    /// prefers a question asked inside the headline as written when both rule out as many others.
    public bool HeadlineUnnamed { get; init; }

    /// Asked inside the headline told without the name of the story's subject, who is not this question's answer and
    /// whom nothing in the question tells apart from them ("Star to perform for BBC" over a question on Chris Tarrant).
    public bool HeadlineOfAnotherUnnamed { get; init; }

    /// Persons that must never be offered as distractors (they appear in the source and might also be right).
    public static readonly IReadOnlySet<string> NoExclusions = new HashSet<string>();

    /// Answers that are numbers: given as digits, choices in numeric order, never matched word by word.
    public static bool IsNumber(AnswerType type) => type is AnswerType.Year or AnswerType.Age or AnswerType.Number or AnswerType.Position;

    public static AnswerType TypeOf(WorkKind kind) => kind switch
    {
        WorkKind.Episode => AnswerType.Episode,
        WorkKind.Podcast => AnswerType.Podcast,
        WorkKind.Show => AnswerType.Show,
        WorkKind.Film => AnswerType.Film,
        _ => AnswerType.Title,
    };
}
