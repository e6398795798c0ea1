using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using SearchMining.Api.Tests.Infrastructure;

namespace SearchMining.Api.Tests.Browser;

/// <summary>The service on a real Kestrel socket (127.0.0.1, a free port) over a fresh index of the sample corpus.</summary>
public sealed class KestrelApiFactory : IAsyncDisposable
{
    private readonly ApiFactory _factory = new();

    public Uri BaseAddress { get; private set; } = null!;

    public async Task StartAsync()
    {
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
        using var client = new HttpClient { BaseAddress = BaseAddress };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            var health = await client.GetStringAsync("/healthz");
            if (health.Contains("\"Completed\"", StringComparison.Ordinal)) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("The sample corpus was not ingested within 90 s.");
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
