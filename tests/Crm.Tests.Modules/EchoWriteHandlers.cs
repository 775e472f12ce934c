using OrchardCrm.ContentManagement.Handlers;
using OrchardCrm.Data;

namespace OrchardCrm.Tests.Modules;

/// <summary>What the next content write should do wrong, set by a test.</summary>
public sealed class WriteHandlerSwitch
{
    /// <summary>The handler after the record writer throws: the write fails after the record was written.</summary>
    public volatile bool FailAfterRecord;
}

/// <summary>Writes a record keyed by the item for each created Note, inside the write's transaction.</summary>
public sealed class RecordWritingHandler(IRecordStore records) : IContentWriteHandler
{
    public async Task WrittenAsync(ContentWrittenContext context, CancellationToken cancellationToken)
    {
        if (context.Operation != ContentOperations.Created || context.Item.ContentType != "Note") return;
        await records.AddAsync(new EchoRecord { Key = "note:" + context.Item.ContentItemId }, cancellationToken);
    }
}

public sealed class FailingWriteHandler(WriteHandlerSwitch failures) : IContentWriteHandler
{
    public const string Message = "The write handler refused the write.";

    public Task WrittenAsync(ContentWrittenContext context, CancellationToken cancellationToken) =>
        failures.FailAfterRecord ? throw new InvalidOperationException(Message) : Task.CompletedTask;
}
