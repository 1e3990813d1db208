using System.Diagnostics;
using System.Net;
using System.Text;

namespace Truce.Cli.Tests;

/// <summary>A <c>truce serve</c> process listening on a loopback port the system picks; killed on dispose.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ServeProcess(string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = Truce.StartInfo(args);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Read(e.Data);
        _process.ErrorDataReceived += (_, e) => Read(e.Data);
        _process.Exited += (_, _) => _address.TrySetException(new InvalidOperationException($"truce serve exited before it served:\n{Output}"));
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Where it serves (known once started).</summary>
    public HttpClient Client { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>What it printed so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>
    /// Starts <c>truce serve --db DB --urls http://127.0.0.1:0</c> with <paramref name="options"/> and
    /// waits, at most <paramref name="timeout"/>, until it has said where it listens and answers there.
    /// </summary>
    public static Task<ServeProcess> Start(string db, TimeSpan timeout, params string[] options) =>
        Start(new ServeProcess(["serve", "--db", db, "--urls", "http://127.0.0.1:0", .. options]), timeout);

    /// <summary>Starts <c>truce serve --urls http://127.0.0.1:0</c> without <c>--db</c>, with these environment variables, and waits as <see cref="Start(string, TimeSpan, string[])"/> does.</summary>
    public static Task<ServeProcess> StartWithEnvironment(IReadOnlyDictionary<string, string> environment, TimeSpan timeout) =>
        Start(new ServeProcess(["serve", "--urls", "http://127.0.0.1:0"], environment), timeout);

    private static async Task<ServeProcess> Start(ServeProcess serve, TimeSpan timeout)
    {
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            deadline.CancelAfter(timeout);
            serve.Client.BaseAddress = await serve._address.Task.WaitAsync(deadline.Token);

            // It listens now. The first request opens the store (on a new PostgreSQL schema, creates its tables): it must succeed.
            using var response = await serve.Client.GetAsync(new Uri("/api/stats", UriKind.Relative), deadline.Token);
            var body = await response.Content.ReadAsStringAsync(deadline.Token);
            return response.StatusCode == HttpStatusCode.OK
                ? serve
                : throw new InvalidOperationException($"truce serve answered {(int)response.StatusCode}: {body}\n{serve.Output}");
        }
        catch (OperationCanceledException e)
        {
            serve.Dispose();
            throw new TimeoutException($"truce serve did not answer within {timeout}:\n{serve.Output}", e);
        }
        catch
        {
            serve.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It had exited already.
        }

        _process.WaitForExit(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        // `truce serve` prints "Open URL/" on stdout once it listens.
        if (line.StartsWith("Open http", StringComparison.Ordinal))
        {
            _address.TrySetResult(new Uri(line["Open ".Length..]));
        }
    }
}
