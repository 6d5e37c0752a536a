using System.IO.Pipelines;
using LowLatency.Fix.Log;

namespace LowLatency.Fix.Transport;

/// <summary>
/// Reads an in-process connection (a <see cref="PipeReader"/>) and feeds a <see cref="FixConnection"/>. An async
/// loop on the thread pool: in-process peers and tests, not the socket path (which has its own thread).
/// </summary>
internal static class PipeReceiver
{
    public static async Task RunAsync(PipeReader input, PipeChannel channel, FixConnection connection, IMessageLog errorLog)
    {
        try
        {
            while (true)
            {
                ReadResult read = await input.ReadAsync().ConfigureAwait(false);
                SequencePosition consumed = read.IsCanceled ? read.Buffer.Start : connection.OnReceived(read.Buffer);
                input.AdvanceTo(consumed, read.Buffer.End);
                if (read.IsCompleted || read.IsCanceled || channel.IsClosed)
                {
                    break;
                }
            }
        }
        catch (Exception ex)
        {
            (connection.Session?.Log ?? errorLog).OnEvent($"In-process connection {channel.RemoteName} failed: {ex.GetType().Name}: {ex.Message}");
        }
        finally
        {
            channel.Close(graceful: false);
            await input.CompleteAsync().ConfigureAwait(false);
            try
            {
                connection.OnClosed();
            }
            catch (Exception ex)
            {
                errorLog.OnEvent($"Closing in-process connection {channel.RemoteName} failed: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }
}
