// What an export holds before it is serialised: notes (as PackageNote), attachments, domains, members, plans, templates.
import type { Plan } from '../../../common/api/methods/plans';
import type { PackageNote, PackageSelection } from '../../../common/packages/manifest-types';
import type { Template } from '../../../common/templates/template-types';
import type { SelectionReason } from './select-notes';

/** One attachment as listed in attachments.json: maps the id used in note bodies to its content entry. */
export interface PackageAttachment {
  id: string;
  noteId: string | null;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
  /** The archive entry holding the bytes: attachments/<sha256>/<safe file name>. */
  path: string;
}

/** A member as written to members.json: email is never exported (not needed to credit authors). */
export interface PackageMember {
  id: string;
  name: string;
  role: string;
  participation: string;
  narrative: string;
  /** Only the member's domains that are in the package. */
  domainIds: string[];
}

export interface PackageDomain {
  id: string;
  slug: string;
  name: string;
  description: string;
}

/** A plan as written to plans/<id>.json: the full plan without its template copy (in templates/<id>@<version>.json). */
export type PackagePlan = Omit<Plan, 'template'>;

export interface ExportContent {
  selection: PackageSelection;
  notes: { note: PackageNote; reason: SelectionReason; domainName: string; authorNames: string[] }[];
  /** storedPath: where the bytes are in the workspace; shownWith: the package note the preview lists it under. */
  attachments: (PackageAttachment & { storedPath: string; shownWith: string })[];
  domains: PackageDomain[];
  members: PackageMember[];
  plans: PackagePlan[];
  templates: Template[];
}
