using System.Collections;

namespace OrchardCrm.Modules;

/// <summary>Filters the registered services of <typeparamref name="T"/> down to those of enabled features.</summary>
internal sealed class Enabled<T>(IEnumerable<T> services, IShellFeatures features) : IEnabled<T> where T : class
{
    public IEnumerator<T> GetEnumerator() => services.Where(features.IsServiceEnabled).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
