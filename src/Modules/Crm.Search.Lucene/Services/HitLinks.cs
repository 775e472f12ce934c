namespace OrchardCrm.Search.Lucene.Services;

/// <summary>Where a hit opens: the 360 pages of accounts and contacts, the content editor for the rest.</summary>
public static class HitLinks
{
    public static string For(string contentType, string contentItemId) => contentType switch
    {
        "Account" => $"/admin/accounts/{Uri.EscapeDataString(contentItemId)}",
        "Contact" => $"/admin/contacts/{Uri.EscapeDataString(contentItemId)}",
        _ => $"/admin/contents/item/{Uri.EscapeDataString(contentItemId)}/edit",
    };
}
