namespace OrchardCrm.Deals.Models;

/// <summary>The content type this module defines (in its migrations).</summary>
public static class DealTypes
{
    public const string Deal = "Deal";
}

/// <summary>Where a deal stands, derived from its stage's forecast category on every save.</summary>
public static class DealStatuses
{
    public const string Open = "Open";
    public const string Won = "Won";
    public const string Lost = "Lost";
}
