using System.Runtime.ExceptionServices;

namespace SearchMining.Index.Searching;

/// <summary>
/// Runs <c>items</c> numbered work items on the calling thread and up to <c>workers − 1</c> thread-pool threads. Items are
/// taken in increasing order from a shared counter, so each thread sees its items in index order. The caller waits only
/// for items other threads have started: a helper the busy pool schedules late finds nothing left and ends, so a loaded
/// service (every core busy with other requests) runs a request's items on its own thread without waiting for the pool.
/// The first exception is rethrown on the caller with its own type and stack.
/// </summary>
internal sealed class SegmentWorkers
{
    private readonly int _items;
    private readonly Action<int, int> _body;
    private readonly ManualResetEventSlim _done = new(false);
    private int _next = -1;
    private int _remaining;
    private ExceptionDispatchInfo? _error;

    private SegmentWorkers(int items, Action<int, int> body)
    {
        _items = items;
        _remaining = items;
        _body = body;
    }

    /// <summary>Calls <paramref name="body"/>(worker, item) once per item; worker 0 is the calling thread.</summary>
    public static void Run(int items, int workers, Action<int, int> body)
    {
        if (items == 0) return;
        var run = new SegmentWorkers(items, body);
        for (var w = 1; w < Math.Min(workers, items); w++)
            ThreadPool.UnsafeQueueUserWorkItem(static state => state.Run.Work(state.Worker), (Run: run, Worker: w), preferLocal: false);
        run.Work(0);
        run._done.Wait(); // no kernel handle is ever made (WaitHandle is not read), so nothing to dispose
        run._error?.Throw();
    }

    private void Work(int worker)
    {
        int item;
        while ((item = Interlocked.Increment(ref _next)) < _items)
        {
            try
            {
                _body(worker, item);
            }
            catch (Exception e)
            {
                Interlocked.CompareExchange(ref _error, ExceptionDispatchInfo.Capture(e), null);
            }
            if (Interlocked.Decrement(ref _remaining) == 0) _done.Set();
        }
    }
}
