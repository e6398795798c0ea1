namespace SearchMining.Mining.Training;

/// <summary>
/// One candidate way of building the model, compared with the others on validation folds: the trainer, and whether
/// a statement's theme scores are pooled over its clauses (<see cref="Features.StatementClauses"/>).
/// </summary>
public sealed record ModelRecipe(ThemeTrainer Trainer, bool ClausePooling)
{
    public override string ToString() => ClausePooling ? $"{Trainer} + clause pooling" : Trainer.ToString();
}
