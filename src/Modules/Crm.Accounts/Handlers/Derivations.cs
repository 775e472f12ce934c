using OrchardCrm.Accounts.Models;

namespace OrchardCrm.Accounts.Handlers;

/// <summary>The rules for derived values, as pure functions (the handler applies them; the sample data reuses them).</summary>
public static class Derivations
{
    /// <summary>"https://www.Contoso.com/about" → "contoso.com"; null when the text is not a web address.</summary>
    public static string? DomainOf(string? website)
    {
        if (string.IsNullOrWhiteSpace(website)) return null;
        var text = website.Trim();
        if (!text.Contains("://", StringComparison.Ordinal)) text = "https://" + text;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host)) return null;
        var host = uri.IdnHost.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        return host.Contains('.') ? host : null;
    }

    /// <summary>
    /// Makes <see cref="ContactPart.Email"/> the primary address of <see cref="ContactPart.Emails"/> (the first
    /// when none is marked), or, when the list is empty, puts the single e-mail into it as the primary.
    /// </summary>
    public static void SyncPrimaryEmail(ContactPart contact)
    {
        var emails = contact.Emails.Where(e => !string.IsNullOrWhiteSpace(e.Address)).ToList();
        if (emails.Count == 0)
        {
            contact.Emails = string.IsNullOrWhiteSpace(contact.Email.Email) ? [] : [new ContactEmail(contact.Email.Email.Trim(), true)];
            return;
        }
        var primary = emails.FirstOrDefault(e => e.Primary) ?? emails[0];
        // Exactly one primary: the chosen one.
        contact.Emails = [.. emails.Select(e => e with { Primary = ReferenceEquals(e, primary) })];
        contact.Email.Email = primary.Address.Trim();
    }

    /// <summary>"Call: Agreed on a pilot" — the kind and the first line of the outcome, else of the body.</summary>
    public static string ActivityTitle(ActivityPart activity)
    {
        var kind = activity.Kind.Values.FirstOrDefault() ?? "Activity";
        var summary = FirstLine(activity.Outcome.Text) ?? FirstLine(activity.Body.Markdown);
        return summary is null ? kind : $"{kind}: {summary}";
    }

    private static string? FirstLine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var line = text.Split('\n').Select(l => l.Trim().TrimStart('#', '>', '-', '*', ' ')).FirstOrDefault(l => l.Length > 0);
        if (line is null) return null;
        return line.Length <= 120 ? line : line[..117].TrimEnd() + "...";
    }
}
