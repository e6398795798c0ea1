using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SearchMining.Cli.Elasticsearch;

/// <summary>
/// A date stored in our index as the number yyyyMMdd (<see cref="Index.Storage.StoredSection.PublishDate"/>), written as
/// Elasticsearch's <c>strict_date</c> (yyyy-MM-dd); read back the same way.
/// </summary>
internal sealed class NumericDateConverter : JsonConverter<int?>
{
    public override bool HandleNull => false;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null
            ? null
            : int.Parse(reader.GetString()!.Replace("-", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture);

    public override void Write(Utf8JsonWriter writer, int? value, JsonSerializerOptions options)
    {
        if (value is not { } d) writer.WriteNullValue();
        else writer.WriteStringValue(string.Create(CultureInfo.InvariantCulture, $"{d / 10000:D4}-{d / 100 % 100:D2}-{d % 100:D2}"));
    }
}
