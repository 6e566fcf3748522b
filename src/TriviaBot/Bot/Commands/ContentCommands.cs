using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;
using TriviaBot.Game;
using TriviaBot.Knowledge;

namespace TriviaBot.Bot.Commands;

/// `/quote [speaker] [search]`: a quote with its speaker and article.
public sealed class QuoteCommand(KnowledgeStore content) : IBotCommand
{
    // Who-said questions need a confident speaker; a quote card can show a less certain one, but not a guess.
    private const double MinConfidence = 0.5;

    public ApplicationCommandDefinition Definition { get; } = new()
    {
        Name = "quote",
        Description = "Show a quote from the articles.",
        Options =
        [
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "speaker", Description = "Who said it (start typing)", Autocomplete = true, MaxLength = 100 },
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "search", Description = "Words in the quote", Autocomplete = true, MaxLength = 100 },
        ],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var snapshot = content.Current;
        var quotes = snapshot.Knowledge.Quotes.Where(q => q.Confidence >= MinConfidence).ToList();
        var speaker = Options.String(context, "speaker");
        var search = Options.String(context, "search");
        if (context.Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            var focused = context.Interaction.Command?.Focused;
            IReadOnlyList<CommandChoice> choices = focused?.Name == "speaker"
                ? Options.Choices(QuestionPool.Match(quotes.Select(q => q.Speaker).Distinct(StringComparer.Ordinal), focused.AsString(), 25))
                : quotes.Where(q => speaker is null || q.Speaker.Equals(speaker, StringComparison.OrdinalIgnoreCase))
                    .Where(q => string.IsNullOrWhiteSpace(focused?.AsString()) || q.Text.Contains(focused!.AsString()!.Trim(), StringComparison.OrdinalIgnoreCase))
                    .Take(25)
                    .Select(q => CommandChoice.String(TriviaMessages.Clip(q.Text, 100), TriviaMessages.Clip(q.Text, 100)))
                    .DistinctBy(c => c.Name)
                    .ToArray();
            await context.AutocompleteAsync(choices, cancellationToken);
            return;
        }

        var matches = quotes
            .Where(q => speaker is null || q.Speaker.Equals(speaker, StringComparison.OrdinalIgnoreCase) || q.Speaker.Contains(speaker, StringComparison.OrdinalIgnoreCase))
            .Where(q => search is null || q.Text.Contains(search.TrimEnd('…'), StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (matches.Count == 0)
        {
            var what = (speaker, search) switch
            {
                (null, null) => "There are no quotes yet.",
                (not null, null) => $"No quotes by \"{TriviaMessages.Clip(speaker, 100)}\". Pick a speaker from the list as you type.",
                (null, not null) => $"No quote contains \"{TriviaMessages.Clip(search, 100)}\".",
                _ => $"No quote by \"{TriviaMessages.Clip(speaker!, 100)}\" contains \"{TriviaMessages.Clip(search!, 100)}\".",
            };
            await context.RespondAsync(what, ephemeral: true, cancellationToken);
            return;
        }

        var quote = matches[Random.Shared.Next(matches.Count)];
        await context.RespondAsync(new InteractionCallbackData { Embeds = [TriviaMessages.QuoteCard(quote, snapshot.TitleOf(quote.ArticleId))] }, cancellationToken);
    }
}

/// `/fact [topic]`: a fact with the sentence and article it comes from.
public sealed class FactCommand(KnowledgeStore content) : IBotCommand
{
    public ApplicationCommandDefinition Definition { get; } = new()
    {
        Name = "fact",
        Description = "Show a fact from the articles, with its source.",
        Options =
        [
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "topic", Description = "An article (start typing)", Autocomplete = true, MaxLength = 100 },
        ],
    };

    public async Task HandleAsync(InteractionContext context, CancellationToken cancellationToken)
    {
        var snapshot = content.Current;
        if (context.Interaction.Type == InteractionType.ApplicationCommandAutocomplete)
        {
            var titles = snapshot.Knowledge.Articles.Select(a => a.Title).Distinct(StringComparer.OrdinalIgnoreCase);
            await context.AutocompleteAsync(Options.Choices(QuestionPool.Match(titles, context.Interaction.Command?.Focused?.AsString(), 25)), cancellationToken);
            return;
        }

        var topic = Options.String(context, "topic");
        var facts = snapshot.Knowledge.Facts
            .Where(f => topic is null || snapshot.TitleOf(f.ArticleId).Equals(topic, StringComparison.OrdinalIgnoreCase))
            .Where(StandsAlone)
            .ToList();
        if (facts.Count == 0)
        {
            await context.RespondAsync(topic is null ? "There are no facts yet." : $"No facts about \"{TriviaMessages.Clip(topic, 100)}\". Pick a topic from the list as you type.", ephemeral: true, cancellationToken);
            return;
        }

        var fact = facts[Random.Shared.Next(facts.Count)];
        await context.RespondAsync(new InteractionCallbackData { Embeds = [TriviaMessages.FactCard(fact, snapshot.TitleOf(fact.ArticleId))] }, cancellationToken);
    }

    // A sentence that opens on a pronoun ("He said…") means nothing without the one before it.
    private static readonly string[] Pronouns = ["he ", "she ", "they ", "it ", "this ", "that ", "these ", "those ", "his ", "her ", "their ", "its "];

    private static bool StandsAlone(Fact fact) =>
        fact.Sentence.Length is >= 30 and <= 600 && !Pronouns.Any(p => fact.Sentence.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
