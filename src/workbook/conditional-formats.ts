import { WorkbookError } from "./errors";
import { workbookMessages } from "./messages";
import type { ConditionalFormatRule } from "./port";

/**
 * Excel's conditional formats have no name or tag property, so the port marks its own rules inside
 * the rule formula: `=AND(<condition>,N("health-model:<tag>")=0)`. `N` of a text is 0, so the marker
 * is always TRUE and the rule applies exactly where the condition holds. The marker travels with the
 * file and survives moved or resized ranges, which an id kept elsewhere would not.
 */
const TAG_PREFIX = "health-model:";

function marker(tag: string): string {
  return `N("${TAG_PREFIX}${tag.replace(/"/g, '""')}")=0`;
}

/**
 * Wraps a conditional-format formula with the marker of `tag`.
 *
 * @param formula an en-US formula starting with "=", TRUE where the format applies.
 * @example tagFormula('=$H2="At risk"', "band") // '=AND($H2="At risk",N("health-model:band")=0)'
 */
export function tagFormula(formula: string, tag: string): string {
  const condition = formula.startsWith("=") ? formula.slice(1) : formula;
  return `=AND(${condition},${marker(tag)})`;
}

/** Tells whether a conditional-format formula carries the marker of `tag`. */
export function hasTag(formula: string, tag: string): boolean {
  return formula.endsWith(`,${marker(tag)})`);
}

const HEX_COLOR = /^#[0-9A-Fa-f]{6}$/;

/**
 * Checks that a rule's colors are "#RRGGBB", the one form both workbooks accept.
 *
 * @throws WorkbookError with code `InvalidArgument` and the color otherwise.
 */
export function checkRuleColors(rule: ConditionalFormatRule): void {
  for (const color of [rule.fill, rule.fontColor]) {
    if (color !== undefined && !HEX_COLOR.test(color)) {
      throw new WorkbookError("InvalidArgument", workbookMessages.invalidColor(color), color);
    }
  }
}
