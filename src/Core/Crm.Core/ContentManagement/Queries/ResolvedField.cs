using OrchardCrm.ContentManagement.Fields;

namespace OrchardCrm.ContentManagement.Queries;

/// <summary>A field named in a query, with its names as defined (the index rows hold those) and its index table.</summary>
internal sealed record ResolvedField(string PartName, string FieldName, string SubField, FieldIndexKind IndexKind);
