using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.WebUtilities;
using OrchardCrm.Deals.Services;

namespace OrchardCrm.Deals.ViewModels;

/// <summary>
/// The board's and the list's filters, bound from the query string (?pipeline=&amp;owner=&amp;closeFrom=...).
/// The same names on both pages, so a link from one to the other keeps the filters.
/// </summary>
public sealed class DealFilterForm
{
    [Display(Name = "Pipeline")]
    public string? Pipeline { get; set; }

    [Display(Name = "Owner")]
    public string? Owner { get; set; }

    [Display(Name = "Close from")]
    public DateOnly? CloseFrom { get; set; }

    [Display(Name = "Close to")]
    public DateOnly? CloseTo { get; set; }

    [Display(Name = "Amount from")]
    [Range(0, double.MaxValue, ErrorMessage = "The minimum amount cannot be negative.")]
    public decimal? AmountMin { get; set; }

    [Display(Name = "Amount to")]
    [Range(0, double.MaxValue, ErrorMessage = "The maximum amount cannot be negative.")]
    public decimal? AmountMax { get; set; }

    /// <summary>Comma-separated; deals must have every tag.</summary>
    [Display(Name = "Tags")]
    public string? Tags { get; set; }

    public IReadOnlyList<string> TagList =>
        string.IsNullOrWhiteSpace(Tags) ? [] : Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsEmpty => string.IsNullOrWhiteSpace(Owner) && CloseFrom is null && CloseTo is null && AmountMin is null && AmountMax is null && TagList.Count == 0;

    public DealBoardFilter ToFilter() => new(
        string.IsNullOrWhiteSpace(Owner) ? null : Owner.Trim(),
        CloseFrom, CloseTo, AmountMin, AmountMax,
        TagList.Count == 0 ? null : TagList);

    /// <summary>Cross-field checks the attributes cannot express; messages go beside the second field.</summary>
    public IEnumerable<(string Field, string Message)> Validate()
    {
        if (CloseFrom is { } from && CloseTo is { } to && to < from)
            yield return (nameof(CloseTo), "The close date range ends before it starts.");
        if (AmountMin is { } min && AmountMax is { } max && max < min)
            yield return (nameof(AmountMax), "The maximum amount is below the minimum.");
    }

    /// <summary>The filters as a query string ("?pipeline=x&amp;owner=y"), empty values left out.</summary>
    public string ToQueryString(params (string Key, string? Value)[] extra)
    {
        var values = new Dictionary<string, string?>
        {
            ["pipeline"] = Pipeline,
            ["owner"] = Owner,
            ["closeFrom"] = CloseFrom?.ToString("yyyy-MM-dd"),
            ["closeTo"] = CloseTo?.ToString("yyyy-MM-dd"),
            ["amountMin"] = AmountMin?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["amountMax"] = AmountMax?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["tags"] = Tags,
        };
        foreach (var (key, value) in extra) values[key] = value;
        var present = values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).ToDictionary(v => v.Key, v => v.Value);
        return present.Count == 0 ? "" : QueryHelpers.AddQueryString("", present);
    }
}

/// <summary>What the shared filters form needs; the list adds its status and name search.</summary>
public sealed record DealFiltersPartial(DealFilterForm Filters, IReadOnlyList<Models.Pipeline> Pipelines, string Action, bool IsList, string? Status = null, string? Search = null);
