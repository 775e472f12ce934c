using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement.Queries;

namespace OrchardCrm.Accounts.Services;

/// <summary>Filters on the typed parts' indexed fields (each typed part is stored under its class name).</summary>
internal static class AccountFields
{
    public static FieldFilterBuilder Account(string field) => FieldFilter.On(nameof(AccountPart), field);
    public static FieldFilterBuilder Contact(string field) => FieldFilter.On(nameof(ContactPart), field);
    public static FieldFilterBuilder Activity(string field) => FieldFilter.On(nameof(ActivityPart), field);
    public static FieldFilterBuilder Task(string field) => FieldFilter.On(nameof(TaskPart), field);
}
