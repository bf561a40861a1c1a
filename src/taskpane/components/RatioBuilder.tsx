import { Button, Field, Select } from "@fluentui/react-components";
import { useState } from "react";
import { PILLARS, isPillar, type Pillar } from "../../core/pillars";
import type { ColumnMapping } from "../mapping/column-mapping";
import { isRatioPair, proposedRatioPair } from "../mapping/ratio-columns";
import { messages } from "../messages";
import { usePaneStyles } from "./pane.styles";

/** Props of the ratio builder. */
export interface RatioBuilderProps {
  /** The mapping when the builder opens; its ratio metric, if any, is the starting pair. */
  readonly mapping: readonly ColumnMapping[];
  /** The columns the builder offers, which must be mostly numbers. */
  readonly numericColumns: readonly string[];
  readonly onAdd: (numerator: string, denominator: string, pillar: Pillar) => void;
}

/** Holds the builder's picks, starting from the mapping's ratio; "" is a column not picked yet. */
function useRatioPicks(mapping: readonly ColumnMapping[], numericColumns: readonly string[]) {
  const [proposed] = useState(() => proposedRatioPair(mapping, numericColumns));
  const [numerator, setNumerator] = useState(proposed?.numerator ?? "");
  const [denominator, setDenominator] = useState(proposed?.denominator ?? "");
  const [pillar, setPillar] = useState<Pillar>("Adoption");
  return { numerator, setNumerator, denominator, setDenominator, pillar, setPillar };
}

/** Returns the note under the builder: the ratio it would add, or what the user must pick first. */
function ratioNote(numerator: string, denominator: string, numericColumns: readonly string[]): string {
  if (numericColumns.length < 2) return messages.map.ratio.tooFewColumns(numericColumns.length);
  if (numerator === "" || denominator === "") return messages.map.ratio.pickBoth;
  if (numerator === denominator) return messages.map.ratio.sameColumn;
  return messages.map.ratio.summary(numerator, denominator);
}

/**
 * Renders the ratio builder: a numerator and a denominator among the numeric columns, and a
 * pillar. "Add ratio" is enabled only for two different numeric columns, because a text column
 * would leave every cell of the metric unreadable.
 */
export function RatioBuilder({ mapping, numericColumns, onAdd }: RatioBuilderProps): JSX.Element {
  const styles = usePaneStyles();
  const picks = useRatioPicks(mapping, numericColumns);
  const ready = isRatioPair(picks.numerator, picks.denominator, numericColumns);
  const options = (
    <>
      <option value="" disabled>{messages.map.ratio.pickColumn}</option>
      {numericColumns.map((column) => (
        <option key={column} value={column}>{column}</option>
      ))}
    </>
  );

  return (
    <section className={styles.card} aria-label={messages.map.ratio.heading}>
      <span className={styles.cardTitle}>{messages.map.ratio.heading}</span>
      <div className={styles.row}>
        <Field className={styles.field} label={messages.map.ratio.numerator}>
          <Select value={picks.numerator} onChange={(_, data) => picks.setNumerator(data.value)}>
            {options}
          </Select>
        </Field>
        <Field className={styles.field} label={messages.map.ratio.denominator}>
          <Select value={picks.denominator} onChange={(_, data) => picks.setDenominator(data.value)}>
            {options}
          </Select>
        </Field>
        <Field className={styles.field} label={messages.map.ratio.pillar}>
          <Select value={picks.pillar} onChange={(_, data) => isPillar(data.value) && picks.setPillar(data.value)}>
            {PILLARS.map((name) => (
              <option key={name} value={name}>{name}</option>
            ))}
          </Select>
        </Field>
      </div>
      <span className={styles.note}>{ratioNote(picks.numerator, picks.denominator, numericColumns)}</span>
      <Button disabled={!ready} onClick={() => onAdd(picks.numerator, picks.denominator, picks.pillar)}>
        {messages.map.ratio.add}
      </Button>
    </section>
  );
}
