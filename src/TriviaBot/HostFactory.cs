using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TriviaBot.Bot;
using TriviaBot.Knowledge;

namespace TriviaBot;

/// Composes the generic host: configuration from `config/appsettings.json` and `TRIVIABOT_*` environment
/// variables (never secrets in files), console logging on stderr, and one `Add*` per area.
public static class HostFactory
{
    public static HostApplicationBuilder CreateBuilder(string[]? args = null, bool withBot = false)
    {
        var paths = HostPaths.Discover();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = paths.Root,
            DisableDefaults = true,
        });
        builder.Configuration
            .AddJsonFile(Path.Combine(paths.Root, "config", "appsettings.json"), optional: true, reloadOnChange: false)
            .AddEnvironmentVariables(prefix: "TRIVIABOT_");
        if (args is not null)
        {
            builder.Configuration.AddCommandLine(args);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // stdout belongs to the command's output (preview --json); logs go to stderr.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddSingleton(paths);
        builder.Services.AddKnowledge();
        if (withBot)
        {
            builder.Services.AddBot();
        }

        return builder;
    }
}
