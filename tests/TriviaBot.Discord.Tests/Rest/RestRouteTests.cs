using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Tests.Rest;

public sealed class RestRouteTests
{
    [Fact]
    public void Parse_ChannelMessage_TemplatesMessageIdAndKeepsChannelAsMajor()
    {
        var route = RestRoute.Parse(HttpMethod.Patch, "channels/111/messages/222");

        Assert.Equal(("PATCH /channels/{channel_id}/messages/{message_id}", "111"), (route.Key, route.MajorParameter));
    }

    [Fact]
    public void Parse_GuildCommands_GuildIsNotMajorUnderApplications()
    {
        var route = RestRoute.Parse(HttpMethod.Put, "applications/5/guilds/7/commands");

        Assert.Equal(("PUT /applications/{application_id}/guilds/{guild_id}/commands", ""), (route.Key, route.MajorParameter));
    }

    [Fact]
    public void Parse_WebhookWithToken_TemplateHidesTokenAndMajorKeepsIt()
    {
        var route = RestRoute.Parse(HttpMethod.Patch, "webhooks/5/secret-token/messages/@original");

        Assert.Equal(("PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original", "5/secret-token"), (route.Key, route.MajorParameter));
    }

    [Fact]
    public void Parse_InteractionCallback_IsGlobalExemptAndHidesToken()
    {
        var route = RestRoute.Parse(HttpMethod.Post, "interactions/9/tok/callback");

        Assert.Equal(("POST /interactions/{interaction_id}/{interaction_token}/callback", true), (route.Key, route.IsGlobalExempt));
    }

    [Fact]
    public void Parse_ChannelMessages_IsNotGlobalExempt()
    {
        Assert.False(RestRoute.Parse(HttpMethod.Post, "channels/1/messages").IsGlobalExempt);
    }

    [Fact]
    public void Parse_QueryString_IsIgnored()
    {
        Assert.Equal("/channels/{channel_id}/messages", RestRoute.Parse(HttpMethod.Get, "channels/1/messages?limit=5").Template);
    }

    [Theory]
    [InlineData("POST", "channels/1/messages")]
    [InlineData("GET", "/channels/1/messages/22?limit=5")]
    [InlineData("PUT", "channels/1/messages/22/reactions/%F0%9F%91%8D/@me")]
    [InlineData("PATCH", "webhooks/5/tok/messages/@original")]
    [InlineData("POST", "webhooks/5")]
    [InlineData("POST", "interactions/9/tok/callback")]
    [InlineData("GET", "interactions/9")]
    [InlineData("PUT", "applications/5/guilds/7/commands")]
    [InlineData("GET", "users/@me")]
    [InlineData("GET", "gateway/bot")]
    [InlineData("GET", "")]
    [InlineData("GET", "a//b/123/")]
    [InlineData("get", "channels/1")]
    public void Parse_AnyPath_MatchesTheReferenceParser(string method, string path)
    {
        var expected = RestRoute.ParseSlow(new HttpMethod(method), path);

        var actual = RestRoute.Parse(new HttpMethod(method), path);

        Assert.Equal((expected.Key, expected.MajorParameter, expected), (actual.Key, actual.MajorParameter, actual));
    }
}
