namespace OrchardCrm.Accounts.Models;

/// <summary>A postal address, structured so that it can be filtered and printed per country.</summary>
public sealed class Address
{
    public string? Street { get; set; }
    public string? City { get; set; }
    public string? Region { get; set; }
    public string? PostalCode { get; set; }
    /// <summary>ISO 3166 alpha-2 code, upper case.</summary>
    public string? Country { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Street) && string.IsNullOrWhiteSpace(City) && string.IsNullOrWhiteSpace(Country);
}
