namespace OrchardCrm.Deals;

/// <summary>
/// A card on the deal page filled by another module (proposals, documents...). Register an implementation
/// as a service; a disabled feature's slots are absent (resolved through IEnabled). The card's body is the
/// named view component, invoked with a <c>dealId</c> argument.
/// </summary>
public interface IDealPageSlot
{
    string Title { get; }

    /// <summary>Lower comes first.</summary>
    int Position { get; }

    /// <summary>The view component rendering the card's body; it receives <c>dealId</c>.</summary>
    string ViewComponentName { get; }
}
