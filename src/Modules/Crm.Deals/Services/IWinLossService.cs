using System.Security.Claims;

namespace OrchardCrm.Deals.Services;

/// <summary>Won and lost deals closed in a period, counted and summed by reason, competitor and owner.</summary>
public interface IWinLossService
{
    /// <param name="from">First day (inclusive) of the close date.</param>
    /// <param name="to">Last day (inclusive).</param>
    Task<WinLossReport> GetAsync(DateOnly from, DateOnly to, ClaimsPrincipal user, string? pipelineId = null, CancellationToken cancellationToken = default);
}

public sealed record WinLossTotals(int WonCount, decimal WonAmount, int LostCount, decimal LostAmount)
{
    /// <summary>Won / (won + lost), 0-1; 0 when nothing closed.</summary>
    public double WinRate => WonCount + LostCount == 0 ? 0 : (double)WonCount / (WonCount + LostCount);
}

/// <param name="Key">The reason, competitor ("(none)" when not given) or owner.</param>
public sealed record WinLossRow(string Key, WinLossTotals Totals);

public sealed record WinLossReport(
    DateOnly From, DateOnly To,
    WinLossTotals Totals,
    IReadOnlyList<WinLossRow> WonByReason,
    IReadOnlyList<WinLossRow> LostByReason,
    IReadOnlyList<WinLossRow> ByCompetitor,
    IReadOnlyList<WinLossRow> ByOwner);
