import { z } from 'zod';

/** A place in the decoded input: UTF-16 offsets (end exclusive), line and column 1-based. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
});
export type Span = z.infer<typeof SpanSchema>;

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const MessageSchema = z.object({
  ruleId: z.string(),
  severity: SeveritySchema,
  message: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  span: SpanSchema,
  actual: z.string().optional(),
  expected: z.string().optional(),
  note: z.string().optional(),
});
export type Message = z.infer<typeof MessageSchema>;

export const DocNumberSchema = z.object({
  raw: z.string(),
  /** The number in its standard form, 机关代字〔年份〕序号号. */
  normalized: z.string(),
  agency: z.string(),
  year: z.number().int().nullable(),
  serial: z.number().int().nullable(),
  span: SpanSchema,
});
export type DocNumber = z.infer<typeof DocNumberSchema>;

export const HeaderFieldSchema = z.object({ key: z.string(), value: z.string(), span: SpanSchema });
export type HeaderField = z.infer<typeof HeaderFieldSchema>;

export const MetadataSchema = z.object({
  title: z.string().nullable(),
  indexNumber: z.string().nullable(),
  publisher: z.string().nullable(),
  docNumber: DocNumberSchema.nullable(),
  publishDate: z.string().nullable(),
  signedDate: z.string().nullable(),
  /**
   * YYYY-MM for a document dated by year and month only (二〇二二年四月 under a plan's title), when
   * signedDate has no day to give. Absent from documents saved before it was added: null then.
   */
  signedMonth: z.string().nullable().default(null),
  topic: z.string().nullable(),
  genre: z.string().nullable(),
  keywords: z.array(z.string()),
  validity: z.string().nullable(),
  fields: z.array(HeaderFieldSchema),
});
export type Metadata = z.infer<typeof MetadataSchema>;

export const NoticeSchema = z.object({
  title: z.string(),
  issuer: z.string().nullable(),
  recipients: z.array(z.string()),
  body: z.string(),
  /** The title of the document the notice transmits (印发/转发《…》). */
  transmits: z.string().nullable(),
  signature: z.string().nullable(),
  signedDate: z.string().nullable(),
  /** The signed date as written, kept when it cannot be read. */
  signedDateRaw: z.string().nullable(),
  note: z.string().nullable(),
  span: SpanSchema,
});
export type Notice = z.infer<typeof NoticeSchema>;

export interface Section {
  id: string;
  level: number;
  marker: string | null;
  recovered: boolean;
  title: string;
  text: string;
  span: Span;
  children: Section[];
}
export const SectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    id: z.string(),
    level: z.number().int().positive(),
    marker: z.string().nullable(),
    recovered: z.boolean(),
    title: z.string(),
    text: z.string(),
    span: SpanSchema,
    children: z.array(SectionSchema),
  }),
);

export const DeptRefSchema = z.object({
  name: z.string(),
  canonical: z.string().nullable(),
  role: z.enum(['lead', 'participate', 'all']),
});
export type DeptRef = z.infer<typeof DeptRefSchema>;

export const MeasureSchema = z.object({
  id: z.string(),
  sectionId: z.string(),
  path: z.array(z.string()),
  title: z.string(),
  text: z.string(),
  departments: z.array(DeptRefSchema),
  span: SpanSchema,
});
export type Measure = z.infer<typeof MeasureSchema>;

export const ComparatorSchema = z.enum(['eq', 'gte', 'gt', 'lte', 'lt', 'approx', 'range']);
export const TargetSchema = z.object({
  id: z.string(),
  text: z.string(),
  metric: z.string(),
  year: z.number().int().nullable(),
  value: z.number().nullable(),
  valueMax: z.number().nullable(),
  unit: z.string().nullable(),
  normalized: z.object({ value: z.number(), valueMax: z.number().nullable(), unit: z.string() }).nullable(),
  comparator: ComparatorSchema,
  kind: z.enum(['level', 'growth', 'share', 'qualitative']),
  measureId: z.string().nullable(),
  span: SpanSchema,
});
export type Target = z.infer<typeof TargetSchema>;

export const DepartmentSchema = z.object({
  name: z.string(),
  canonical: z.string().nullable(),
  level: z.enum(['national', 'provincial', 'municipal', 'district-county', 'township-street']).nullable(),
  mentions: z.number().int().nonnegative(),
  leads: z.array(z.string()),
  participates: z.array(z.string()),
});
export type Department = z.infer<typeof DepartmentSchema>;

export const PersonSchema = z.object({
  group: z.string().nullable(),
  role: z.string(),
  name: z.string().nullable(),
  titles: z.array(z.string()),
  incomplete: z.boolean(),
  span: SpanSchema,
});
export type Person = z.infer<typeof PersonSchema>;

export const ReferenceSchema = z.object({
  title: z.string().nullable(),
  docNumber: DocNumberSchema.nullable(),
  span: SpanSchema,
});
export type Reference = z.infer<typeof ReferenceSchema>;

export const AttachmentSchema = z.object({
  label: z.string(),
  title: z.string(),
  outline: z.array(SectionSchema),
  measures: z.array(MeasureSchema),
  span: SpanSchema,
});
export type Attachment = z.infer<typeof AttachmentSchema>;

export const RemovalSchema = z.object({ kind: z.string(), text: z.string(), span: SpanSchema });
export type Removal = z.infer<typeof RemovalSchema>;

export const SourceSchema = z.object({
  path: z.string(),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  encoding: z.string(),
  format: z.enum(['text', 'html', 'markdown']),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * The main document's text before its first heading: the purpose and basis of a plan
 * (为贯彻落实…,制定本方案), or the whole text of a notice that has no headings.
 */
export const PreambleSchema = z.object({ text: z.string(), span: SpanSchema });
export type Preamble = z.infer<typeof PreambleSchema>;

/**
 * A line of the page around the document that no other field holds (site chrome, a masthead such
 * as X人民政府文件, a 印发 line), as found, so that the output loses nothing of the input.
 */
export const UnplacedLineSchema = z.object({ text: z.string(), span: SpanSchema });
export type UnplacedLine = z.infer<typeof UnplacedLineSchema>;

/** Output contract v1: what `policy-parse parse` prints for one document. */
export const PolicyDocumentSchema = z.object({
  schemaVersion: z.literal('1'),
  source: SourceSchema,
  metadata: MetadataSchema,
  notice: NoticeSchema.nullable(),
  preamble: PreambleSchema.nullable(),
  outline: z.array(SectionSchema),
  measures: z.array(MeasureSchema),
  targets: z.array(TargetSchema),
  departments: z.array(DepartmentSchema),
  personnel: z.array(PersonSchema),
  references: z.array(ReferenceSchema),
  attachments: z.array(AttachmentSchema),
  removals: z.array(RemovalSchema),
  // absent from documents saved before it was added (baselines): none then
  unplaced: z.array(UnplacedLineSchema).default([]),
  messages: z.array(MessageSchema),
});
export type PolicyDocument = z.infer<typeof PolicyDocumentSchema>;
