namespace TriviaBot.Knowledge.Ingestion;

/// A file's text before cleaning: an optional title and paragraphs that may still hold several lines ('\n').
internal sealed record ParsedDocument(string? Title, IReadOnlyList<string> Paragraphs);
