/** The four pillars every account is scored on, in their fixed order. */
export const PILLARS = ["Engagement", "Satisfaction", "Adoption", "Outcomes"] as const;

/** One of the four pillars. */
export type Pillar = (typeof PILLARS)[number];

/** A value per pillar, in pillar order. */
export type PerPillar<T> = Record<Pillar, T>;

/** Builds a per-pillar record by calling `make` for each pillar in order. */
export function perPillar<T>(make: (pillar: Pillar, index: number) => T): PerPillar<T> {
  return {
    Engagement: make("Engagement", 0),
    Satisfaction: make("Satisfaction", 1),
    Adoption: make("Adoption", 2),
    Outcomes: make("Outcomes", 3),
  };
}

/** Tells whether a string names a pillar, case-sensitively. */
export function isPillar(name: string): name is Pillar {
  return (PILLARS as readonly string[]).includes(name);
}
