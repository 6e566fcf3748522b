using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using TriviaBot.Discord.Commands;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Tests.Commands;

public sealed class CommandTests
{
    private static readonly ApplicationCommandDefinition Quiz = new()
    {
        Name = "quiz",
        Description = "Start a quiz",
        DefaultMemberPermissions = "32",
        Contexts = [InteractionContextTypes.Guild],
        Options =
        [
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.String, Name = "topic", Description = "Topic", Required = true, Autocomplete = true },
            new CommandOptionDefinition { Type = ApplicationCommandOptionType.Integer, Name = "rounds", Description = "Rounds", Choices = [CommandChoice.Integer("five", 5)] },
        ],
    };

    private const string RegisteredQuiz = """
        [{"id":"9","application_id":"1","version":"3","type":1,"name":"quiz","description":"Start a quiz","default_member_permissions":"32",
          "contexts":[0],"integration_types":[0],"nsfw":false,"options":[
          {"type":3,"name":"topic","description":"Topic","required":true,"autocomplete":true},
          {"type":4,"name":"rounds","description":"Rounds","required":false,"choices":[{"name":"five","value":5}]}]}]
        """;

    [Theory]
    [InlineData("Quiz")]
    [InlineData("bad name")]
    [InlineData("")]
    [InlineData("a-very-long-command-name-over-32-chars")]
    public void Validate_BadName_ThrowsNamingTheName(string name)
    {
        var error = Assert.Throws<ArgumentException>(() => CommandValidator.Validate(Quiz with { Name = name }));

        Assert.EndsWith("name", error.ParamName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void Validate_BadDescriptionLength_Throws(int length)
    {
        Assert.Throws<ArgumentException>(() => CommandValidator.Validate(Quiz with { Description = new string('d', length) }));
    }

    [Fact]
    public void Validate_TwentySixChoices_Throws()
    {
        var option = new CommandOptionDefinition
        {
            Type = ApplicationCommandOptionType.String, Name = "c", Description = "c",
            Choices = Enumerable.Range(0, 26).Select(i => CommandChoice.String("n" + i, "v")).ToArray(),
        };

        Assert.Throws<ArgumentException>(() => CommandValidator.Validate(Quiz with { Options = [option] }));
    }

    [Fact]
    public void Validate_RequiredAfterOptional_Throws()
    {
        Assert.Throws<ArgumentException>(() => CommandValidator.Validate(Quiz with { Options = [Quiz.Options![1], Quiz.Options[0]] }));
    }

    [Fact]
    public void Validate_SubcommandGroupWithSubcommands_Passes()
    {
        var command = new ApplicationCommandDefinition
        {
            Name = "admin", Description = "Admin",
            Options = [new CommandOptionDefinition
            {
                Type = ApplicationCommandOptionType.SubCommandGroup, Name = "schedule", Description = "Schedule",
                Options = [new CommandOptionDefinition
                {
                    Type = ApplicationCommandOptionType.SubCommand, Name = "set", Description = "Set",
                    Options = [new CommandOptionDefinition { Type = ApplicationCommandOptionType.Channel, Name = "where", Description = "Where", Required = true }],
                }],
            }],
        };

        CommandValidator.Validate(command);
    }

    [Fact]
    public void Validate_DuplicateCommand_Throws()
    {
        Assert.Throws<ArgumentException>(() => CommandValidator.Validate([Quiz, Quiz]));
    }

    [Fact]
    public async Task Register_RegisteredSetEqual_SkipsPut()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.OK, RegisteredQuiz);
        var registrar = new CommandRegistrar(f.Client, new DiscordOptions(), NullLogger<CommandRegistrar>.Instance);

        var outcome = await registrar.RegisterAsync(1, [Quiz]);

        Assert.Equal((CommandRegistrationOutcome.Unchanged, 1), (outcome, f.Handler.Requests.Count));
    }

    [Fact]
    public async Task Register_DescriptionChanged_PutsGlobally()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.OK, RegisteredQuiz).Then(HttpStatusCode.OK, "[]");
        var registrar = new CommandRegistrar(f.Client, new DiscordOptions(), NullLogger<CommandRegistrar>.Instance);

        var outcome = await registrar.RegisterAsync(1, [Quiz with { Description = "Start a new quiz" }]);

        Assert.Equal((CommandRegistrationOutcome.Overwritten, "PUT /api/v10/applications/1/commands"), (outcome, f.Handler.Requests[1].Method + " " + f.Handler.Requests[1].Path));
    }

    [Fact]
    public async Task Register_DevelopmentGuild_UsesGuildRoutes()
    {
        var f = new RestFixture();
        f.Handler.Then(HttpStatusCode.OK, "[]").Then(HttpStatusCode.OK, "[]");
        var registrar = new CommandRegistrar(f.Client, new DiscordOptions { DevelopmentGuildId = "77" }, NullLogger<CommandRegistrar>.Instance);

        await registrar.RegisterAsync(1, [Quiz]);

        Assert.Equal(["GET /api/v10/applications/1/guilds/77/commands", "PUT /api/v10/applications/1/guilds/77/commands"],
            f.Handler.Requests.Select(r => r.Method + " " + r.Path));
    }

    [Fact]
    public void AreEquivalent_DifferentOrder_IsEqual()
    {
        var other = Quiz with { Name = "score", Options = null };

        Assert.True(CommandRegistrar.AreEquivalent([Quiz, other], [other, Quiz]));
    }

    [Fact]
    public void AreEquivalent_ChoiceValueChanged_IsNotEqual()
    {
        var changed = Quiz with { Options = [Quiz.Options![0], Quiz.Options[1] with { Choices = [CommandChoice.Integer("five", 6)] }] };

        Assert.False(CommandRegistrar.AreEquivalent([Quiz], [changed]));
    }
}
