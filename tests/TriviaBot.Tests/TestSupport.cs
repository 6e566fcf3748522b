namespace TriviaBot.Tests;

/// The repository root (the folder holding config/appsettings.json), found by walking up from the test binaries.
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string SeedArticle => Path.Combine(Root, "config", "articles", "the-office-first-kiss.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "config", "appsettings.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("No folder holding config/appsettings.json above " + AppContext.BaseDirectory);
    }
}

/// A per-test scratch folder, deleted on dispose.
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "triviabot-host-" + Guid.NewGuid().ToString("N"));

    public TempFolder() => Directory.CreateDirectory(Path);

    public string Write(string name, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(full, content);
        return full;
    }

    public string CopySeed(string name = "the-office-first-kiss.txt")
    {
        var full = System.IO.Path.Combine(Path, name);
        File.Copy(Repo.SeedArticle, full);
        return full;
    }

    public void Dispose()
    {
        // A pooled SQLite connection keeps the database file open (only this folder's: the other tests' stores run
        // beside this one).
        foreach (var database in Directory.EnumerateFiles(Path, "*.db", SearchOption.AllDirectories))
        {
            TriviaBot.Storage.SqliteTriviaStore.ReleaseFile(database);
        }

        Directory.Delete(Path, recursive: true);
    }
}
