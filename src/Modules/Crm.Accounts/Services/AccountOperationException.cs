namespace OrchardCrm.Accounts.Services;

/// <summary>
/// An account operation refused as asked: <see cref="Field"/> names the input at fault ("from", "to"...);
/// <see cref="NotFound"/> when an item it names does not exist. Nothing has been changed when it is thrown.
/// </summary>
public sealed class AccountOperationException(string field, string message, bool notFound = false) : Exception(message)
{
    public string Field { get; } = field;
    public bool NotFound { get; } = notFound;
}
