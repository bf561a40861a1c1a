/** Four values in pillar order: Engagement, Satisfaction, Adoption, Outcomes. */
export type PillarVector<T> = readonly [T, T, T, T];

/** Pillar scores of one account in pillar order; null marks a pillar with no data. */
export type PillarScores = PillarVector<number | null>;
