using System.Text.Json;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Interactions;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Tests.Interactions;

public sealed class InteractionParseTests
{
    internal const string Command = """
        {"id":"100","application_id":"200","type":2,"token":"tok","guild_id":"300","channel_id":"400","locale":"en-GB",
         "member":{"user":{"id":"500","username":"ann"},"permissions":"2147483648","roles":["7"]},
         "data":{"id":"600","name":"quiz","type":1,"options":[
           {"name":"s","type":3,"value":"text"},{"name":"i","type":4,"value":9007199254740991},{"name":"b","type":5,"value":true},
           {"name":"u","type":6,"value":"11"},{"name":"c","type":7,"value":"12"},{"name":"r","type":8,"value":"13"},
           {"name":"m","type":9,"value":"14"},{"name":"n","type":10,"value":2.5},{"name":"a","type":11,"value":"15"}]}}
        """;

    private static Interaction Parse(string json) => Interaction.Parse(JsonDocument.Parse(json).RootElement);

    [Fact]
    public void Parse_Command_ReadsEnvelope()
    {
        var i = Parse(Command);

        Assert.Equal((100UL, 200UL, InteractionType.ApplicationCommand, "tok", 300UL, 400UL, "en-GB"),
            (i.Id, i.ApplicationId, i.Type, i.Token, i.GuildId!.Value, i.ChannelId!.Value, i.Locale));
    }

    [Fact]
    public void Parse_Member_ReadsUserAndPermissionBitset()
    {
        var i = Parse(Command);

        Assert.Equal((500UL, 2147483648UL, 7UL), (i.User!.Id, i.Member!.Permissions, i.Member.Roles[0]));
    }

    [Fact]
    public void Parse_EveryOptionType_ReadsTypedValues()
    {
        var d = Parse(Command).Command!;

        Assert.Equal(("text", 9007199254740991L, true, 11UL, 12UL, 13UL, 14UL, 2.5, 15UL),
            (d.Option("s")!.AsString(), d.Option("i")!.AsInt64(), d.Option("b")!.AsBoolean(), d.Option("u")!.AsSnowflake(),
             d.Option("c")!.AsSnowflake(), d.Option("r")!.AsSnowflake(), d.Option("m")!.AsSnowflake(), d.Option("n")!.AsDouble(),
             d.Option("a")!.AsSnowflake()));
    }

    [Fact]
    public void Parse_SubcommandGroup_ExposesPathAndLeafOptions()
    {
        var d = Parse("""
            {"id":"1","application_id":"2","type":2,"token":"t","user":{"id":"3","username":"dm"},
             "data":{"id":"4","name":"admin","type":1,"options":[{"name":"schedule","type":2,"options":[
               {"name":"set","type":1,"options":[{"name":"hour","type":4,"value":9}]}]}]}}
            """).Command!;

        Assert.Equal(("schedule/set", 9L), (string.Join("/", d.SubcommandPath), d.Option("hour")!.AsInt64()));
    }

    [Fact]
    public void Parse_DirectMessage_UsesTopLevelUser()
    {
        var i = Parse("""{"id":"1","application_id":"2","type":2,"token":"t","user":{"id":"3","username":"dm"},"data":{"id":"4","name":"x","type":1}}""");

        Assert.Equal((3UL, (InteractionMember?)null), (i.User!.Id, i.Member));
    }

    [Fact]
    public void Parse_Autocomplete_FindsFocusedPartialValue()
    {
        var d = Parse("""
            {"id":"1","application_id":"2","type":4,"token":"t","data":{"id":"4","name":"quiz","type":1,"options":[
              {"name":"topic","type":3,"value":"hist","focused":true}]}}
            """).Command!;

        Assert.Equal(("topic", "hist"), (d.Focused!.Name, d.Focused.AsString()));
    }

    [Fact]
    public void Parse_Component_ReadsCustomIdTypeAndValues()
    {
        var i = Parse("""
            {"id":"1","application_id":"2","type":3,"token":"t","message":{"id":"8","channel_id":"9","content":"q"},
             "data":{"custom_id":"answer:2","component_type":3,"values":["b"]}}
            """);

        Assert.Equal(("answer:2", ComponentType.StringSelect, "b", 8UL), (i.Component!.CustomId, i.Component.ComponentType, i.Component.Values[0], i.Message!.Id));
    }

    [Fact]
    public void Parse_ModalSubmit_ReadsTextInputs()
    {
        var i = Parse("""
            {"id":"1","application_id":"2","type":5,"token":"t","data":{"custom_id":"feedback","components":[
              {"type":1,"components":[{"type":4,"custom_id":"text","value":"great"}]}]}}
            """);

        Assert.Equal(("feedback", "great"), (i.Modal!.CustomId, i.Modal.Values["text"]));
    }

    [Fact]
    public void Parse_MissingToken_Throws()
    {
        Assert.Throws<FormatException>(() => Parse("""{"id":"1","application_id":"2","type":2}"""));
    }
}
