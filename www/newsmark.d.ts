/** A correction an editor made, over the core's annotation (UTF-16 spans). */
export type Correction =
  | { type: 'add'; start: number; end: number; label: EntityLabel; canonical: string }
  | { type: 'edit'; start: number; end: number; label: EntityLabel; canonical: string }
  | { type: 'remove'; start: number; end: number }
  | { type: 'line'; start: number; label: 'content' | 'boilerplate' };

/** An entity as shown: `corrected` is set on the ones an editor added or changed. */
export interface ShownEntity extends Entity { corrected?: true }
/** A line as shown: a content line an editor dropped is boilerplate with the reason `dropped`. */
export interface ShownLine extends Omit<Line, 'reason'> { reason: LineReason | 'dropped' }
export interface ShownAnnotation extends Omit<Annotation, 'entities' | 'lines'> { entities: ShownEntity[]; lines: ShownLine[] }

export type ExportFormat = 'json' | 'displacy' | 'web-annotation' | 'ninjs';

export interface NewsmarkAnnotatedDetail { annotation: ShownAnnotation | null; ms: number; coreMs: number; where: 'worker' | 'page' | null }
export interface NewsmarkChangeDetail { annotation: ShownAnnotation; operation: Correction; action: 'correct' | 'undo' | 'redo' }
export interface NewsmarkSelectDetail { entity: ShownEntity | null; tag: Tag | null; mentions?: number }
export interface NewsmarkErrorDetail { code: NewsmarkError['code']; message: string; error: unknown }
export interface NewsmarkProgressDetail { busy: boolean; fraction: number }

/**
 * `<news-mark>`: shows a text annotated by newsmark and lets an editor correct it.
 *
 * Attributes: `types` (space-separated labels to find, default all),
 * `boilerplate` (`hide` | `dim` | `show`, default `dim`), `ui-lang` (`en` | `hi`),
 * `readonly`, `name` (form field: the tags as JSON).
 * `newsmark-annotated` also fires (with `annotation: null`) when the text is emptied.
 * Events (bubble, composed): `newsmark-annotated`, `newsmark-change`,
 * `newsmark-select`, `newsmark-error`, `newsmark-progress`.
 */
export class NewsMarkElement extends HTMLElement {
  static readonly formAssociated: true;
  /** The text shown; setting it annotates it and clears corrections. */
  text: string;
  /** The annotation shown (corrections applied); set one made for `text` to show it without the core. */
  annotation: ShownAnnotation | null;
  readonly corrections: Correction[];
  readonly busy: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly form: HTMLFormElement | null;
  readonly name: string | null;
  /** Shows the text of an HTML document or fragment (parsed inertly; nothing in it runs or loads). */
  setHtml(html: string): Promise<ShownAnnotation | null>;
  /** Annotates the current text again, keeping corrections. */
  annotate(): Promise<ShownAnnotation | null>;
  /** Adds custom entities to this element's dictionary; resolves to how many were added. */
  addEntities(entries: CustomEntity[] | string): Promise<number>;
  /** The annotation as a JSON string in `format`, or null before the first annotation. */
  export(format: ExportFormat, context?: { id?: string; source?: string; uri?: string }): string | null;
  /** The article text: content lines without junk spans, one per line. */
  cleanText(): string;
  undo(): void;
  redo(): void;
}

declare global {
  interface HTMLElementTagNameMap { 'news-mark': NewsMarkElement }
  interface HTMLElementEventMap {
    'newsmark-annotated': CustomEvent<NewsmarkAnnotatedDetail>;
    'newsmark-change': CustomEvent<NewsmarkChangeDetail>;
    'newsmark-select': CustomEvent<NewsmarkSelectDetail>;
    'newsmark-error': CustomEvent<NewsmarkErrorDetail>;
    'newsmark-progress': CustomEvent<NewsmarkProgressDetail>;
  }
}
