using TriviaBot.Tests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;

namespace TriviaBot.Playground.Tests;

/// The playground as a newcomer uses it: a real browser (Debian's chromium, headless) on the page the main job
/// serves, the real bot behind it. One FakeTimeProvider drives the bot and the local server, so the answer window
/// closes when the test says, and every wait is for something to appear on the page.
public sealed class PlaygroundBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly float Bound = 30_000; // ms; only bounds a failure

    private static async Task<LocalPlayground> StartPlaygroundAsync(TempFolder folder, FakeTimeProvider time)
    {
        var articles = Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "articles")).FullName;
        var packs = Directory.CreateDirectory(System.IO.Path.Combine(folder.Path, "packs")).FullName;
        File.Copy(Repo.SeedArticle, System.IO.Path.Combine(articles, "the-office-first-kiss.txt"));
        return await LocalPlayground.StartAsync(0,
            [
                $"--Storage:Path={System.IO.Path.Combine(folder.Path, "data", "triviabot.db")}", $"--Knowledge:ArticlesPath={articles}",
                $"--Knowledge:PacksPath={packs}", "--Game:AnswerWindow=00:00:20",
            ],
            o =>
            {
                o.Time = time;
                // Time only moves when the test advances it: windows that never reset must not throttle the bot.
                o.GlobalRateLimit = 100_000;
                o.DefaultBucketLimit = 100_000;
                o.MessageCreateLimit = 100_000;
                o.WaitForBotResponse = TimeSpan.FromDays(1); // measured on fake time; the HTTP client's timeout bounds it
            },
            services => services.AddSingleton<TimeProvider>(time));
    }

    private static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assertions.SetDefaultExpectTimeout(Bound);
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (apt-get install -y chromium) — .ci/run does this before the tests.");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            Timeout = Bound,
        });
    }

    private static string Screenshot(string name)
    {
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(Repo.Root, "TestResults")).FullName;
        return System.IO.Path.Combine(folder, name);
    }

    /// The bot and its playground on a fresh database, a browser, and a page live as <c>user</c>.
    private sealed class Session : IAsyncDisposable
    {
        private readonly TempFolder _folder = new();
        private LocalPlayground? _playground;
        private IPlaywright? _playwright;
        private IBrowser? _browser;

        // Real "now": "closes in 20 seconds" reads right in the browser.
        public FakeTimeProvider Time { get; } = new(TimeProvider.System.GetUtcNow());

        public IPage Page { get; private set; } = null!;

        public static async Task<Session> OpenAsync(string user, ViewportSize? viewport)
        {
            var session = new Session();
            try
            {
                session._playground = await StartPlaygroundAsync(session._folder, session.Time);
                session._playwright = await Playwright.CreateAsync();
                session._browser = await LaunchAsync(session._playwright);
                session.Page = await session._browser.NewPageAsync(viewport is null ? null : new BrowserNewPageOptions { ViewportSize = viewport });
                session.Page.SetDefaultTimeout(Bound);
                await session.Page.GotoAsync(new Uri(session._playground.Address, $"?user={user}#trivia").ToString());
                await session.Page.Locator("body[data-live='true']").WaitForAsync();
                return session;
            }
            catch
            {
                await session.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (_browser is not null)
            {
                await _browser.DisposeAsync();
            }

            _playwright?.Dispose();
            if (_playground is not null)
            {
                await _playground.DisposeAsync();
            }

            _folder.Dispose();
        }
    }

    private static async Task RunAsync(IPage page, string command)
    {
        var input = page.Locator("#command-input");
        await input.FillAsync(command);
        await input.PressAsync("Enter");
    }

    [Fact]
    public async Task Page_MultipleChoiceRound_LocksInRevealsAndRanksThePlayer()
    {
        await using var session = await Session.OpenAsync("alice", new ViewportSize { Width = 1100, Height = 820 });
        var (page, time) = (session.Page, session.Time);
        try
        {
            await PlayRoundAsync(page, time);
        }
        catch (Exception)
        {
            // Keep what the page showed when a step timed out, next to the other screenshots.
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("playground-failure.png"), FullPage = true });
            throw;
        }
    }

    private static async Task PlayRoundAsync(IPage page, FakeTimeProvider time)
    {
        await RunAsync(page, "/trivia kind:multiple-choice");
        var question = page.Locator("article.message", new PageLocatorOptions { Has = page.Locator(".embed-title", new PageLocatorOptions { HasText = "Multiple choice" }) });
        await question.Locator("button.dc-btn.style-1").First.ClickAsync();
        var locked = page.Locator("article.message.ephemeral", new PageLocatorOptions { HasText = "Locked in" });
        await locked.WaitForAsync();
        await Assertions.Expect(locked).ToContainTextAsync("Only you can see this");

        time.Advance(TimeSpan.FromSeconds(21)); // the answer window closes
        var reveal = page.Locator("article.message", new PageLocatorOptions { Has = page.Locator(".embed-title", new PageLocatorOptions { HasText = "The answer" }) });
        await Assertions.Expect(reveal.Locator(".embed-field-name").First).ToHaveTextAsync("Answers");

        await RunAsync(page, "/leaderboard");
        var board = page.Locator("article.message .embed", new PageLocatorOptions { HasText = "pts" });
        await Assertions.Expect(board).ToContainTextAsync("Alice");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("playground.png"), FullPage = true });
    }

    [Fact]
    public async Task Page_PhoneWidthAutocomplete_SuggestsCommandsAndChoices()
    {
        await using var session = await Session.OpenAsync("bob", new ViewportSize { Width = 390, Height = 780 });
        var page = session.Page;
        var input = page.Locator("#command-input");

        await input.PressSequentiallyAsync("/triv");
        await Assertions.Expect(page.Locator("#autocomplete .ac-item").First).ToContainTextAsync("/trivia");
        await input.PressAsync("Tab");
        await input.PressSequentiallyAsync("ki");
        await input.PressAsync("Tab");
        await Assertions.Expect(page.Locator("#autocomplete")).ToContainTextAsync("Free answer");
        await input.PressAsync("ArrowDown");
        await input.PressAsync("Enter");

        await Assertions.Expect(input).ToHaveValueAsync("/trivia kind:free-answer ");
        await Assertions.Expect(page.Locator("#sidebar")).Not.ToBeInViewportAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screenshot("playground-phone.png") });
    }

    [Fact]
    public async Task Page_FreeAnswer_ModalSubmitsTheGuess()
    {
        await using var session = await Session.OpenAsync("carol", null);
        var page = session.Page;

        await RunAsync(page, "/trivia kind:free-answer");
        await page.Locator("article.message button.dc-btn", new PageLocatorOptions { HasText = "Answer" }).ClickAsync();
        var dialog = page.Locator("dialog#modal[open]");
        await dialog.Locator("input").FillAsync("<b>@everyone</b>");
        await dialog.Locator("button[type=submit]").ClickAsync();

        var reply = page.Locator("article.message.ephemeral", new PageLocatorOptions { HasText = "Locked in" });
        await Assertions.Expect(reply).ToContainTextAsync("Only you can see this");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(reply.Locator("b")).ToHaveCountAsync(0); // the guess is text, never markup
    }

    [Fact]
    public async Task Page_AdminToggle_GivesManageServerToThatPlayerOnly()
    {
        await using var session = await Session.OpenAsync("alice", null);
        var page = session.Page;

        await Assertions.Expect(page.Locator("#admin-toggle")).ToBeCheckedAsync(); // alice owns the server
        await RunAsync(page, "/daily status");
        await Assertions.Expect(page.Locator("article.message.ephemeral").Last).ToContainTextAsync("Daily trivia");
        await page.Locator("#admin-toggle").UncheckAsync();
        await RunAsync(page, "/daily status");

        await Assertions.Expect(page.Locator("article.message.ephemeral").Last).ToContainTextAsync("Manage Server permission");
    }
}
