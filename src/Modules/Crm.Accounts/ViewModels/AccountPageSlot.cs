namespace OrchardCrm.Accounts;

/// <summary>
/// A card on the account 360 page filled by another module (deals, proposals, documents...). Register an
/// implementation as a service; a disabled feature's slots are absent (resolved through IEnabled). The
/// card's body is the named view component, invoked with an <c>accountId</c> argument.
/// </summary>
public interface IAccountPageSlot
{
    string Title { get; }

    /// <summary>Lower comes first.</summary>
    int Position { get; }

    /// <summary>The view component rendering the card's body; it receives <c>accountId</c>.</summary>
    string ViewComponentName { get; }
}
