using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Graph.Worker.Telemetry;

/// <summary>
/// Metrics of the long-running commands through OpenTelemetry. <c>Metrics:Exporter</c> chooses where they go:
/// <c>console</c> (default: standard output, every <c>Metrics:IntervalSeconds</c>, default 60), <c>otlp</c> (the
/// standard <c>OTEL_EXPORTER_OTLP_*</c> variables say where; chosen by itself when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>
/// is set) or <c>none</c>.
/// </summary>
internal static class TelemetryServiceCollectionExtensions
{
    public static IServiceCollection AddGraphMetrics(this IServiceCollection services, IConfiguration configuration, string serviceName)
    {
        services.AddMetrics();
        services.TryAddSingleton<GraphMetrics>();
        var exporter = configuration["Metrics:Exporter"]
            ?? (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("OTEL_EXPORTER_OTLP_ENDPOINT")) ? "console" : "otlp");
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Metrics:IntervalSeconds", 60.0));
        if (exporter.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return services;
        }

        var otlp = exporter.Equals("otlp", StringComparison.OrdinalIgnoreCase);
        if (!otlp && !exporter.Equals("console", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Metrics:Exporter is '{exporter}'; use console, otlp or none.");
        }

        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GraphMetrics.MeterName);
                if (otlp)
                {
                    metrics.AddOtlpExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)interval.TotalMilliseconds);
                }
                else
                {
                    metrics.AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)interval.TotalMilliseconds);
                }
            });
        return services;
    }
}
