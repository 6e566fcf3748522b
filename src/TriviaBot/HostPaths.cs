namespace TriviaBot;

/// Resolves configured relative paths against the repository root (the folder holding `config/`), so the bot
/// finds its content whether it is started from the repo root, `src/TriviaBot`, or its build output.
public sealed class HostPaths(string root)
{
    public string Root { get; } = root;

    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Root, path));

    public static HostPaths Discover()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "config", "appsettings.json")))
                {
                    return new HostPaths(dir.FullName);
                }
            }
        }

        return new HostPaths(Directory.GetCurrentDirectory());
    }
}
