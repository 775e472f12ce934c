using System.Collections;
using Microsoft.Extensions.DependencyInjection;

namespace OrchardCrm.Modules;

/// <summary>
/// Passes a startup's registrations straight to the host's collection (so TryAdd sees everything
/// already there) while remembering which ones it added, to tag them with the startup's feature.
/// </summary>
internal sealed class RecordingServiceCollection(IServiceCollection inner) : IServiceCollection
{
    public List<ServiceDescriptor> Added { get; } = [];

    public ServiceDescriptor this[int index] { get => inner[index]; set { inner[index] = value; Added.Add(value); } }
    public int Count => inner.Count;
    public bool IsReadOnly => inner.IsReadOnly;
    public void Add(ServiceDescriptor item) { inner.Add(item); Added.Add(item); }
    public void Clear() => inner.Clear();
    public bool Contains(ServiceDescriptor item) => inner.Contains(item);
    public void CopyTo(ServiceDescriptor[] array, int arrayIndex) => inner.CopyTo(array, arrayIndex);
    public IEnumerator<ServiceDescriptor> GetEnumerator() => inner.GetEnumerator();
    public int IndexOf(ServiceDescriptor item) => inner.IndexOf(item);
    public void Insert(int index, ServiceDescriptor item) { inner.Insert(index, item); Added.Add(item); }
    public bool Remove(ServiceDescriptor item) => inner.Remove(item);
    public void RemoveAt(int index) => inner.RemoveAt(index);
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
