namespace TriviaBot.Discord.Rest;

/// <summary>Discord's message, embed, component and response limits, checked before anything is sent so a bad
/// message fails here with the field's name instead of as a 50035 from Discord. Violations throw
/// <see cref="ArgumentException"/> whose <see cref="ArgumentException.ParamName"/> is the field path.</summary>
public static class DiscordLimits
{
    /// <summary>Message content.</summary>
    public const int Content = 2000;
    /// <summary>Embeds per message.</summary>
    public const int Embeds = 10;
    /// <summary>All embed text of a message together.</summary>
    public const int EmbedTotal = 6000;
    /// <summary>Embed title.</summary>
    public const int EmbedTitle = 256;
    /// <summary>Embed description.</summary>
    public const int EmbedDescription = 4096;
    /// <summary>Fields per embed.</summary>
    public const int EmbedFields = 25;
    /// <summary>Field name.</summary>
    public const int FieldName = 256;
    /// <summary>Field value.</summary>
    public const int FieldValue = 1024;
    /// <summary>Footer text.</summary>
    public const int Footer = 2048;
    /// <summary>Author name.</summary>
    public const int AuthorName = 256;
    /// <summary>Action rows per message.</summary>
    public const int ActionRows = 5;
    /// <summary>Buttons per row.</summary>
    public const int ButtonsPerRow = 5;
    /// <summary>custom_id length.</summary>
    public const int CustomId = 100;
    /// <summary>Button label.</summary>
    public const int ButtonLabel = 80;
    /// <summary>Autocomplete or option choices.</summary>
    public const int Choices = 25;
    /// <summary>Modal title.</summary>
    public const int ModalTitle = 45;
    /// <summary>Select options.</summary>
    public const int SelectOptions = 25;

    /// <summary>Checks a channel message or followup.</summary>
    public static void Validate(MessageCreate message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ValidateMessage(message.Content, message.Embeds, message.Components);
    }

    /// <summary>Checks an edit.</summary>
    public static void Validate(MessageEdit message)
    {
        ArgumentNullException.ThrowIfNull(message);
        ValidateMessage(message.Content, message.Embeds, message.Components);
    }

    /// <summary>Checks an interaction response.</summary>
    public static void Validate(InteractionResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var data = response.Data;
        switch (response.Type)
        {
            case InteractionResponseType.ChannelMessageWithSource or InteractionResponseType.UpdateMessage:
                Check(data is not null, "data", "is required for a message response");
                ValidateMessage(data!.Content, data.Embeds, data.Components);
                break;
            case InteractionResponseType.ApplicationCommandAutocompleteResult:
                var choices = data?.Choices ?? [];
                Check(choices.Count <= Choices, "data.choices", $"has {choices.Count} choices; at most {Choices} are allowed");
                for (var i = 0; i < choices.Count; i++)
                {
                    Length(choices[i].Name, 1, 100, $"data.choices[{i}].name");
                }

                break;
            case InteractionResponseType.Modal:
                Check(data is not null, "data", "is required for a modal");
                Length(data!.Title, 1, ModalTitle, "data.title");
                Length(data.CustomId, 1, CustomId, "data.custom_id");
                var rows = data.Components ?? [];
                Check(rows.Count is >= 1 and <= ActionRows, "data.components", $"has {rows.Count} rows; a modal needs 1 to {ActionRows}");
                var ids = new HashSet<string>(StringComparer.Ordinal) { data.CustomId! };
                for (var r = 0; r < rows.Count; r++)
                {
                    var inputs = rows[r].Components ?? [];
                    Check(rows[r].Type == ComponentType.ActionRow && inputs.Count == 1 && inputs[0].Type == ComponentType.TextInput,
                        $"data.components[{r}]", "must be an action row holding exactly one text input");
                    Length(inputs[0].CustomId, 1, CustomId, $"data.components[{r}].components[0].custom_id");
                    Length(inputs[0].Label, 1, 45, $"data.components[{r}].components[0].label");
                    Check(ids.Add(inputs[0].CustomId!), $"data.components[{r}].components[0].custom_id", $"'{inputs[0].CustomId}' is not unique in the modal");
                }

                break;
            default:
                break;
        }
    }

    private static void ValidateMessage(string? content, IReadOnlyList<Embed>? embeds, IReadOnlyList<Component>? components)
    {
        if (content is not null)
        {
            Check(content.Length <= Content, "content", $"is {content.Length} characters; the limit is {Content}");
        }

        ValidateEmbeds(embeds ?? []);
        ValidateComponents(components ?? []);
    }

    private static void ValidateEmbeds(IReadOnlyList<Embed> embeds)
    {
        Check(embeds.Count <= Embeds, "embeds", $"has {embeds.Count} embeds; at most {Embeds} are allowed");
        var total = 0;
        for (var e = 0; e < embeds.Count; e++)
        {
            var embed = embeds[e];
            var at = $"embeds[{e}]";
            total += Max(embed.Title, EmbedTitle, at + ".title");
            total += Max(embed.Description, EmbedDescription, at + ".description");
            total += Max(embed.Footer?.Text, Footer, at + ".footer.text");
            total += Max(embed.Author?.Name, AuthorName, at + ".author.name");
            var fields = embed.Fields ?? [];
            Check(fields.Count <= EmbedFields, at + ".fields", $"has {fields.Count} fields; at most {EmbedFields} are allowed");
            for (var f = 0; f < fields.Count; f++)
            {
                total += Length(fields[f].Name, 1, FieldName, $"{at}.fields[{f}].name");
                total += Length(fields[f].Value, 1, FieldValue, $"{at}.fields[{f}].value");
            }
        }

        Check(total <= EmbedTotal, "embeds", $"hold {total} characters in total; the limit is {EmbedTotal}");
    }

    private static void ValidateComponents(IReadOnlyList<Component> rows)
    {
        Check(rows.Count <= ActionRows, "components", $"has {rows.Count} action rows; at most {ActionRows} are allowed");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var r = 0; r < rows.Count; r++)
        {
            var at = $"components[{r}]";
            Check(rows[r].Type == ComponentType.ActionRow, at, "top-level components must be action rows");
            var children = rows[r].Components ?? [];
            Check(children.Count is >= 1 and <= ButtonsPerRow, at + ".components", $"has {children.Count} components; a row holds 1 to {ButtonsPerRow}");
            Check(children.All(c => c.Type == ComponentType.Button) || children.Count == 1, at + ".components", "a select menu must be alone in its row");
            for (var c = 0; c < children.Count; c++)
            {
                var child = children[c];
                var cat = $"{at}.components[{c}]";
                Check(child.Type is ComponentType.Button or ComponentType.StringSelect, cat, $"type {child.Type} cannot be in a message row");
                if (child.Type == ComponentType.Button)
                {
                    Max(child.Label, ButtonLabel, cat + ".label");
                    if (child.Style == (int)ButtonStyle.Link)
                    {
                        Check(!string.IsNullOrEmpty(child.Url) && child.CustomId is null, cat, "a link button needs a url and no custom_id");
                        continue;
                    }
                }
                else
                {
                    var options = child.Options ?? [];
                    Check(options.Count is >= 1 and <= SelectOptions, cat + ".options", $"has {options.Count} options; a select holds 1 to {SelectOptions}");
                }

                Length(child.CustomId, 1, CustomId, cat + ".custom_id");
                Check(ids.Add(child.CustomId!), cat + ".custom_id", $"'{child.CustomId}' is not unique in the message");
            }
        }
    }

    private static int Max(string? value, int max, string field)
    {
        if (value is null)
        {
            return 0;
        }

        Check(value.Length <= max, field, $"is {value.Length} characters; the limit is {max}");
        return value.Length;
    }

    private static int Length(string? value, int min, int max, string field)
    {
        var length = value?.Length ?? 0;
        Check(length >= min && length <= max, field, $"is {length} characters; it must be {min} to {max}");
        return length;
    }

    private static void Check(bool ok, string field, string problem)
    {
        if (!ok)
        {
            throw new ArgumentException($"{field} {problem}.", field);
        }
    }
}
