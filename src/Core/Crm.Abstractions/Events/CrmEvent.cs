namespace OrchardCrm.Events;

/// <summary>
/// Something that happened in a module that others may act on (the workflows module starts and resumes
/// workflows with them): "DealStageChanged", "TaskOverdue", "UserSignedIn"... A module announces the
/// events it raises with <c>services.AddCrmEvent(descriptor)</c> and raises them through <see cref="ICrmEventBus"/>.
/// </summary>
/// <param name="Name">The descriptor's name.</param>
/// <param name="Input">Values the event carries (ids, amounts, names), JSON-serialisable.</param>
/// <param name="CorrelationId">The content item it is about, when there is one: halted workflows waiting on that item resume.</param>
public sealed record CrmEvent(string Name, IReadOnlyDictionary<string, object?> Input, string? CorrelationId = null);

/// <summary>An event a module raises: what the workflow editor's toolbox shows.</summary>
/// <param name="Category">Toolbox group, e.g. "Deals".</param>
/// <param name="InputNames">The keys of <see cref="CrmEvent.Input"/>, documented for workflow authors.</param>
public sealed record CrmEventDescriptor(string Name, string DisplayName, string Category, string Description, IReadOnlyList<string> InputNames);

/// <summary>Receives every raised event (register with <c>services.AddCrmEventHandler&lt;T&gt;()</c>).</summary>
public interface ICrmEventHandler
{
    Task HandleAsync(CrmEvent crmEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Delivers an event to the enabled handlers. A handler's failure is logged and never reaches the
/// code that raised the event: a broken automation must not fail a user's save.
/// </summary>
public interface ICrmEventBus
{
    Task PublishAsync(CrmEvent crmEvent, CancellationToken cancellationToken = default);
}
