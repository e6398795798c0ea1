using SearchMining.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddSearchMining();

var app = builder.Build();
app.UseSearchMining();
app.Run();

/// <summary>Entry point, public for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
