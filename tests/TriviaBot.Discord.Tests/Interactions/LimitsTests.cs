using System.Text.Json;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Tests.Interactions;

public sealed class LimitsTests
{
    private static Component Button(string id, string label = "b") => Component.Button(id, label);

    public static TheoryData<string, Func<InteractionResponse>> Violations => new()
    {
        { "content", () => InteractionResponse.Message(new string('a', 2001)) },
        { "embeds", () => InteractionResponse.Message(new InteractionCallbackData { Embeds = Enumerable.Repeat(new Embed { Title = "t" }, 11).ToArray() }) },
        { "embeds", () => InteractionResponse.Message(new InteractionCallbackData { Embeds = Enumerable.Repeat(new Embed { Description = new string('d', 4000) }, 2).ToArray() }) },
        { "embeds[0].title", () => InteractionResponse.Message(new InteractionCallbackData { Embeds = [new Embed { Title = new string('t', 257) }] }) },
        { "embeds[0].description", () => InteractionResponse.Message(new InteractionCallbackData { Embeds = [new Embed { Description = new string('d', 4097) }] }) },
        { "embeds[0].fields", () => InteractionResponse.Message(new InteractionCallbackData { Embeds = [new Embed { Fields = Enumerable.Repeat(new EmbedField("n", "v"), 26).ToArray() }] }) },
        { "embeds[0].fields[0].name", () => InteractionResponse.Message(new InteractionCallbackData { Embeds = [new Embed { Fields = [new EmbedField(new string('n', 257), "v")] }] }) },
        { "embeds[0].fields[0].value", () => InteractionResponse.Message(new InteractionCallbackData { Embeds = [new Embed { Fields = [new EmbedField("n", new string('v', 1025))] }] }) },
        { "embeds[0].footer.text", () => InteractionResponse.Message(new InteractionCallbackData { Embeds = [new Embed { Footer = new EmbedFooter(new string('f', 2049)) }] }) },
        { "components", () => InteractionResponse.Message(new InteractionCallbackData { Components = Enumerable.Range(0, 6).Select(i => Component.Row(Button("b" + i))).ToArray() }) },
        { "components[0].components", () => InteractionResponse.Message(new InteractionCallbackData { Components = [Component.Row(Enumerable.Range(0, 6).Select(i => Button("b" + i)).ToArray())] }) },
        { "components[0].components[0].custom_id", () => InteractionResponse.Message(new InteractionCallbackData { Components = [Component.Row(Button(new string('c', 101)))] }) },
        { "components[0].components[0].custom_id", () => InteractionResponse.Message(new InteractionCallbackData { Components = [Component.Row(Button(""))] }) },
        { "components[1].components[0].custom_id", () => InteractionResponse.Message(new InteractionCallbackData { Components = [Component.Row(Button("same")), Component.Row(Button("same"))] }) },
        { "components[0].components[0].label", () => InteractionResponse.Message(new InteractionCallbackData { Components = [Component.Row(Button("x", new string('l', 81)))] }) },
        { "data.choices", () => InteractionResponse.Autocomplete(Enumerable.Range(0, 26).Select(i => CommandChoice.String("c" + i, "v")).ToArray()) },
        { "data.title", () => InteractionResponse.Modal("m", "", Component.TextInput("a", "A")) },
        { "data.components", () => InteractionResponse.Modal("m", "Title") },
    };

    [Theory]
    [MemberData(nameof(Violations))]
    public void Build_LimitViolation_ThrowsNamingTheField(string field, Func<InteractionResponse> build)
    {
        var error = Assert.Throws<ArgumentException>(build);

        Assert.Equal(field, error.ParamName);
    }

    [Fact]
    public void Build_AtEveryLimit_IsAccepted()
    {
        var response = InteractionResponse.Message(new InteractionCallbackData
        {
            Content = new string('a', 2000),
            Embeds = [new Embed { Title = new string('t', 256), Fields = Enumerable.Repeat(new EmbedField("n", new string('v', 200)), 25).ToArray() }],
            Components = Enumerable.Range(0, 5).Select(r => Component.Row(Enumerable.Range(0, 5).Select(b => Button($"{r}-{b}", new string('l', 80))).ToArray())).ToArray(),
        });

        Assert.Equal(InteractionResponseType.ChannelMessageWithSource, response.Type);
    }

    [Fact]
    public async Task CreateMessage_TooLongContent_ThrowsBeforeSending()
    {
        var f = new RestFixture();

        await Assert.ThrowsAsync<ArgumentException>(() => f.Client.CreateMessageAsync(1, new MessageCreate { Content = new string('a', 2001) }));

        Assert.Empty(f.Handler.Requests);
    }

    [Fact]
    public void Serialize_MessageResponse_HasEmptyAllowedMentions()
    {
        var json = JsonSerializer.Serialize(InteractionResponse.Message("@everyone hi"), DiscordJsonContext.Default.InteractionResponse);

        Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_MessageEdit_HasEmptyAllowedMentions()
    {
        var json = JsonSerializer.Serialize(new MessageEdit { Content = "x" }, DiscordJsonContext.Default.MessageEdit);

        Assert.Contains("\"allowed_mentions\":{\"parse\":[]}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_AllowedRole_AllowsOnlyThatRole()
    {
        var json = JsonSerializer.Serialize(new MessageCreate { Content = "<@&5>", AllowedMentions = AllowedMentions.Role(5) }, DiscordJsonContext.Default.MessageCreate);

        Assert.Contains("\"allowed_mentions\":{\"parse\":[],\"roles\":[\"5\"]}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_EphemeralDeferral_HasFlag64()
    {
        var json = JsonSerializer.Serialize(InteractionResponse.Deferred(ephemeral: true), DiscordJsonContext.Default.InteractionResponse);

        Assert.Contains("\"type\":5,\"data\":{\"allowed_mentions\":{\"parse\":[]},\"flags\":64}", json, StringComparison.Ordinal);
    }
}
