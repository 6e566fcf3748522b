using System.ComponentModel.DataAnnotations;

namespace TriviaBot.Storage;

public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// Only SQLite ships today; PostgreSQL will take its place behind <see cref="ITriviaStore"/>.
    [RegularExpression("^(?i:sqlite)$", ErrorMessage = "Storage:Provider must be 'Sqlite'.")]
    public string Provider { get; set; } = "Sqlite";

    /// The SQLite file, relative to the repository root or absolute.
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/triviabot.db";
}
