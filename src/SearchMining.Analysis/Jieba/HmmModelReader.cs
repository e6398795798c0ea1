using System.Text.Json;

namespace SearchMining.Analysis.Jieba;

/// <summary>Reads jieba's HMM tables from the JSON files prob_start.json, prob_trans.json and prob_emit.json.</summary>
internal static class HmmModelReader
{
    public static HmmModel Read(Stream start, Stream transition, Stream emission)
    {
        var startTable = Filled(HmmModel.StateCount);
        using (var doc = JsonDocument.Parse(start))
            foreach (var state in doc.RootElement.EnumerateObject())
                if (HmmModel.StateIndex(state.Name) is var s and >= 0)
                    startTable[s] = state.Value.GetDouble();

        var transitionTable = Filled(HmmModel.StateCount * HmmModel.StateCount);
        using (var doc = JsonDocument.Parse(transition))
            foreach (var from in doc.RootElement.EnumerateObject())
                if (HmmModel.StateIndex(from.Name) is var f and >= 0)
                    foreach (var to in from.Value.EnumerateObject())
                        if (HmmModel.StateIndex(to.Name) is var t and >= 0)
                            transitionTable[f * HmmModel.StateCount + t] = to.Value.GetDouble();

        var emissionTable = Filled((char.MaxValue + 1) * HmmModel.StateCount);
        using (var doc = JsonDocument.Parse(emission))
            foreach (var state in doc.RootElement.EnumerateObject())
                if (HmmModel.StateIndex(state.Name) is var s and >= 0)
                    foreach (var entry in state.Value.EnumerateObject())
                        if (entry.Name.Length == 1)
                            emissionTable[entry.Name[0] * HmmModel.StateCount + s] = entry.Value.GetDouble();

        return new HmmModel(startTable, transitionTable, emissionTable);
    }

    private static double[] Filled(int length)
    {
        var table = new double[length];
        Array.Fill(table, HmmModel.MinLogProbability);
        return table;
    }
}
