using System.Runtime.CompilerServices;

namespace LowLatency.Fix.Messages;

/// <summary>MsgType (35) values of the supported messages, as UTF-8 bytes for writing and as chars for <c>switch</c>.</summary>
public static class FixMsgType
{
    public const char HeartbeatChar = '0';
    public const char TestRequestChar = '1';
    public const char ResendRequestChar = '2';
    public const char RejectChar = '3';
    public const char SequenceResetChar = '4';
    public const char LogoutChar = '5';
    public const char ExecutionReportChar = '8';
    public const char OrderCancelRejectChar = '9';
    public const char LogonChar = 'A';
    public const char NewOrderSingleChar = 'D';
    public const char OrderCancelRequestChar = 'F';
    public const char OrderCancelReplaceRequestChar = 'G';
    public const char OrderStatusRequestChar = 'H';
    public const char MarketDataRequestChar = 'V';
    public const char MarketDataSnapshotFullRefreshChar = 'W';
    public const char MarketDataIncrementalRefreshChar = 'X';
    public const char MarketDataRequestRejectChar = 'Y';
    public const char BusinessMessageRejectChar = 'j';

    public static ReadOnlySpan<byte> Heartbeat => "0"u8;

    public static ReadOnlySpan<byte> TestRequest => "1"u8;

    public static ReadOnlySpan<byte> ResendRequest => "2"u8;

    public static ReadOnlySpan<byte> Reject => "3"u8;

    public static ReadOnlySpan<byte> SequenceReset => "4"u8;

    public static ReadOnlySpan<byte> Logout => "5"u8;

    public static ReadOnlySpan<byte> ExecutionReport => "8"u8;

    public static ReadOnlySpan<byte> OrderCancelReject => "9"u8;

    public static ReadOnlySpan<byte> Logon => "A"u8;

    public static ReadOnlySpan<byte> NewOrderSingle => "D"u8;

    public static ReadOnlySpan<byte> OrderCancelRequest => "F"u8;

    public static ReadOnlySpan<byte> OrderCancelReplaceRequest => "G"u8;

    public static ReadOnlySpan<byte> OrderStatusRequest => "H"u8;

    public static ReadOnlySpan<byte> MarketDataRequest => "V"u8;

    public static ReadOnlySpan<byte> MarketDataSnapshotFullRefresh => "W"u8;

    public static ReadOnlySpan<byte> MarketDataIncrementalRefresh => "X"u8;

    public static ReadOnlySpan<byte> MarketDataRequestReject => "Y"u8;

    public static ReadOnlySpan<byte> BusinessMessageReject => "j"u8;

    /// <summary>The MsgType as one char for a <c>switch</c>, or '\0' for multi-character types ("AE", …).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char AsChar(ReadOnlySpan<byte> msgType) => msgType.Length == 1 ? (char)msgType[0] : '\0';

    /// <summary>True for the session-level (admin) messages 0, 1, 2, 3, 4, 5 and A.</summary>
    public static bool IsAdmin(ReadOnlySpan<byte> msgType) =>
        msgType.Length == 1 && msgType[0] is (byte)'0' or (byte)'1' or (byte)'2' or (byte)'3' or (byte)'4' or (byte)'5' or (byte)'A';
}
