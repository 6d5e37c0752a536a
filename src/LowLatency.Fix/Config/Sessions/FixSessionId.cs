using System.Text;

namespace LowLatency.Fix.Config.Sessions;

/// <summary>
/// Identifies a FIX session the way QuickFIX does: BeginString, our SenderCompID (and SubID), the
/// counterparty's TargetCompID (and SubID), and an optional SessionQualifier to tell apart otherwise
/// identical sessions. Used as dictionary key, in logs and to name store and log files.
/// </summary>
public sealed record FixSessionId
{
    public FixSessionId(
        string beginString,
        string senderCompID,
        string targetCompID,
        string? senderSubID = null,
        string? targetSubID = null,
        string? sessionQualifier = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(beginString);
        ArgumentException.ThrowIfNullOrEmpty(senderCompID);
        ArgumentException.ThrowIfNullOrEmpty(targetCompID);
        BeginString = beginString;
        SenderCompID = senderCompID;
        TargetCompID = targetCompID;
        SenderSubID = string.IsNullOrEmpty(senderSubID) ? null : senderSubID;
        TargetSubID = string.IsNullOrEmpty(targetSubID) ? null : targetSubID;
        SessionQualifier = string.IsNullOrEmpty(sessionQualifier) ? null : sessionQualifier;
    }

    public string BeginString { get; }

    public string SenderCompID { get; }

    public string TargetCompID { get; }

    public string? SenderSubID { get; }

    public string? TargetSubID { get; }

    public string? SessionQualifier { get; }

    /// <summary>
    /// The file-name stem for this session's store and log files, QuickFIX style:
    /// <c>FIX.4.4-SENDER-TARGET</c>, SubIDs joined with <c>_</c>, qualifier appended with <c>-</c>.
    /// </summary>
    public string FilePrefix
    {
        get
        {
            var text = new StringBuilder(BeginString).Append('-').Append(SenderCompID);
            AppendIfSet(text, '_', SenderSubID);
            text.Append('-').Append(TargetCompID);
            AppendIfSet(text, '_', TargetSubID);
            AppendIfSet(text, '-', SessionQualifier);
            return text.ToString();
        }
    }

    /// <summary>The counterparty's view of this session (sender and target swapped).</summary>
    public FixSessionId Reversed() =>
        new(BeginString, TargetCompID, SenderCompID, TargetSubID, SenderSubID, SessionQualifier);

    /// <summary><c>FIX.4.4:SENDER[/SUB]-&gt;TARGET[/SUB][:QUALIFIER]</c>.</summary>
    public override string ToString()
    {
        var text = new StringBuilder(BeginString).Append(':').Append(SenderCompID);
        AppendIfSet(text, '/', SenderSubID);
        text.Append("->").Append(TargetCompID);
        AppendIfSet(text, '/', TargetSubID);
        AppendIfSet(text, ':', SessionQualifier);
        return text.ToString();
    }

    private static void AppendIfSet(StringBuilder text, char separator, string? value)
    {
        if (value is not null)
        {
            text.Append(separator).Append(value);
        }
    }
}
