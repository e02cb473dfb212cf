/**
 * The five-year-plan calendar (国民经济和社会发展第N个五年规划): 十一五 = 2006–2010 …
 * 十五五 = 2026–2030. "十四五末" / "“十四五”期末" mean the last year of the period.
 */
export const PLAN_PERIODS: Readonly<Record<string, { first: number; last: number }>> = {
  十一五: { first: 2006, last: 2010 },
  十二五: { first: 2011, last: 2015 },
  十三五: { first: 2016, last: 2020 },
  十四五: { first: 2021, last: 2025 },
  十五五: { first: 2026, last: 2030 },
  十六五: { first: 2031, last: 2035 },
};
