import type { PillarVector } from "../vector";
import { InvalidArgumentError } from "./argument-error";

/** Pillar weights in whole points that sum to 100, in pillar order. */
export type PointWeights = PillarVector<number>;

/** The total of a point-weight vector. */
export const TOTAL_POINTS = 100;

/**
 * Lists every weight vector on the pillar-weight simplex in steps of `step` points: four
 * non-negative multiples of `step` that sum to 100. With step 5 there are C(23, 3) = 1,771.
 *
 * Method: nested loops over Engagement, Satisfaction and Adoption, with Outcomes taking the
 * rest, so the order is lexicographic and the same on every run.
 *
 * Cost: O((100 ÷ step)³) vectors.
 *
 * @param step the grid step in points, a whole number that divides 100 (1, 2, 4, 5, 10, 20, 25, 50)
 * @throws InvalidArgumentError when the step does not divide 100
 * @returns the vectors, starting with [0, 0, 0, 100]
 * @example simplexGrid(50) // [[0,0,0,100], [0,0,50,50], [0,0,100,0], [0,50,0,50], [0,50,50,0], [0,100,0,0], [50,0,0,50], [50,0,50,0], [50,50,0,0], [100,0,0,0]]
 */
export function simplexGrid(step: number): PointWeights[] {
  if (!Number.isInteger(step) || step < 1 || TOTAL_POINTS % step !== 0) {
    throw new InvalidArgumentError("step", step, "a whole number of points that divides 100, such as 5 or 10");
  }

  const grid: PointWeights[] = [];
  for (let engagement = 0; engagement <= TOTAL_POINTS; engagement += step) {
    for (let satisfaction = 0; engagement + satisfaction <= TOTAL_POINTS; satisfaction += step) {
      for (let adoption = 0; engagement + satisfaction + adoption <= TOTAL_POINTS; adoption += step) {
        grid.push([engagement, satisfaction, adoption, TOTAL_POINTS - engagement - satisfaction - adoption]);
      }
    }
  }
  return grid;
}

/**
 * Lists the neighbours of a weight vector that move one point from one pillar to another, for
 * a local refinement after the grid. A pillar at 0 gives nothing.
 *
 * @returns up to 12 vectors, each still summing to 100
 * @example pointTransfers([0, 0, 0, 100]) // [[1,0,0,99], [0,1,0,99], [0,0,1,99]]
 */
export function pointTransfers(weights: PointWeights): PointWeights[] {
  const neighbours: PointWeights[] = [];
  for (let from = 0; from < 4; from++) {
    if ((weights[from] ?? 0) < 1) continue;
    for (let to = 0; to < 4; to++) {
      if (to === from) continue;
      const moved = weights.map((weight, pillar) => weight - (pillar === from ? 1 : 0) + (pillar === to ? 1 : 0));
      neighbours.push(moved as [number, number, number, number]);
    }
  }
  return neighbours;
}

/** Returns the L1 distance in points between two weight vectors, for breaking ties between equally good weights. */
export function pointDistance(left: PillarVector<number>, right: PillarVector<number>): number {
  return left.reduce((sum, weight, index) => sum + Math.abs(weight - (right[index] ?? 0)), 0);
}

/** Returns a number that identifies a point-weight vector, for caching evaluations. */
export function pointWeightsKey(weights: PointWeights): number {
  const [engagement, satisfaction, adoption] = weights;
  return (engagement * (TOTAL_POINTS + 1) + satisfaction) * (TOTAL_POINTS + 1) + adoption;
}
