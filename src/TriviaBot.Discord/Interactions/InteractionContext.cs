using Microsoft.Extensions.Logging;
using TriviaBot.Discord.Rest;

namespace TriviaBot.Discord.Interactions;

/// <summary>Handles interactions; one instance per interaction scope. Throwing is fine: the failure is logged once,
/// centrally, and the user gets an ephemeral failure message.</summary>
public interface IInteractionHandler
{
    /// <summary>Handles one interaction. Respond or defer within <see cref="InteractionContext.InitialResponseWindow"/>.</summary>
    Task HandleAsync(InteractionContext context, CancellationToken cancellationToken);
}

/// <summary>Where the interaction stands.</summary>
public enum InteractionResponseState
{
    /// <summary>No initial response yet.</summary>
    None,
    /// <summary>Deferred (type 5 or 6): the next message edits <c>@original</c>.</summary>
    Deferred,
    /// <summary>Responded: further messages are followups.</summary>
    Responded,
}

/// <summary>One interaction being handled: the parsed <see cref="Interaction"/>, the time since local receipt
/// (monotonic), and response methods that track state so a second "initial" response becomes an edit or a
/// followup, and a 40060 (already acknowledged) switches to editing <c>@original</c>.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The SemaphoreSlim never allocates a wait handle (no AvailableWaitHandle), so it holds nothing to dispose.")]
public sealed class InteractionContext
{
    /// <summary>Discord's window for the initial response, counted from local receipt.</summary>
    public static readonly TimeSpan InitialResponseWindow = TimeSpan.FromSeconds(3);

    private readonly DiscordRestClient _rest;
    private readonly TimeProvider _time;
    private readonly InlineResponseSlot? _inline;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);

    internal InteractionContext(Interaction interaction, DiscordRestClient rest, TimeProvider time, long receivedTimestamp, InlineResponseSlot? inline, ILogger logger)
    {
        Interaction = interaction;
        _rest = rest;
        _time = time;
        ReceivedTimestamp = receivedTimestamp;
        _inline = inline;
        _logger = logger;
    }

    /// <summary>The interaction.</summary>
    public Interaction Interaction { get; }

    /// <summary>Monotonic timestamp (<see cref="TimeProvider.GetTimestamp"/>) of local receipt.</summary>
    public long ReceivedTimestamp { get; }

    /// <summary>Time since local receipt.</summary>
    public TimeSpan Elapsed => _time.GetElapsedTime(ReceivedTimestamp);

    /// <summary>Time left for the initial response (zero when it has passed).</summary>
    public TimeSpan RemainingForInitialResponse => Elapsed >= InitialResponseWindow ? TimeSpan.Zero : InitialResponseWindow - Elapsed;

    /// <summary>Response state.</summary>
    public InteractionResponseState State { get; private set; }

    /// <summary>Responds with text (a second call becomes an edit of the deferral or a followup).</summary>
    public Task RespondAsync(string content, bool ephemeral = false, CancellationToken cancellationToken = default) =>
        RespondAsync(new InteractionCallbackData { Content = content, Flags = ephemeral ? MessageFlags.Ephemeral : null }, cancellationToken);

    /// <summary>Responds with a message: type 4 first, then edit <c>@original</c> after a deferral, else a followup.</summary>
    public async Task RespondAsync(InteractionCallbackData data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        data = data with { AllowedMentions = data.AllowedMentions ?? AllowedMentions.None };
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            switch (State)
            {
                case InteractionResponseState.None:
                    if (!await TryInitialAsync(InteractionResponse.Message(data), cancellationToken).ConfigureAwait(false))
                    {
                        await _rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, ToEdit(data), cancellationToken).ConfigureAwait(false);
                    }

                    break;
                case InteractionResponseState.Deferred:
                    await _rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, ToEdit(data), cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    await _rest.CreateFollowupAsync(Interaction.ApplicationId, Interaction.Token, ToCreate(data), cancellationToken).ConfigureAwait(false);
                    break;
            }

            State = InteractionResponseState.Responded;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Defers (type 5: "thinking…"); a no-op once acknowledged.</summary>
    public Task DeferAsync(bool ephemeral = false, CancellationToken cancellationToken = default) =>
        DeferCoreAsync(InteractionResponse.Deferred(ephemeral), cancellationToken);

    /// <summary>Defers an update of the component's message (type 6); a no-op once acknowledged.</summary>
    public Task DeferUpdateAsync(CancellationToken cancellationToken = default) =>
        DeferCoreAsync(InteractionResponse.DeferredUpdate(), cancellationToken);

    /// <summary>Updates the component's message (type 7), or edits <c>@original</c> once acknowledged.</summary>
    public async Task UpdateMessageAsync(InteractionCallbackData data, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        data = data with { AllowedMentions = data.AllowedMentions ?? AllowedMentions.None };
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (State != InteractionResponseState.None
                || !await TryInitialAsync(InteractionResponse.UpdateMessage(data), cancellationToken).ConfigureAwait(false))
            {
                await _rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, ToEdit(data), cancellationToken).ConfigureAwait(false);
            }

            State = InteractionResponseState.Responded;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Answers an autocomplete (type 8, ≤ 25 choices).</summary>
    public Task AutocompleteAsync(IReadOnlyList<CommandChoice> choices, CancellationToken cancellationToken = default) =>
        InitialOnlyAsync(InteractionResponse.Autocomplete(choices), cancellationToken);

    /// <summary>Shows a modal (type 9) of text inputs; only as the initial response.</summary>
    public Task ShowModalAsync(string customId, string title, IReadOnlyList<Component> textInputs, CancellationToken cancellationToken = default) =>
        InitialOnlyAsync(InteractionResponse.Modal(customId, title, [.. textInputs]), cancellationToken);

    /// <summary>Edits <c>@original</c>.</summary>
    public Task<DiscordMessage> EditOriginalAsync(MessageEdit edit, CancellationToken cancellationToken = default) =>
        _rest.EditOriginalResponseAsync(Interaction.ApplicationId, Interaction.Token, edit, cancellationToken);

    /// <summary>Sends a followup message.</summary>
    public async Task<DiscordMessage> FollowupAsync(MessageCreate message, CancellationToken cancellationToken = default)
    {
        var sent = await _rest.CreateFollowupAsync(Interaction.ApplicationId, Interaction.Token, message, cancellationToken).ConfigureAwait(false);
        State = InteractionResponseState.Responded;
        return sent;
    }

    private async Task DeferCoreAsync(InteractionResponse response, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (State == InteractionResponseState.None)
            {
                await TryInitialAsync(response, cancellationToken).ConfigureAwait(false);
                State = InteractionResponseState.Deferred;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task InitialOnlyAsync(InteractionResponse response, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (State != InteractionResponseState.None)
            {
                throw new InvalidOperationException($"A {response.Type} response must be the initial response; this interaction is already {State}.");
            }

            await TryInitialAsync(response, cancellationToken).ConfigureAwait(false);
            State = InteractionResponseState.Responded;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Sends the initial response (inline over HTTP when possible); false when Discord says it was
    /// already acknowledged (40060), so the caller edits <c>@original</c> instead.</summary>
    private async Task<bool> TryInitialAsync(InteractionResponse response, CancellationToken cancellationToken)
    {
        if (_inline is not null && _inline.TrySet(response))
        {
            return true;
        }

        try
        {
            await _rest.CreateInteractionResponseAsync(Interaction.Id, Interaction.Token, response, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DiscordApiException ex) when (ex.Code == DiscordErrorCodes.AlreadyAcknowledged)
        {
            _logger.LogWarning("Interaction {InteractionId} was already acknowledged; switching to edit-original", Interaction.Id);
            return false;
        }
    }

    private static MessageEdit ToEdit(InteractionCallbackData data) => new()
    {
        Content = data.Content,
        Embeds = data.Embeds,
        Components = data.Components,
        AllowedMentions = data.AllowedMentions ?? AllowedMentions.None,
    };

    private static MessageCreate ToCreate(InteractionCallbackData data) => new()
    {
        Content = data.Content,
        Embeds = data.Embeds,
        Components = data.Components,
        Flags = data.Flags,
        AllowedMentions = data.AllowedMentions ?? AllowedMentions.None,
    };
}

/// <summary>HTTP mode: the first initial response may travel back inline in the POST's answer; after the endpoint
/// gives up waiting (and answers 202) responses go through the callback route.</summary>
internal sealed class InlineResponseSlot
{
    private readonly TaskCompletionSource<InteractionResponse?> _result = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    public Task<InteractionResponse?> Task => _result.Task;

    public bool TrySet(InteractionResponse response)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            return false;
        }

        _result.SetResult(response);
        return true;
    }

    /// <summary>Closes the slot; returns the inline response if one won the race.</summary>
    public Task<InteractionResponse?> CloseAsync()
    {
        if (Interlocked.CompareExchange(ref _state, 2, 0) == 0)
        {
            _result.SetResult(null);
        }

        return _result.Task;
    }
}

/// <summary>Runs a handler with the central failure policy (conventions #9).</summary>
internal static class InteractionExecutor
{
    public const string FailureMessage = "Sorry, something went wrong while handling that.";

    public static async Task RunAsync(InteractionContext context, IInteractionHandler handler, ILogger logger, CancellationToken cancellationToken)
    {
        try
        {
            await handler.HandleAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            var interaction = context.Interaction;
            logger.LogError(ex, "Handler {Handler} failed on {InteractionType} {Name} (interaction {InteractionId})",
                handler.GetType().Name, interaction.Type, interaction.Command?.Name ?? interaction.Component?.CustomId ?? interaction.Modal?.CustomId, interaction.Id);
            if (interaction.Type == InteractionType.ApplicationCommandAutocomplete || context.RemainingForInitialResponse == TimeSpan.Zero && context.State == InteractionResponseState.None)
            {
                return;
            }

            try
            {
                await context.RespondAsync(FailureMessage, ephemeral: true, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception inner) when (inner is DiscordApiException or HttpRequestException or DiscordFatalException or ArgumentException)
            {
                logger.LogDebug("Could not tell the user about the failure of interaction {InteractionId}: {Error}", interaction.Id, inner.Message);
            }
        }
    }
}
