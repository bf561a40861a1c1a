/** The Weights view's live preview: pure functions, tested without React. */
export { buildPillarCache, pillarCacheKey, type PillarCache } from "./pillar-cache";
export { reassessAccounts } from "./reassess";
export { comparePortfolios, bandText, type BandChange, type BandCount, type BandOrInsufficient, type DriverCount, type PortfolioPreview, type PreviewContext } from "./compare";
export { findRevenueColumn, readRevenue } from "./revenue";
