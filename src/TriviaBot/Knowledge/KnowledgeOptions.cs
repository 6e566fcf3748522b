using System.ComponentModel.DataAnnotations;

namespace TriviaBot.Knowledge;

public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// Folder of articles (.txt, .md, .html), relative to the repository root or absolute.
    [Required(AllowEmptyStrings = false)]
    public string ArticlesPath { get; set; } = "config/articles";

    /// Folder of Red-DiscordBot trivia lists (.yaml).
    [Required(AllowEmptyStrings = false)]
    public string PacksPath { get; set; } = "config/packs";
}
