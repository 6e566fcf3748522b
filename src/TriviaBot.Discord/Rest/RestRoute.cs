using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace TriviaBot.Discord.Rest;

/// <summary>A REST route as the rate limiter sees it: the method, the templated path (safe to log: ids and tokens
/// are replaced by placeholders) and the major parameter (<c>channels/{id}</c>, <c>guilds/{id}</c>,
/// <c>webhooks/{id}/{token}</c>, <c>interactions/{id}/{token}</c>) whose value separates otherwise shared buckets.</summary>
public sealed record RestRoute(string Method, string Template, string MajorParameter)
{
    /// <summary>The route key, e.g. <c>POST /channels/{channel_id}/messages</c>; bucket hashes are learned per key.</summary>
    public string Key => _key ??= Method + " " + Template;

    private string? _key;

    /// <summary>Interaction callbacks and webhook-token routes are not under the global limit.</summary>
    public bool IsGlobalExempt => Template.StartsWith("/interactions/", StringComparison.Ordinal)
        || Template.StartsWith("/webhooks/{webhook_id}/{webhook_token}", StringComparison.Ordinal);

    /// <summary>True for <c>POST /interactions/{id}/{token}/callback</c>-like routes: one queue per interaction.</summary>
    internal bool IsInteractionCallback => Template.StartsWith("/interactions/", StringComparison.Ordinal);

    /// <summary>True when the route is authenticated by an interaction or webhook token instead of the bot token, so
    /// a 401 there says nothing about the bot token.</summary>
    public bool IsTokenRoute => IsGlobalExempt;

    /// <summary>Equal when method, template and major parameter are (the cached key is not part of identity).</summary>
    public bool Equals(RestRoute? other) =>
        other is not null && Method == other.Method && Template == other.Template && MajorParameter == other.MajorParameter;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Method, Template, MajorParameter);

    // Route shapes ("POST /interactions/{interaction_id}/{interaction_token}/callback") are few; each is built once and
    // found again from a stack buffer, so parsing a path allocates only its major parameter.
    private const int MaxShapes = 4096;
    private static readonly ConcurrentDictionary<string, RestRoute> Shapes = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, RestRoute>.AlternateLookup<ReadOnlySpan<char>> ShapesBySpan =
        Shapes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Parses a path relative to the API base, e.g. <c>channels/1/messages/2?x=y</c>.</summary>
    public static RestRoute Parse(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var span = path.AsSpan();
        var query = span.IndexOf('?');
        if (query >= 0)
        {
            span = span[..query];
        }

        span = span.Trim('/');
        Span<Range> segments = stackalloc Range[33];
        var count = span.Split(segments, '/');
        Span<char> key = stackalloc char[256];
        var methodName = method.Method;
        if (count > 32 || methodName.Length + 1 >= key.Length || methodName.AsSpan().ContainsAnyInRange('a', 'z'))
        {
            return ParseSlow(method, path);
        }

        methodName.CopyTo(key);
        var length = methodName.Length;
        key[length++] = ' ';
        var keyStart = length;
        string major = string.Empty;
        for (var i = 0; i < count; i++)
        {
            var segment = span[segments[i]];
            var previous = i > 0 ? span[segments[i - 1]] : default;
            ReadOnlySpan<char> part;
            if (i == 1 && (previous.SequenceEqual("channels") || previous.SequenceEqual("guilds")))
            {
                major = segment.ToString();
                part = previous.SequenceEqual("channels") ? "{channel_id}" : "{guild_id}";
            }
            else if (i == 1 && (previous.SequenceEqual("webhooks") || previous.SequenceEqual("interactions")))
            {
                var webhook = previous.SequenceEqual("webhooks");
                if (i + 1 < count)
                {
                    major = string.Concat(segment, "/", span[segments[i + 1]]);
                    part = webhook ? "{webhook_id}/{webhook_token}" : "{interaction_id}/{interaction_token}";
                    i++;
                }
                else
                {
                    major = segment.ToString();
                    part = webhook ? "{webhook_id}" : "{interaction_id}";
                }
            }
            else if (previous.SequenceEqual("reactions"))
            {
                part = "{emoji}";
            }
            else if (segment.Length > 0 && !segment.ContainsAnyExceptInRange('0', '9'))
            {
                part = IdPlaceholder(previous);
            }
            else
            {
                part = segment;
            }

            if (length + 1 + part.Length > key.Length)
            {
                return ParseSlow(method, path);
            }

            key[length++] = '/';
            part.CopyTo(key[length..]);
            length += part.Length;
        }

        if (length == keyStart)
        {
            key[length++] = '/'; // the empty path templates to "/", as the slow path does
        }

        var routeKey = key[..length];
        if (!ShapesBySpan.TryGetValue(routeKey, out var shape))
        {
            var keyText = routeKey.ToString();
            shape = new RestRoute(methodName, keyText[keyStart..]) { _key = keyText };
            if (Shapes.Count < MaxShapes)
            {
                shape = Shapes.GetOrAdd(keyText, shape);
            }
        }

        return new RestRoute(shape.Method, shape.Template, major) { _key = shape.Key };
    }

    /// <summary>The placeholder for a numeric id, named after the segment before it.</summary>
    private static string IdPlaceholder(ReadOnlySpan<char> previous) => previous switch
    {
        "messages" => "{message_id}",
        "applications" => "{application_id}",
        "guilds" => "{guild_id}",
        "commands" => "{command_id}",
        "users" => "{user_id}",
        _ => "{id}",
    };

    private RestRoute(string method, string template) : this(method, template, string.Empty)
    {
    }

    /// <summary>The reference parser (any path, any length): the fast path falls back to it.</summary>
    internal static RestRoute ParseSlow(HttpMethod method, string path)
    {
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        var segments = path.Trim('/').Split('/');
        var template = new StringBuilder();
        var major = string.Empty;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var previous = i > 0 ? segments[i - 1] : null;
            template.Append('/');
            if (i == 1 && previous is "channels" or "guilds")
            {
                major = segment;
                template.Append(previous == "channels" ? "{channel_id}" : "{guild_id}");
            }
            else if (i == 1 && previous is "webhooks" or "interactions")
            {
                var hasToken = i + 1 < segments.Length;
                major = hasToken ? segment + "/" + segments[i + 1] : segment;
                template.Append(previous == "webhooks" ? "{webhook_id}" : "{interaction_id}");
                if (hasToken)
                {
                    template.Append(previous == "webhooks" ? "/{webhook_token}" : "/{interaction_token}");
                    i++;
                }
            }
            else if (previous == "reactions")
            {
                template.Append("{emoji}");
            }
            else if (segment.Length > 0 && segment.All(char.IsAsciiDigit))
            {
                template.Append(IdPlaceholder(previous));
            }
            else
            {
                template.Append(segment);
            }
        }

        return new RestRoute(method.Method.ToUpper(CultureInfo.InvariantCulture), template.ToString(), major);
    }
}
