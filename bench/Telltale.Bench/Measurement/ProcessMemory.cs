using System.Diagnostics;

namespace Telltale.Bench.Measurement;

/// <summary>Resident memory of this process. The server runs in-process, so its RSS is this process's RSS minus the
/// bench's own baseline (generated bodies, runtime).</summary>
public static class ProcessMemory
{
    /// <summary>VmRSS from /proc on Linux (what `top` shows); the working set elsewhere.</summary>
    public static long ResidentBytes()
    {
        if (ReadStatusKb("VmRSS:") is { } kb) return kb * 1024;
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    /// <summary>Collects garbage fully first, so a baseline is not inflated by garbage a later GC would free anyway.</summary>
    public static long ResidentBytesAfterFullGc()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return ResidentBytes();
    }

    private static long? ReadStatusKb(string field)
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status)) return null;
        foreach (var line in File.ReadLines(status))
        {
            if (!line.StartsWith(field, StringComparison.Ordinal)) continue;
            var digits = line[field.Length..].Trim().Split(' ')[0];
            return long.TryParse(digits, out var kb) ? kb : null;
        }
        return null;
    }
}
