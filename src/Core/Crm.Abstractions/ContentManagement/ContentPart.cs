namespace OrchardCrm.ContentManagement;

/// <summary>
/// Base class of typed parts. A typed part is serialised into the item's JSON under its class name;
/// its properties may be plain values or <see cref="ContentField"/>s, whose JSON shape is the same as a
/// field defined at run time, so indexing, validation and editors treat both alike.
/// </summary>
public abstract class ContentPart;
