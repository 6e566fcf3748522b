using TriviaBot.Cli;

return await TriviaBotCli.Build().Parse(args).InvokeAsync();
