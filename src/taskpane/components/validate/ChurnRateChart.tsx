import type { ChurnByBand } from "../../../core/backtest";
import type { BandKey } from "../../../core/band";
import type { Bands } from "../../../core/model";
import { messages } from "../../messages";
import { useValidateStyles } from "./validate.styles";

const BAND_ORDER: readonly BandKey[] = ["healthy", "watch", "atRisk"];

/** Props of the churn-rate chart. */
export interface ChurnRateChartProps {
  readonly churn: ChurnByBand;
  readonly bands: Bands;
}

/**
 * Draws the churn rate of each band as a horizontal bar on a 0–100% scale, labelled with the
 * band, the rate and the counts it came from. Screen readers get the same sentences from each
 * bar's title.
 */
export function ChurnRateChart({ churn, bands }: ChurnRateChartProps): JSX.Element {
  const styles = useValidateStyles();
  const labelWidth = 64;
  const barWidth = 120;
  const rowHeight = 26;
  const width = labelWidth + barWidth + 116;

  return (
    <svg className={styles.chart} viewBox={`0 0 ${width} ${rowHeight * BAND_ORDER.length + 4}`} role="img" aria-label={messages.validate.chartLabel}>
      {BAND_ORDER.map((band, index) => {
        const { churnRate, churned, accounts } = churn[band];
        const y = index * rowHeight + 4;
        const label = bands.labels[band];
        return (
          <g key={band} data-band={band}>
            <title>{messages.validate.bandRate(label, churnRate, churned, accounts)}</title>
            <text className={styles.text} x={0} y={y + 14}>{label}</text>
            <rect className={styles.track} x={labelWidth} y={y} width={barWidth} height={18} rx={2} />
            {churnRate !== null && <rect className={styles[band]} x={labelWidth} y={y} width={barWidth * churnRate} height={18} rx={2} />}
            <text className={styles.text} x={labelWidth + barWidth + 4} y={y + 14}>
              {messages.validate.rateText(churnRate, churned, accounts)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
