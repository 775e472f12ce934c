using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace OrchardCrm.Workflows.Activities.Events;

/// <summary>
/// A webhook: a request to <c>/workflows/invoke/{token}</c>. The token is random and belongs to this use of
/// the activity (made when the workflow type is saved), so only who was given the URL can call it.
/// </summary>
public sealed class HttpRequestEvent : EventActivity
{
    public const string TokenProperty = "Token";
    public const string EventPrefix = "HttpRequest:";
    public const int MinimumTokenLength = 24;

    public override string Name => "HttpRequestEvent";
    public override string Category => "HTTP";
    public override string DisplayText => "HTTP request";
    public override string Description => "When the workflow's URL /workflows/invoke/{token} is requested. Input: Method, Query, Body.";

    public override IReadOnlyList<ActivityProperty> Properties =>
    [
        new(TokenProperty, "Token", Hint: "Generated when the workflow is saved; the URL is /workflows/invoke/{token}. Clear it to make a new one."),
        FilterProperty,
    ];

    public override void Validate(JsonObject properties, ActivityValidation validation)
    {
        base.Validate(properties, validation);
        var token = ActivityRules.Text(properties, TokenProperty).Trim();
        if (token.Length > 0 && (token.Length < MinimumTokenLength || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
            validation.Error(TokenProperty, $"Token must be at least {MinimumTokenLength} letters, digits, '-' or '_' (leave it empty to generate one).");
        ActivityRules.Script(properties, "Filter", "Filter", Scripting.ExpressionEvaluator.JavaScript, validation);
    }

    public override string EventName(JsonObject properties) => EventPrefix + ActivityRules.Text(properties, TokenProperty).Trim();

    public static string NewToken() => Base64Url(RandomNumberGenerator.GetBytes(24));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
