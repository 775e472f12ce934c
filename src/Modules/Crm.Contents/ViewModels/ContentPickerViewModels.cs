using OrchardCrm.Contents.Editors.Kinds;

namespace OrchardCrm.Contents.ViewModels;

/// <summary>The typeahead's suggestions for one picker.</summary>
/// <param name="Name">The name of the hidden inputs a chosen item becomes.</param>
/// <param name="Target">The id of the picker's chip list.</param>
/// <param name="Multiple">Whether a choice adds a chip or replaces the one there.</param>
public sealed record ContentPickerResultsViewModel(IReadOnlyList<PickedItem> Items, string Name, string Target, bool Multiple, string Query);

/// <summary>One chip: a picked item and its hidden input.</summary>
public sealed record PickedChipViewModel(PickedItem Item, string Name);
