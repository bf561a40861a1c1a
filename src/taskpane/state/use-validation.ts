import { useMemo, useRef, useState } from "react";
import type { AccountAssessment } from "../../core/account";
import { guessOutcomePolarity, type OutcomePolarity } from "../../core/backtest";
import type { HealthModel } from "../../core/model";
import type { Table } from "../../core/table";
import { backtestDraft, suggestionInput, type SuggestRunner } from "../validate";
import type { SuggestionState, ValidationState } from "./pane-types";

/** The inputs the Validate view's state is computed from. */
export interface ValidationInputs {
  readonly data: Table | null;
  readonly draft: HealthModel | null;
  /** The draft's assessments, or null when the draft cannot score the sheet. */
  readonly accounts: readonly AccountAssessment[] | null;
  /** Changes whenever the pillar scores change (the metric mapping's cache key). */
  readonly scoresKey: string;
  readonly runner: SuggestRunner;
}

/**
 * Holds the Validate view's state: the outcome column (the model's outcome column until the user
 * picks another) and its polarity (guessed from the header until the user picks one), the
 * backtest of the draft, and the weight suggestion. The suggestion runs only on request, through
 * the runner, and a result belongs to the inputs it was computed from: once the scores, the
 * outcome column, the polarity, the weights or the minimum coverage change, the view shows none.
 */
export function useValidation({ data, draft, accounts, scoresKey, runner }: ValidationInputs): ValidationState {
  const [pickedColumn, setPickedColumn] = useState<{ readonly column: string | null } | null>(null);
  const [pickedPolarity, setPickedPolarity] = useState<{ readonly column: string; readonly polarity: OutcomePolarity } | null>(null);
  const [suggestion, setSuggestion] = useState<{ readonly key: string; readonly state: SuggestionState } | null>(null);
  const latestRun = useRef(0);

  const column = pickedColumn === null ? (draft?.outcomeColumn ?? null) : pickedColumn.column;
  let polarity: OutcomePolarity = "churn";
  if (column !== null) polarity = pickedPolarity?.column === column ? pickedPolarity.polarity : guessOutcomePolarity(column);
  const backtest = useMemo(
    () => (data === null || accounts === null || column === null ? null : backtestDraft(data, accounts, column, polarity)),
    [data, accounts, column, polarity],
  );
  const key = JSON.stringify([scoresKey, column, polarity, draft?.pillarWeights ?? null, draft?.minCoverage ?? null]);

  const suggest = (): void => {
    if (backtest === null || accounts === null || draft === null) return;
    const run = ++latestRun.current;
    const input = suggestionInput(accounts, backtest.outcomes, draft);
    setSuggestion({ key, state: { status: "running" } });
    runner(input)
      .then((result) => run === latestRun.current && setSuggestion({ key, state: { status: "done", suggestion: result } }))
      .catch((error: unknown) => run === latestRun.current && setSuggestion({ key, state: { status: "failed", message: error instanceof Error ? error.message : String(error) } }));
  };

  return {
    columns: data?.headers ?? [],
    column,
    polarity,
    backtest,
    suggestion: suggestion !== null && suggestion.key === key ? suggestion.state : { status: "idle" },
    setColumn: (next: string | null) => setPickedColumn({ column: next }),
    setPolarity: (next: OutcomePolarity) => column !== null && setPickedPolarity({ column, polarity: next }),
    suggest,
  };
}
