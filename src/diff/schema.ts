import { z } from 'zod';
import { SpanSchema } from '../schema/contract.js';

/** What a diff says of each document it compares. */
export const DiffDocSchema = z.object({
  path: z.string(),
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  issuer: z.string().nullable(),
  /** The issuer's administrative level (national … township-street), from its name. */
  level: z.string().nullable(),
  genre: z.string().nullable(),
  publishDate: z.string().nullable(),
  signedDate: z.string().nullable(),
  /** Characters of text in the main document and attachments. */
  chars: z.number().int().nonnegative(),
  sections: z.number().int().nonnegative(),
  measures: z.number().int().nonnegative(),
});
export type DiffDoc = z.infer<typeof DiffDocSchema>;

export const MetadataRowSchema = z.object({
  field: z.string(),
  a: z.string().nullable(),
  b: z.string().nullable(),
  same: z.boolean(),
});

/** A section or measure of one side, as a match names it. */
export const ItemRefSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** Titles of the sections above it. */
  path: z.array(z.string()),
  span: SpanSchema,
  /** Of an item with no title (一、根据…, an article 第三条 …): its marker and opening words. */
  excerpt: z.string().optional(),
});
export type ItemRef = z.infer<typeof ItemRefSchema>;

export const MatchLabelSchema = z.enum(['identical', 'nearly-identical', 'a-in-b', 'b-in-a', 'related']);
export type MatchLabel = z.infer<typeof MatchLabelSchema>;

export const MatchSchema = z.object({
  a: ItemRefSchema,
  b: ItemRefSchema,
  /** The combined similarity the assignment maximised, 0..1. */
  score: z.number(),
  label: MatchLabelSchema,
  /** TF-IDF cosine of the jieba tokens. */
  cosine: z.number(),
  /** Share of A's character shingles found in B, and the reverse. */
  overlapA: z.number(),
  overlapB: z.number(),
});
export type Match = z.infer<typeof MatchSchema>;

export const AlignmentSchema = z.object({
  matches: z.array(MatchSchema),
  onlyA: z.array(ItemRefSchema),
  onlyB: z.array(ItemRefSchema),
});
export type Alignment = z.infer<typeof AlignmentSchema>;

export const TargetRefSchema = z.object({
  id: z.string(),
  metric: z.string(),
  year: z.number().nullable(),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
  comparator: z.string(),
  kind: z.string(),
  /**
   * Of a change (kind growth): up (增长, 提高) or down (下降, 减少); null for a level or share.
   * Added to the contract later: diffs saved before it lack it, and read as null.
   */
  direction: z.enum(['up', 'down']).nullable().default(null),
  text: z.string(),
  span: SpanSchema,
});
export type TargetRef = z.infer<typeof TargetRefSchema>;

export const TargetMatchSchema = z.object({
  a: TargetRefSchema,
  b: TargetRefSchema,
  /** How alike the metrics are, 0..1. */
  score: z.number(),
  /** What differs between the paired targets. */
  differences: z.array(z.enum(['value', 'direction', 'unit', 'year', 'comparator'])),
});

export const DepartmentSideSchema = z.object({
  names: z.array(z.string()),
  levels: z.array(z.string()),
  /** Measures the function leads, and those it joins. */
  leads: z.number().int().nonnegative(),
  participates: z.number().int().nonnegative(),
  mentions: z.number().int().nonnegative(),
});

export const SharedDepartmentSchema = z.object({
  /** The function, or for a unit the taxonomy does not know its name without a level word (某某办). */
  canonical: z.string(),
  a: z.array(z.string()),
  b: z.array(z.string()),
  sideA: DepartmentSideSchema,
  sideB: DepartmentSideSchema,
  /** Set when one side names the function by a body a reform replaced ("卫生计生委 → 卫生健康, 2018"). */
  renamed: z.string().nullable(),
});

export const OneSidedDepartmentSchema = z.object({
  canonical: z.string().nullable(),
  side: DepartmentSideSchema,
});

export const RosterSideSchema = z.object({
  groups: z.array(
    z.object({
      name: z.string().nullable(),
      /** How many people it has (one holding two of its posts counts once). */
      size: z.number().int(),
      /** How many posts of each role. */
      roles: z.record(z.string(), z.number().int()),
    }),
  ),
  /** How many people the rosters name, each once. */
  people: z.number().int().nonnegative(),
  incomplete: z.number().int().nonnegative(),
});

export const ReuseSchema = z.object({
  a: SpanSchema,
  b: SpanSchema,
  text: z.string(),
  /** 1 for a passage reused verbatim, less for a near copy. */
  similarity: z.number(),
});

/** A document one side cites (《title》, 文号 or both), and where that side cites it. */
export const CitationSchema = z.object({
  title: z.string().nullable(),
  docNumber: z.string().nullable(),
  span: SpanSchema,
});
export type Citation = z.infer<typeof CitationSchema>;

/**
 * The documents the two cite. Added to the contract later: diffs saved before it lack it, and
 * read as citing nothing.
 */
export const ReferencesSchema = z
  .object({
    /** A's citation of B itself (by its 文号 or title), or null; and B's of A. */
    aCitesB: CitationSchema.nullable(),
    bCitesA: CitationSchema.nullable(),
    /** Documents both cite, with where each side cites them. */
    shared: z.array(
      z.object({
        title: z.string().nullable(),
        docNumber: z.string().nullable(),
        a: SpanSchema,
        b: SpanSchema,
      }),
    ),
    /** Documents only one side cites (the other document itself left out). */
    onlyA: z.array(CitationSchema),
    onlyB: z.array(CitationSchema),
  })
  .default({ aCitesB: null, bCitesA: null, shared: [], onlyA: [], onlyB: [] });

/** The JSON `policy-parse diff A B --format json` prints. */
export const DiffSchema = z.object({
  schemaVersion: z.literal('1'),
  a: DiffDocSchema,
  b: DiffDocSchema,
  metadata: z.array(MetadataRowSchema),
  sections: AlignmentSchema,
  measures: AlignmentSchema,
  targets: z.object({
    matches: z.array(TargetMatchSchema),
    onlyA: z.array(TargetRefSchema),
    onlyB: z.array(TargetRefSchema),
  }),
  departments: z.object({
    shared: z.array(SharedDepartmentSchema),
    onlyA: z.array(OneSidedDepartmentSchema),
    onlyB: z.array(OneSidedDepartmentSchema),
  }),
  personnel: z.object({
    a: RosterSideSchema,
    b: RosterSideSchema,
    roles: z.array(z.object({ role: z.string(), a: z.number().int(), b: z.number().int() })),
    /** Functions whose officials sit on the rosters: on both, or on one side only. */
    functions: z.object({
      shared: z.array(z.string()),
      onlyA: z.array(z.string()),
      onlyB: z.array(z.string()),
    }),
  }),
  keywords: z.object({ shared: z.array(z.string()), onlyA: z.array(z.string()), onlyB: z.array(z.string()) }),
  references: ReferencesSchema,
  reuse: z.array(ReuseSchema),
});
export type Diff = z.infer<typeof DiffSchema>;
