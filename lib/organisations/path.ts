import { levelFromName, type OrganisationLevel, organisationLevelLabels } from '@/lib/organisations/model';

export type PathSegment = { name: string; level: OrganisationLevel };
export type ParsedPath = { ok: true; segments: PathSegment[] } | { ok: false; error: string };

/** The level a segment may state after `=`: its Chinese name or its code. */
function statedLevel(text: string): OrganisationLevel | null {
  const entries = Object.entries(organisationLevelLabels) as [OrganisationLevel, string][];
  return entries.find(([code, label]) => text === label || text === code)?.[0] ?? null;
}

const levelChoices = Object.values(organisationLevelLabels).join('、');

/**
 * An organisation path as the command line writes it, from the top of the tree down:
 * `中共某某委员会/某某党工委/某某党总支`. Each segment's level is what its name says (…党委, …党工委,
 * …党总支, see `levelFromName`), or stated after `=` when the name does not say it (`机关事务中心=党总支`);
 * a stated level wins over the name. Segments are trimmed; `／` and `＝` count as `/` and `=`.
 */
export function parseOrganisationPath(text: string): ParsedPath {
  const parts = text.split(/[/／]/).map((part) => part.trim());
  if (parts.length === 1 && parts[0] === '') return { ok: false, error: '组织路径为空' };
  const segments: PathSegment[] = [];
  for (const [index, part] of parts.entries()) {
    const place = `组织路径第 ${index + 1} 段`;
    if (part === '') return { ok: false, error: `${place}为空（两个“/”之间或首尾没有名称）` };
    const pieces = part.split(/[=＝]/).map((piece) => piece.trim());
    if (pieces.length > 2) return { ok: false, error: `${place}“${part}”有多个“=”` };
    const [name, stated] = pieces;
    if (name === '') return { ok: false, error: `${place}“${part}”缺少名称` };
    if (/支部$|支部委员会$/.test(name) && !/总支部$|总支部委员会$/.test(name)) {
      return { ok: false, error: `${place}“${name}”是党支部，请用 --branch 给出，组织路径只写到它上级为止` };
    }
    let level: OrganisationLevel | null;
    if (stated !== undefined) {
      level = statedLevel(stated);
      if (!level) return { ok: false, error: `${place}“${part}”的层级“${stated}”无效，应为 ${levelChoices}` };
    } else {
      level = levelFromName(name);
      if (!level) {
        return {
          ok: false,
          error: `${place}“${name}”看不出是${levelChoices}中的哪一级，请写成“${name}=党委”（或 =党工委、=党总支）`,
        };
      }
    }
    segments.push({ name, level });
  }
  return { ok: true, segments };
}
