using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Tests;

internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string? Body, string? ContentType, DateTimeOffset At);

/// <summary>Records every request (with the fake time it arrived) and answers from a script.</summary>
internal sealed class ScriptedHandler(TimeProvider time) : HttpMessageHandler
{
    private readonly Lock _gate = new();
    private readonly Queue<Func<RecordedRequest, HttpResponseMessage>> _script = new();
    private readonly List<RecordedRequest> _requests = [];

    public Func<RecordedRequest, Task<HttpResponseMessage>?>? Route { get; set; }

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
            {
                return [.. _requests];
            }
        }
    }

    public ScriptedHandler Then(Func<HttpResponseMessage> response)
    {
        lock (_gate)
        {
            _script.Enqueue(_ => response());
        }

        return this;
    }

    public ScriptedHandler Then(HttpStatusCode status, string? json = null, params (string Name, string Value)[] headers) =>
        Then(() => Resp.Json(status, json, headers));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(" ", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method.Method, request.RequestUri!.AbsolutePath, headers, body,
            request.Content?.Headers.ContentType?.ToString(), time.GetUtcNow());
        Func<RecordedRequest, HttpResponseMessage>? next;
        lock (_gate)
        {
            _requests.Add(recorded);
            _script.TryDequeue(out next);
        }

        if (Route?.Invoke(recorded) is { } routed)
        {
            return await routed;
        }

        return next?.Invoke(recorded) ?? Resp.Json(HttpStatusCode.OK, Resp.Message);
    }
}

internal static class Resp
{
    public static HttpResponseMessage Json(HttpStatusCode status, string? json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage(status);
        if (json is not null)
        {
            response.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }

        return response;
    }

    public static HttpResponseMessage Html(HttpStatusCode status) =>
        new(status) { Content = new StringContent("<html><body>You are being rate limited.</body></html>", Encoding.UTF8, "text/html") };

    public static (string, string)[] Bucket(string hash, int remaining, double resetAfter, long? reset = null) =>
    [
        ("X-RateLimit-Bucket", hash),
        ("X-RateLimit-Limit", "5"),
        ("X-RateLimit-Remaining", remaining.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("X-RateLimit-Reset-After", resetAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("X-RateLimit-Reset", (reset ?? 1_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture)),
    ];

    public const string Message = """{"id":"900","channel_id":"1","content":"hi","author":{"id":"5","username":"bot","bot":true}}""";
}

internal sealed class ListLogger<T> : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_gate)
            {
                return [.. _lines];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_gate)
        {
            _lines.Add($"{logLevel}: {formatter(state, exception)} {exception}");
        }
    }
}

internal sealed class RestFixture
{
    public RestFixture(string? token = null)
    {
        Token = token ?? "tok." + Guid.NewGuid().ToString("N");
        Handler = new ScriptedHandler(Time);
        Client = NewClient();
    }

    public FakeTimeProvider Time { get; } = new();

    public string Token { get; }

    public ScriptedHandler Handler { get; }

    public ListLogger<DiscordRestClient> Logger { get; } = new();

    public DiscordRestClient Client { get; }

    public DiscordRestClient NewClient(ScriptedHandler? handler = null) =>
        new(new HttpClient(handler ?? Handler), new DiscordToken(Token), new DiscordOptions { ApiBaseUrl = "http://discord.test/api/v10" }, Time, Logger);

    /// <summary>Advances fake time in steps until <paramref name="done"/> holds; real time is only a safety net.</summary>
    public async Task AdvanceUntilAsync(Func<bool> done, TimeSpan? step = null, int maxSteps = 2000)
    {
        for (var i = 0; i < maxSteps && !done(); i++)
        {
            await Task.Delay(2);
            if (!done())
            {
                Time.Advance(step ?? TimeSpan.FromMilliseconds(100));
            }
        }

        Assert.True(done(), "condition not reached while advancing fake time");
    }

    public async Task<T> CompleteAsync<T>(Task<T> task, TimeSpan? step = null)
    {
        await AdvanceUntilAsync(() => task.IsCompleted, step);
        return await task;
    }

    public async Task CompleteAsync(Task task, TimeSpan? step = null)
    {
        await AdvanceUntilAsync(() => task.IsCompleted, step);
        await task;
    }
}
