using System.Net;
using System.Text.RegularExpressions;

namespace OrchardCrm.Content.Tests.Pages;

/// <summary>Reads a page's form the way a browser would: its antiforgery token and hidden inputs.</summary>
internal static partial class PageForm
{
    public static async Task<string> GetPageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The value of the (first) input with the name.</summary>
    public static string Input(string html, string name)
    {
        var match = Regex.Match(html, $"<input[^>]*name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        Assert.True(match.Success, $"The page has no input '{name}'.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>Posts fields with the antiforgery token of the page the form came from (its cookie is in the client).</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string page, params (string Name, string Value)[] fields)
    {
        var values = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        values.Add(new("__RequestVerificationToken", Input(page, "__RequestVerificationToken")));
        return client.PostAsync(url, new FormUrlEncodedContent(values));
    }

    public static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/access-denied", response.Headers.Location!.ToString());
    }
}
