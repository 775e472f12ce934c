using OrchardCrm.ContentManagement;

namespace OrchardCrm.Accounts.SampleData;

/// <summary>What the sample book should hold. Everything is derived from these values, never from the clock.</summary>
public sealed record SampleBookOptions
{
    public int Seed { get; init; } = 42;
    /// <summary>The day the book is "as of": activities fall in the 12 months before, tasks around it.</summary>
    public DateOnly AsOf { get; init; } = new(2026, 12, 1);
    public int Accounts { get; init; } = 30;
    public int ContactsPerAccount { get; init; } = 5;
    public int Activities { get; init; } = 400;
    public int Tasks { get; init; } = 90;
    /// <summary>User names the accounts are shared among (item owners).</summary>
    public IReadOnlyList<string> Owners { get; init; } = ["admin"];
}

/// <summary>One item to write: its fixed id, type, owner and the typed part holding its values.</summary>
public sealed record SampleItem(string ContentItemId, string ContentType, string Owner, ContentPart Part)
{
    /// <summary>The part's name in the item's JSON (typed parts are stored under their class name).</summary>
    public string PartName => Part.GetType().Name;
}
