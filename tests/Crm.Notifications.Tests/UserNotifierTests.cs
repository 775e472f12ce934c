using Microsoft.Extensions.DependencyInjection;
using OrchardCrm.Data;
using OrchardCrm.Modules;
using OrchardCrm.Notifications.Models;
using OrchardCrm.Notifications.Services;
using OrchardCrm.Testing;

namespace OrchardCrm.Notifications.Tests;

/// <summary>Sending: what is stored, de-duplication (also under a race), bad input, and the module switched off.</summary>
public sealed class UserNotifierTests
{
    [Theory, Databases]
    public async Task A_notification_is_stored_once_per_user_and_deduplication_key(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await NotificationsTestShell.StartAsync(db);

        var first = new UserNotification("ada", "Call Acme back") { Body = "They asked for pricing.", Url = "/admin/tasks/mine", Source = "Reminder", DeduplicationKey = "reminder:t1" };
        Assert.True(await shell.NotifyAsync(first));
        Assert.False(await shell.NotifyAsync(first with { Title = "Call Acme back (again)" }));
        // The key is per user: bob may get the same one, and notifications without a key are never merged.
        Assert.True(await shell.NotifyAsync(first with { UserName = "bob" }));
        Assert.True(await shell.NotifyAsync(new UserNotification("ada", "Welcome")));
        Assert.True(await shell.NotifyAsync(new UserNotification("ada", "Welcome")));

        var ada = await shell.NotificationsOfAsync("ada");
        Assert.Equal(["Call Acme back", "Welcome", "Welcome"], ada.Select(n => n.Title));
        var stored = ada[0];
        Assert.Equal(("They asked for pricing.", "/admin/tasks/mine", "Reminder", "reminder:t1"), (stored.Body, stored.Url, stored.Source, stored.DeduplicationKey));
        Assert.Null(stored.ReadUtc);
        Assert.True(DateTime.UtcNow - DateTime.SpecifyKind(stored.CreatedUtc, DateTimeKind.Utc) < TimeSpan.FromMinutes(5));
        Assert.Single(await shell.NotificationsOfAsync("bob"));
    }

    [Theory, Databases]
    public async Task Concurrent_senders_of_one_key_store_one_notification(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await NotificationsTestShell.StartAsync(db);
        var notification = new UserNotification("ada", "Deal won") { DeduplicationKey = "deal:42:won" };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => shell.NotifyAsync(notification))));

        Assert.Equal(1, results.Count(stored => stored));
        Assert.Single(await shell.NotificationsOfAsync("ada"));
    }

    [Theory, Databases]
    public async Task A_row_that_loses_the_unique_index_race_reports_not_stored(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await NotificationsTestShell.StartAsync(db);
        // The row another sender wrote between our check and our insert: stored behind the notifier's back.
        await shell.ScopeAsync(sp => sp.GetRequiredService<IRecordStore>().AddAsync(new UserNotificationRecord
        {
            UserName = "ada", Title = "First", DeduplicationKey = "k", CreatedUtc = DateTime.UtcNow,
        }));
        await shell.ScopeAsync(async sp =>
        {
            var records = sp.GetRequiredService<IRecordStore>();
            var racing = new UserNotifier(new CheckBlindRecordStore(records), sp.GetRequiredService<Common.IClock>(), Microsoft.Extensions.Logging.Abstractions.NullLogger<UserNotifier>.Instance);
            Assert.False(await racing.NotifyAsync(new UserNotification("ada", "Second") { DeduplicationKey = "k" }));
        });
        Assert.Equal(["First"], (await shell.NotificationsOfAsync("ada")).Select(n => n.Title));
    }

    [Theory, Databases]
    public async Task Bad_input_is_refused_naming_the_field(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await NotificationsTestShell.StartAsync(db);

        Assert.Equal("UserName", (await Assert.ThrowsAsync<ArgumentException>(() => shell.NotifyAsync(new UserNotification(" ", "Hi")))).ParamName);
        Assert.Equal("Title", (await Assert.ThrowsAsync<ArgumentException>(() => shell.NotifyAsync(new UserNotification("ada", "")))).ParamName);
        var offSite = await Assert.ThrowsAsync<ArgumentException>(() => shell.NotifyAsync(new UserNotification("ada", "Hi") { Url = "https://evil.example/" }));
        Assert.Equal("Url", offSite.ParamName);
        Assert.Equal("Url", (await Assert.ThrowsAsync<ArgumentException>(() => shell.NotifyAsync(new UserNotification("ada", "Hi") { Url = "//evil.example/" }))).ParamName);
        Assert.Empty(await shell.NotificationsOfAsync("ada"));
    }

    [Theory, Databases]
    public async Task While_the_feature_is_off_no_notifier_is_offered(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var shell = await TestShell.StartAsync(db);

        var offered = await shell.ScopeAsync(sp => Task.FromResult(sp.GetRequiredService<IEnabled<IUserNotifier>>().Count()));

        Assert.Equal(0, offered);
    }

    /// <summary>Answers "no such row" to the pre-check, as a concurrent insert right after the check would look.</summary>
    private sealed class CheckBlindRecordStore(IRecordStore inner) : IRecordStore
    {
        private bool _blind = true;

        public IQueryable<T> Query<T>() where T : ModuleRecord => inner.Query<T>();
        public Task<List<TResult>> ListAsync<TResult>(IQueryable<TResult> query, CancellationToken cancellationToken = default) => inner.ListAsync(query, cancellationToken);
        public Task<TResult?> FirstOrDefaultAsync<TResult>(IQueryable<TResult> query, CancellationToken cancellationToken = default) => inner.FirstOrDefaultAsync(query, cancellationToken);
        public Task<int> CountAsync<TResult>(IQueryable<TResult> query, CancellationToken cancellationToken = default) => inner.CountAsync(query, cancellationToken);

        public Task<bool> AnyAsync<TResult>(IQueryable<TResult> query, CancellationToken cancellationToken = default)
        {
            if (!_blind) return inner.AnyAsync(query, cancellationToken);
            _blind = false;
            return Task.FromResult(false);
        }

        public Task<T?> GetAsync<T>(long id, CancellationToken cancellationToken = default) where T : ModuleRecord => inner.GetAsync<T>(id, cancellationToken);
        public Task AddAsync<T>(IEnumerable<T> records, CancellationToken cancellationToken = default) where T : ModuleRecord => inner.AddAsync(records, cancellationToken);
        public Task AddAsync<T>(T record, CancellationToken cancellationToken = default) where T : ModuleRecord => inner.AddAsync(record, cancellationToken);
        public Task UpdateAsync<T>(T record, CancellationToken cancellationToken = default) where T : ModuleRecord => inner.UpdateAsync(record, cancellationToken);
        public Task DeleteAsync<T>(T record, CancellationToken cancellationToken = default) where T : ModuleRecord => inner.DeleteAsync(record, cancellationToken);
        public Task<int> DeleteWhereAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> predicate, CancellationToken cancellationToken = default) where T : ModuleRecord => inner.DeleteWhereAsync(predicate, cancellationToken);
        public Task<int> UpdateWhereAsync<T, TValue>(System.Linq.Expressions.Expression<Func<T, bool>> predicate, System.Linq.Expressions.Expression<Func<T, TValue>> property, TValue value, CancellationToken cancellationToken = default) where T : ModuleRecord
            => inner.UpdateWhereAsync(predicate, property, value, cancellationToken);
    }
}
