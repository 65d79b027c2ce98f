using System.Text;
using System.Text.Json;

namespace ConventionBot.TableStorage.Tests;

public sealed class EntityJsonTests
{
    [Fact]
    public void Write_EveryEdmType_AnnotatesWhatJsonCannotCarry()
    {
        // Arrange
        KeyValuePair<string, object?>[] properties =
        [
            new("I", 1), new("L", 42L), new("D", 2.0), new("N", double.NaN), new("Z", -0.0),
            new("W", new DateTime(1601, 1, 1, 0, 0, 0, DateTimeKind.Utc)), new("G", Guid.Empty), new("B", new byte[] { 1 }),
        ];

        // Act
        var json = Encoding.UTF8.GetString(EntityJsonWriter.Write(properties));

        // Assert
        Assert.Equal(
            "{\"I\":1,\"L@odata.type\":\"Edm.Int64\",\"L\":\"42\",\"D@odata.type\":\"Edm.Double\",\"D\":2,"
            + "\"N@odata.type\":\"Edm.Double\",\"N\":\"NaN\",\"Z@odata.type\":\"Edm.Double\",\"Z\":-0,"
            + "\"W@odata.type\":\"Edm.DateTime\",\"W\":\"1601-01-01T00:00:00.0000000Z\","
            + "\"G@odata.type\":\"Edm.Guid\",\"G\":\"00000000-0000-0000-0000-000000000000\","
            + "\"B@odata.type\":\"Edm.Binary\",\"B\":\"AQ==\"}",
            json);
    }

    [Fact]
    public void Read_AnnotatedValues_ReturnsEdmClrTypes()
    {
        // Arrange
        const string json = """
            {"odata.etag":"W/\"x\"","Timestamp":"2026-01-01T00:00:00.1234567Z","Z@odata.type":"Edm.Double","Z":-0,
             "Inf@odata.type":"Edm.Double","Inf":"-Infinity","L@odata.type":"Edm.Int64","L":"9223372036854775807","I":3,"F":1.5}
            """;
        using var document = JsonDocument.Parse(json);

        // Act
        var values = EntityJsonReader.Read(document.RootElement);

        // Assert
        Assert.True(double.IsNegative((double)values["Z"]!));
        Assert.Equal(double.NegativeInfinity, values["Inf"]);
        Assert.Equal(long.MaxValue, values["L"]);
        Assert.Equal((3, 1.5), ((int)values["I"]!, (double)values["F"]!));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(1234567), values["Timestamp"]);
        Assert.Equal("W/\"x\"", values["odata.etag"]);
    }
}
