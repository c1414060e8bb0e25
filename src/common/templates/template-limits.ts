// Size and shape limits of planning templates, shared by the zod schema and the semantic validator.

/** Ids of phases, fields, tasks, outputs, checklist items, table columns, choice values and variables. */
export const ITEM_ID_PATTERN = /^[a-zA-Z][a-zA-Z0-9_-]{0,63}$/;
/** A template's own id: a lower-case slug (same rule as the templates API). */
export const TEMPLATE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Names, labels, titles and option labels. */
export const MAX_LABEL_CHARS = 300;
/** Descriptions, guidance, prompts, help, placeholders and note bodies (Markdown). */
export const MAX_LONG_TEXT_CHARS = 20_000;

export const MAX_PHASES = 20;
export const MAX_PER_PHASE = 100;
export const MAX_OPTIONS = 100;
export const MAX_TAGS = 20;
export const MAX_VARIABLES = 50;
