using OrchardCrm.Accounts.Models;
using OrchardCrm.ContentManagement;
using OrchardCrm.Deals.Models;
using OrchardCrm.Deals.Records;

namespace OrchardCrm.Deals.SampleData;

/// <summary>An account of the sample book with its owner and contact ids (sorted, so generation is stable).</summary>
public sealed record SampleAccount(string Id, string Name, string Owner, IReadOnlyList<string> ContactIds);

/// <summary>A generated deal: its fixed id, owner, parts, creation time, history and activities.</summary>
public sealed record SampleDeal(string Id, string Owner, DealPart Deal, CommitteePart Committee, DateTime CreatedUtc, IReadOnlyList<DealHistoryRecord> History, IReadOnlyList<SampleActivity> Activities);

public sealed record SampleActivity(string Id, ActivityPart Part);

/// <summary>
/// Deterministic deals over the past year on the sample accounts: the same seed, date and accounts give
/// the same deals (ids, stages, amounts, committees, history, activities), never using the clock. About
/// 45% open (some overdue, some idle long enough to rot), 30% won and 25% lost with reasons and competitors.
/// </summary>
public static class DealSampleGenerator
{
    private static readonly string[] Products = ["Platform licence", "Analytics add-on", "Premium support", "Onboarding package", "Integration kit", "Training day"];
    private static readonly decimal[] Prices = [12_000m, 4_500m, 6_000m, 3_500m, 8_000m, 1_800m];
    private static readonly string[] Tags = ["expansion", "strategic", "quarter-push", "partner-led", "competitive"];
    private static readonly string[] Competitors = ["Acme CRM", "Globex Sales Cloud", "Initech Suite", "Umbrella Pipeline"];
    private static readonly string[] Names = ["Platform rollout", "Analytics upgrade", "Support renewal", "Regional expansion", "Pilot", "Seat expansion", "Migration project", "Group licence"];

    public static string DealId(int seed, int number) => $"dl{seed:x8}{number:D16}";
    public static string ActivityId(int seed, int number) => $"da{seed:x8}{number:D16}";

    public static IReadOnlyList<SampleDeal> Generate(int seed, DateOnly asOf, int count, IReadOnlyList<SampleAccount> accounts, IReadOnlyList<Pipeline> pipelines, DealSettings settings)
    {
        if (accounts.Count == 0 || pipelines.Count == 0) return [];
        var random = new Random(seed);
        var end = asOf.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var newBusiness = pipelines.FirstOrDefault(p => p.Id == DefaultPipelines.NewBusinessId) ?? pipelines[0];
        var renewals = pipelines.FirstOrDefault(p => p.Id == DefaultPipelines.RenewalsId) ?? newBusiness;
        var deals = new List<SampleDeal>();
        var activityNumber = 0;
        for (var n = 0; n < count; n++)
        {
            var account = accounts[random.Next(accounts.Count)];
            var pipeline = random.NextDouble() < 0.75 ? newBusiness : renewals;
            var open = pipeline.OpenStages;
            var roll = random.NextDouble();
            var outcome = roll < 0.45 ? DealStatuses.Open : roll < 0.75 ? DealStatuses.Won : DealStatuses.Lost;
            var created = end.AddDays(-random.Next(20, 365)).AddMinutes(random.Next(0, 600));

            // The path through the stages: open stages up to a depth, then the closing stage when closed.
            var depth = outcome == DealStatuses.Open ? random.Next(open.Count) : random.Next(open.Count);
            var path = open.Take(depth + 1).ToList();
            if (outcome == DealStatuses.Won) path.Add(pipeline.WonStage!);
            if (outcome == DealStatuses.Lost) path.Add(pipeline.LostStages[0]);

            var deal = new DealPart { PipelineId = pipeline.Id };
            deal.Name.Text = $"{account.Name} – {Names[random.Next(Names.Length)]}";
            deal.Account.ContentItemIds = [account.Id];
            deal.Amount.Currency = "USD";
            if (random.NextDouble() < 0.4)
            {
                var lines = random.Next(1, 4);
                for (var l = 0; l < lines; l++)
                {
                    var p = random.Next(Products.Length);
                    deal.LineItems.Add(new DealLineItem(Products[p], random.Next(1, 6), Prices[p], random.Next(0, 3) * 5));
                }
                deal.Amount.Amount = deal.LineItems.Sum(l => l.Total);
            }
            else deal.Amount.Amount = random.Next(10, 300) * 500m;
            deal.Source.Values = [DealSources.Defaults[random.Next(DealSources.Defaults.Count)]];
            deal.Priority.Values = [DealPriorities.All[random.Next(DealPriorities.All.Count)]];
            deal.Tags.Tags = random.NextDouble() < 0.5 ? [Tags[random.Next(Tags.Length)]] : [];

            // History: creation, then one row per stage move (and an amount change now and then).
            var history = new List<DealHistoryRecord>();
            var at = created;
            var amount = (double)deal.Amount.Amount!.Value;
            var closeDate = DateOnly.FromDateTime(created.AddDays(random.Next(30, 150)));
            var firstAmount = random.NextDouble() < 0.3 ? Math.Round(amount * 0.8, 2) : amount;
            history.Add(Row(pipeline.Id, null, path[0], null, firstAmount, null, path[0].Probability, null, closeDate, path[0], at, account.Owner));
            var currentAmount = firstAmount;
            var latestMove = end.AddDays(-1);
            for (var s = 1; s < path.Count; s++)
            {
                var remaining = Math.Max(1, (latestMove - at).TotalDays / (path.Count - s + 1));
                var next = at.AddDays(Math.Max(1, random.NextDouble() * remaining * 1.5)).AddHours(random.Next(1, 8));
                if (next > latestMove) next = latestMove.AddHours(-(path.Count - s));
                if (next <= at) next = at.AddHours(1);
                at = next;
                history.Add(Row(pipeline.Id, path[s - 1], path[s], currentAmount, amount, path[s - 1].Probability, path[s].Probability, closeDate, closeDate, path[s], at, account.Owner));
                currentAmount = amount;
            }
            if (currentAmount != amount)
            {
                at = at.AddHours(2);
                history.Add(Row(pipeline.Id, path[^1], path[^1], currentAmount, amount, path[^1].Probability, path[^1].Probability, closeDate, closeDate, path[^1], at, account.Owner));
            }

            var stage = path[^1];
            deal.StageId = stage.Id;
            deal.StageEnteredUtc = history.Last(h => h.FromStageId != h.ToStageId || h.FromStageId is null).ChangedUtc;
            if (stage.IsClosed)
            {
                deal.ClosedUtc = deal.StageEnteredUtc;
                var closed = DateOnly.FromDateTime(deal.ClosedUtc.Value);
                deal.ExpectedCloseDate.Value = closed;
                foreach (var row in history.Where(h => h.ChangedUtc >= deal.ClosedUtc)) row.CloseDateAfter = closed.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                var reasons = outcome == DealStatuses.Won ? settings.WonReasons : settings.LostReasons;
                deal.CloseReason.Text = reasons[random.Next(reasons.Count)];
                if (outcome == DealStatuses.Lost || random.NextDouble() < 0.3) deal.Competitor.Text = Competitors[random.Next(Competitors.Length)];
            }
            else
            {
                // Open deals close from three weeks ago (overdue) to four months ahead.
                var expected = asOf.AddDays(random.Next(-21, 120));
                deal.ExpectedCloseDate.Value = expected;
                if (expected != closeDate)
                {
                    at = at.AddHours(3);
                    history.Add(Row(pipeline.Id, stage, stage, amount, amount, stage.Probability, stage.Probability, closeDate, expected, stage, at, account.Owner));
                }
                deal.NextStep.Text = random.NextDouble() < 0.6 ? "Send the revised proposal" : "Book a call with the sponsor";
                deal.NextActivityDate.Value = asOf.AddDays(random.Next(1, 21));
            }

            var committee = new CommitteePart();
            var contacts = account.ContactIds.OrderBy(_ => random.Next()).Take(random.Next(0, Math.Min(4, account.ContactIds.Count) + 1)).ToList();
            for (var c = 0; c < contacts.Count; c++)
            {
                var role = random.NextDouble() < 0.7 ? CommitteeRoles.Defaults[c % 3] : CommitteeRoles.Defaults[random.Next(CommitteeRoles.Defaults.Count)];
                committee.Members.Add(new CommitteeMember(contacts[c], role,
                    CommitteeInfluence.All[random.Next(3)], CommitteeSentiment.All[random.Next(3)], IsPrimary: c == 0));
            }

            // Activities: most open deals have recent ones; about a fifth are left idle (they rot).
            var activities = new List<SampleActivity>();
            var idle = outcome == DealStatuses.Open && random.NextDouble() < 0.2;
            var activityCount = idle ? 0 : random.Next(1, 4);
            for (var a = 0; a < activityCount; a++)
            {
                var first = UtcDates.Utc(deal.StageEnteredUtc!.Value);
                var span = Math.Max(1, ((stage.IsClosed ? first : end) - created).TotalHours);
                var occurred = created.AddHours(random.NextDouble() * span);
                if (a == 0 && outcome == DealStatuses.Open) occurred = end.AddDays(-random.Next(0, 6));
                var part = new ActivityPart();
                part.Kind.Values = [new[] { ActivityKinds.Call, ActivityKinds.Meeting, ActivityKinds.Demo, ActivityKinds.SiteVisit, ActivityKinds.Email }[random.Next(5)]];
                part.OccurredUtc.Value = occurred;
                part.DurationMinutes.Value = random.Next(1, 7) * 15;
                part.Outcome.Text = "Discussed next steps for " + deal.Name.Text;
                part.Account.ContentItemIds = [account.Id];
                part.Contacts.ContentItemIds = contacts.Take(1).ToArray();
                part.Deal.ContentItemIds = [DealId(seed, n)];
                activities.Add(new SampleActivity(ActivityId(seed, activityNumber++), part));
            }
            if (idle)
            {
                // Shift the whole story back so the deal has sat untouched for three weeks to two months.
                var shift = end.AddDays(-random.Next(20, 60)) - history[^1].ChangedUtc;
                if (shift < TimeSpan.Zero)
                {
                    foreach (var row in history) row.ChangedUtc = row.ChangedUtc.Add(shift);
                    created = created.Add(shift);
                    deal.StageEnteredUtc = deal.StageEnteredUtc!.Value.Add(shift);
                }
            }

            deals.Add(new SampleDeal(DealId(seed, n), account.Owner, deal, committee, created, history, activities));
        }
        return deals;
    }

    private static DealHistoryRecord Row(string pipelineId, StageDefinition? from, StageDefinition to, double? amountBefore, double amountAfter, int? probabilityBefore, int probabilityAfter,
        DateOnly? closeBefore, DateOnly closeAfter, StageDefinition category, DateTime at, string by) => new()
    {
        PipelineId = pipelineId,
        FromStageId = from?.Id,
        ToStageId = to.Id,
        AmountBefore = amountBefore,
        AmountAfter = amountAfter,
        ProbabilityBefore = probabilityBefore,
        ProbabilityAfter = probabilityAfter,
        CloseDateBefore = UtcDates.FromDate(closeBefore),
        CloseDateAfter = UtcDates.FromDate(closeAfter),
        Category = category.ForecastCategory.ToString(),
        ChangedUtc = DateTime.SpecifyKind(at, DateTimeKind.Utc),
        ChangedBy = by,
    };
}
