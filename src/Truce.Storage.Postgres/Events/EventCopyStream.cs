using Npgsql;

namespace Truce.Storage.Postgres.Events;

/// <summary>
/// The COPY of events of one import, started when rows come and ended when the connection is
/// needed for something else (archived chunks), then started again: one import may run several
/// COPY statements in its transaction. Disposing an unfinished COPY cancels it.
/// </summary>
internal sealed class EventCopyStream(NpgsqlConnection connection) : IDisposable
{
    private NpgsqlRawCopyStream? _raw;
    private BinaryCopyWriter? _rows;

    /// <summary>The writer of the current COPY, starting one if none is open.</summary>
    public BinaryCopyWriter Rows()
    {
        if (_rows is null)
        {
            _raw = connection.BeginRawBinaryCopy(EventCopy.Sql);
            _rows = new BinaryCopyWriter(_raw);
        }

        return _rows;
    }

    /// <summary>Ends the current COPY, if any: its rows are written (within the import's transaction).</summary>
    public void End()
    {
        if (_rows is null)
        {
            return;
        }

        _rows.Complete();
        _rows.Dispose();
        _rows = null;
        _raw!.Dispose();
        _raw = null;
    }

    public void Dispose()
    {
        if (_raw is not null)
        {
            try
            {
                _raw.Cancel();
            }
            catch (PostgresException)
            {
                // Cancelling reports the cancellation as an error: that is the expected outcome.
            }

            _raw.Dispose();
            _raw = null;
        }

        _rows?.Dispose();
        _rows = null;
    }
}
