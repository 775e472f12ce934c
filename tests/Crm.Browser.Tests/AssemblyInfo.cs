// Each browser test starts its own host and Chromium; run them one at a time so that on a small
// machine (CI has 2 cores) they do not starve each other into time-outs.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
