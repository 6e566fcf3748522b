using System.Globalization;
using System.Text;

namespace TriviaBot.Discord.Rest;

/// <summary>A REST route as the rate limiter sees it: the method, the templated path (safe to log: ids and tokens
/// are replaced by placeholders) and the major parameter (<c>channels/{id}</c>, <c>guilds/{id}</c>,
/// <c>webhooks/{id}/{token}</c>, <c>interactions/{id}/{token}</c>) whose value separates otherwise shared buckets.</summary>
public sealed record RestRoute(string Method, string Template, string MajorParameter)
{
    /// <summary>The route key, e.g. <c>POST /channels/{channel_id}/messages</c>; bucket hashes are learned per key.</summary>
    public string Key { get; } = Method + " " + Template;

    /// <summary>Interaction callbacks and webhook-token routes are not under the global limit.</summary>
    public bool IsGlobalExempt => Template.StartsWith("/interactions/", StringComparison.Ordinal)
        || Template.StartsWith("/webhooks/{webhook_id}/{webhook_token}", StringComparison.Ordinal);

    /// <summary>True for <c>POST /interactions/{id}/{token}/callback</c>-like routes: one queue per interaction.</summary>
    internal bool IsInteractionCallback => Template.StartsWith("/interactions/", StringComparison.Ordinal);

    /// <summary>True when the route is authenticated by an interaction or webhook token instead of the bot token, so
    /// a 401 there says nothing about the bot token.</summary>
    public bool IsTokenRoute => IsGlobalExempt;

    /// <summary>Parses a path relative to the API base, e.g. <c>channels/1/messages/2?x=y</c>.</summary>
    public static RestRoute Parse(HttpMethod method, string path)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
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
                template.Append(previous switch
                {
                    "messages" => "{message_id}",
                    "applications" => "{application_id}",
                    "guilds" => "{guild_id}",
                    "commands" => "{command_id}",
                    "users" => "{user_id}",
                    _ => "{id}",
                });
            }
            else
            {
                template.Append(segment);
            }
        }

        return new RestRoute(method.Method.ToUpper(CultureInfo.InvariantCulture), template.ToString(), major);
    }
}
