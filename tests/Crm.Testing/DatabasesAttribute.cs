using System.Reflection;
using Xunit.Sdk;

namespace OrchardCrm.Testing;

/// <summary>
/// Runs a theory once per database provider: SQLite always, PostgreSQL too when CRM_TEST_POSTGRES holds
/// a connection string (to a server where the user may create databases). The test takes the provider
/// name as its first parameter and passes it to <see cref="TestDatabase.CreateAsync"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabasesAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        yield return ["sqlite"];
        if (TestDatabase.PostgresConnectionString is not null) yield return ["postgres"];
    }
}
