using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace TriviaBot.LocalDiscord;

/// <summary>Builds Discord's 50035 "errors" tree: {"content":{"_errors":[{"code","message"}]}}.</summary>
internal sealed class ErrorTree
{
    public JsonObject Root { get; } = [];
    public bool HasErrors => Root.Count > 0;

    public void Add(string code, string message, params object[] path)
    {
        var node = Root;
        foreach (var part in path)
        {
            var key = Convert.ToString(part, CultureInfo.InvariantCulture)!;
            if (node[key] is not JsonObject child)
            {
                child = [];
                node[key] = child;
            }
            node = child;
        }
        if (node["_errors"] is not JsonArray errors)
        {
            errors = [];
            node["_errors"] = errors;
        }
        errors.Add(new JsonObject { ["code"] = code, ["message"] = message });
    }

    public JsonObject ToBody() => new() { ["code"] = 50035, ["errors"] = Root.DeepClone(), ["message"] = "Invalid Form Body" };
}

internal static partial class Validation
{
    [GeneratedRegex(@"^[-_'\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$")]
    private static partial Regex CommandNameRegex();

    private static int Len(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s.Length : 0;

    private static void MaxLen(ErrorTree errors, JsonObject obj, string field, int max, params object[] path)
    {
        if (obj[field] is JsonNode n && n.GetValueKind() != System.Text.Json.JsonValueKind.Null)
        {
            if (n.GetValueKind() != System.Text.Json.JsonValueKind.String)
            {
                errors.Add("STRING_TYPE_REQUIRED", "Must be a string.", [.. path, field]);
            }
            else if (Len(n) > max)
            {
                errors.Add("BASE_TYPE_MAX_LENGTH", $"Must be {max} or fewer in length.", [.. path, field]);
            }
        }
    }

    /// <summary>Message limits for create, edit, interaction responses and followups.</summary>
    public static void Message(JsonObject body, ErrorTree errors, bool requireContent, string[] prefix)
    {
        MaxLen(errors, body, "content", 2000, prefix);
        var embedChars = 0;
        if (body["embeds"] is JsonArray embeds)
        {
            if (embeds.Count > 10)
            {
                errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 10 or fewer in length.", [.. prefix, "embeds"]);
            }
            for (var i = 0; i < embeds.Count; i++)
            {
                if (embeds[i] is not JsonObject e)
                {
                    errors.Add("MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType", [.. prefix, "embeds", i]);
                    continue;
                }
                object[] p = [.. prefix, "embeds", i];
                MaxLen(errors, e, "title", 256, p);
                MaxLen(errors, e, "description", 4096, p);
                embedChars += Len(e["title"]) + Len(e["description"]);
                if (e["footer"] is JsonObject footer)
                {
                    MaxLen(errors, footer, "text", 2048, [.. p, "footer"]);
                    embedChars += Len(footer["text"]);
                }
                if (e["author"] is JsonObject author)
                {
                    MaxLen(errors, author, "name", 256, [.. p, "author"]);
                    embedChars += Len(author["name"]);
                }
                if (e["fields"] is JsonArray fields)
                {
                    if (fields.Count > 25)
                    {
                        errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.", [.. p, "fields"]);
                    }
                    for (var f = 0; f < fields.Count; f++)
                    {
                        if (fields[f] is JsonObject field)
                        {
                            MaxLen(errors, field, "name", 256, [.. p, "fields", f]);
                            MaxLen(errors, field, "value", 1024, [.. p, "fields", f]);
                            embedChars += Len(field["name"]) + Len(field["value"]);
                        }
                    }
                }
            }
            if (embedChars > 6000)
            {
                errors.Add("MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of 6000", [.. prefix, "embeds"]);
            }
        }
        if (body["components"] is JsonArray rows)
        {
            Components(rows, errors, prefix);
        }
        if (requireContent && Len(body["content"]) == 0 && body["embeds"] is not JsonArray { Count: > 0 }
            && body["components"] is not JsonArray { Count: > 0 } && body["sticker_ids"] is null && body["poll"] is null)
        {
            errors.Add("BASE_TYPE_REQUIRED", "Cannot send an empty message", [.. prefix, "content"]);
        }
    }

    private static void Components(JsonArray rows, ErrorTree errors, string[] prefix)
    {
        if (rows.Count > 5)
        {
            errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 5 or fewer in length.", [.. prefix, "components"]);
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            object[] rp = [.. prefix, "components", r];
            if (rows[r] is not JsonObject row || Int(row["type"]) != 1)
            {
                errors.Add("UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (1,).", [.. rp, "type"]);
                continue;
            }
            if (row["components"] is not JsonArray children || children.Count == 0)
            {
                errors.Add("BASE_TYPE_MIN_LENGTH", "Must be between 1 and 5 in length.", [.. rp, "components"]);
                continue;
            }
            if (children.Count > 5)
            {
                errors.Add("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 5 in length.", [.. rp, "components"]);
            }
            for (var c = 0; c < children.Count; c++)
            {
                object[] cp = [.. rp, "components", c];
                if (children[c] is not JsonObject comp)
                {
                    errors.Add("MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType", cp);
                    continue;
                }
                var type = Int(comp["type"]);
                if (type is not (2 or 3 or 4 or 5 or 6 or 7 or 8))
                {
                    errors.Add("UNION_TYPE_CHOICES", "Value of field \"type\" must be one of (2, 3, 4, 5, 6, 7, 8).", [.. cp, "type"]);
                    continue;
                }
                var isLink = type == 2 && Int(comp["style"]) is 5 or 6;
                if (type == 2 && Int(comp["style"]) is not (>= 1 and <= 6))
                {
                    errors.Add("BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6}.", [.. cp, "style"]);
                }
                if (type == 2)
                {
                    MaxLen(errors, comp, "label", 80, cp);
                }
                if (isLink)
                {
                    if (Int(comp["style"]) == 5 && comp["url"] is null)
                    {
                        errors.Add("BUTTON_COMPONENT_URL_REQUIRED", "A url is required", [.. cp, "url"]);
                    }
                    if (comp["custom_id"] is not null)
                    {
                        errors.Add("BUTTON_COMPONENT_CUSTOM_ID_NOT_ALLOWED", "A custom id cannot be provided for this button style", [.. cp, "custom_id"]);
                    }
                    continue;
                }
                var id = comp["custom_id"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                if (id is null || id.Length == 0)
                {
                    errors.Add("BASE_TYPE_REQUIRED", "This field is required", [.. cp, "custom_id"]);
                }
                else if (id.Length > 100)
                {
                    errors.Add("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.", [.. cp, "custom_id"]);
                }
                else if (!ids.Add(id))
                {
                    errors.Add("COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated", [.. cp, "custom_id"]);
                }
            }
        }
    }

    public static int? Int(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<int>(out var i) ? i
        : node is JsonValue d && d.TryGetValue<double>(out var dbl) && dbl == Math.Floor(dbl) && dbl is >= int.MinValue and <= int.MaxValue ? (int)dbl
        : null;

    public static string? Str(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    /// <summary>Bulk-overwrite command payloads.</summary>
    public static void Commands(JsonArray commands, ErrorTree errors)
    {
        if (commands.Count > 100)
        {
            errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 100 or fewer in length.");
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < commands.Count; i++)
        {
            if (commands[i] is not JsonObject cmd)
            {
                errors.Add("MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType", i);
                continue;
            }
            var type = Int(cmd["type"]) ?? 1;
            var name = Str(cmd["name"]);
            if (type == 1 ? !IsCommandName(name) : name is null || name.Length is < 1 or > 32)
            {
                errors.Add("APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid", i, "name");
            }
            else if (!names.Add($"{type}:{name}"))
            {
                errors.Add("APPLICATION_COMMANDS_DUPLICATE_NAME", $"Application command names must be unique", i, "name");
            }
            if (type == 1)
            {
                Description(cmd, errors, i);
                Options(cmd["options"] as JsonArray, errors, [i], 0);
            }
            if (cmd["default_member_permissions"] is JsonNode perms && perms.GetValueKind() != System.Text.Json.JsonValueKind.Null
                && (Str(perms) is not { } ps || !ulong.TryParse(ps, NumberStyles.None, CultureInfo.InvariantCulture, out _)))
            {
                errors.Add("NUMBER_TYPE_COERCE", "Value is not a valid permission bitset string.", i, "default_member_permissions");
            }
        }
    }

    private static bool IsCommandName(string? name) =>
        name is not null && CommandNameRegex().IsMatch(name) && string.Equals(name, name.ToLowerInvariant(), StringComparison.Ordinal);

    private static void Description(JsonObject obj, ErrorTree errors, params object[] path)
    {
        var description = Str(obj["description"]);
        if (description is null || description.Length is < 1 or > 100)
        {
            errors.Add("BASE_TYPE_BAD_LENGTH", "Must be between 1 and 100 in length.", [.. path, "description"]);
        }
    }

    private static void Options(JsonArray? options, ErrorTree errors, object[] path, int depth)
    {
        if (options is null)
        {
            return;
        }
        if (options.Count > 25)
        {
            errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.", [.. path, "options"]);
        }
        var seenOptional = false;
        for (var o = 0; o < options.Count; o++)
        {
            object[] op = [.. path, "options", o];
            if (options[o] is not JsonObject opt)
            {
                errors.Add("MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType", op);
                continue;
            }
            var type = Int(opt["type"]);
            if (type is null or < 1 or > 11)
            {
                errors.Add("BASE_TYPE_CHOICES", "Value must be one of {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}.", [.. op, "type"]);
            }
            if (!IsCommandName(Str(opt["name"])))
            {
                errors.Add("APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid", [.. op, "name"]);
            }
            Description(opt, errors, op);
            var required = opt["required"] is JsonValue rv && rv.TryGetValue<bool>(out var r) && r;
            if (required && seenOptional)
            {
                errors.Add("APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options", [.. op, "required"]);
            }
            seenOptional |= !required;
            if (opt["choices"] is JsonArray choices && choices.Count > 25)
            {
                errors.Add("BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.", [.. op, "choices"]);
            }
            if (type is 1 or 2 && depth < 2)
            {
                Options(opt["options"] as JsonArray, errors, op, depth + 1);
            }
        }
    }
}
