namespace OrchardCrm.Accounts.Services;

/// <summary>
/// Another module's share of an account handover: the Deals module, say, moves the account's open deals
/// to the new owner when <see cref="HandoverContext.Request"/> asks for it. Register with
/// <c>services.AddScoped&lt;IHandoverParticipant, T&gt;()</c> in the module's startup; only participants of
/// enabled features take part. Runs after the account and its tasks have moved.
/// </summary>
public interface IHandoverParticipant
{
    /// <returns>A short line for the handover note ("3 open deals"), or null when it moved nothing.</returns>
    Task<string?> HandOverAsync(HandoverContext context, CancellationToken cancellationToken);
}

/// <param name="FromUserName">The account's owner before the handover (null when it had none).</param>
/// <param name="ToUserId">The new owner's user id (user pickers hold ids).</param>
public sealed record HandoverContext(string AccountId, string? FromUserName, string? FromUserId, string ToUserName, string ToUserId, HandoverRequest Request);
