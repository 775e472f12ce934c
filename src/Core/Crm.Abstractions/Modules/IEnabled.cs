namespace OrchardCrm.Modules;

/// <summary>
/// The registered services of <typeparamref name="T"/> whose features are enabled. The kernel and
/// modules enumerate contributions (handlers, recipe steps, permissions, menus, index providers)
/// through this, never through <c>IEnumerable&lt;T&gt;</c>, so a disabled feature's contribution is absent.
/// </summary>
public interface IEnabled<out T> : IEnumerable<T> where T : class;
