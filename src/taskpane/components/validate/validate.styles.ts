import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles of the Validate view: the churn-rate chart's bars and text, and the list of accounts. */
export const useValidateStyles = makeStyles({
  chart: { width: "100%", height: "auto", display: "block" },
  track: { fill: tokens.colorNeutralBackground3 },
  healthy: { fill: tokens.colorPaletteGreenBackground3 },
  watch: { fill: tokens.colorPaletteMarigoldBackground3 },
  atRisk: { fill: tokens.colorPaletteRedBackground3 },
  text: { fill: tokens.colorNeutralForeground1, fontSize: "12px", fontFamily: tokens.fontFamilyBase },
  accounts: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS, margin: 0, paddingLeft: 0, listStyleType: "none" },
  accountLink: { textAlign: "left" },
  warning: { overflowWrap: "anywhere" },
});
