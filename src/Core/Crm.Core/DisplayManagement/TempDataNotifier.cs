using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace OrchardCrm.DisplayManagement;

/// <summary>Keeps notifications in TempData, so a message added before a redirect shows on the page after it.</summary>
internal sealed class TempDataNotifier(IHttpContextAccessor accessor, ITempDataDictionaryFactory tempDataFactory) : INotifier
{
    private const string Key = "crm:notifications";

    public void Add(NotificationKind kind, string message)
    {
        var tempData = TempData();
        if (tempData is null) return;
        var list = Read(tempData);
        list.Add(new Notification(kind, message));
        tempData[Key] = JsonSerializer.Serialize(list);
    }

    public IReadOnlyList<Notification> Take()
    {
        var tempData = TempData();
        if (tempData is null) return [];
        var list = Read(tempData);
        tempData.Remove(Key);
        return list;
    }

    private ITempDataDictionary? TempData() =>
        accessor.HttpContext is { } context ? tempDataFactory.GetTempData(context) : null;

    private static List<Notification> Read(ITempDataDictionary tempData) =>
        tempData.Peek(Key) is string json ? JsonSerializer.Deserialize<List<Notification>>(json) ?? [] : [];
}
