/**
 * Creates a real account from the command line, e.g. the first secretary of a production install:
 *   npm run user:create -- --username wangli --name 王丽 --gender 女 --role secretary \
 *     --org "中共额济纳旗委员会/旗直机关党工委/旗财政局党总支" --branch 旗统计局党支部 --kind agency
 * --org is the path of organisations above the branch, from the top of the tree down; each segment is
 * found under the one before it (the first at the top) or created, its level read from its name or
 * stated after `=` (`机关事务中心=党总支`). `--committee NAME` (older commands) names one organisation,
 * found wherever it sits in the tree or created at the top.
 * The branch goes under the last segment; an account of the organisation itself (`--role reviewer`, or
 * `--role org_secretary` who also writes the organisation's own report; no branch) reads every branch
 * beneath it. A new branch is of the --kind given (asked for at a terminal, 机关 otherwise), which
 * chooses the defaults it starts with.
 * Without --password a random initial password is printed; the user must change it at first sign-in.
 */
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import bcrypt from 'bcryptjs';
import { and, count, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '@/db/audit';
import { applyMigrations, databasePath, type Executor, openDatabase } from '@/db/client';
import { addBranchDefaults } from '@/db/defaults';
import { accounts, branches, organisations, people } from '@/db/schema';
import { organisationRoles, type Role, roleLabels, roles } from '@/lib/auth/roles';
import { type BranchKind, branchKindLabels, branchKinds } from '@/lib/branches/model';
import { todayIso } from '@/lib/clock';
import { levelFromName, organisationLevelLabels } from '@/lib/organisations/model';
import { type PathSegment, parseOrganisationPath } from '@/lib/organisations/path';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    gender: { type: 'string' },
    role: { type: 'string', default: 'secretary' },
    org: { type: 'string' },
    committee: { type: 'string' },
    branch: { type: 'string' },
    password: { type: 'string' },
    kind: { type: 'string' },
  },
});

function fail(message: string): never {
  console.error(`错误：${message}`);
  process.exit(1);
}

const role = values.role as Role;
if (!roles.includes(role)) fail(`--role 应为 ${roles.join(' / ')}`);
/** The account belongs to the organisation at the path's end, not to a branch. */
const ofOrganisation = (organisationRoles as readonly Role[]).includes(role);
if (!values.username || !/^[a-z][a-z0-9_.-]{2,31}$/.test(values.username)) {
  fail('--username 为3–32位小写字母、数字、点、横线或下划线，以字母开头');
}
if (!values.name) fail('请用 --name 给出姓名');
const gender = values.gender === '女' ? 'female' : values.gender === '男' ? 'male' : null;
if (!ofOrganisation && !gender) fail('请用 --gender 给出性别（男 或 女）');
if (values.org !== undefined && values.committee !== undefined) fail('--org 与 --committee 只能给出一个');

/**
 * The organisations above the branch (or the reviewer's), top first. `--committee NAME` is the older
 * spelling of a one-segment path: the name exactly as given, a 党工委 unless its name says otherwise.
 */
function organisationPath(): PathSegment[] {
  if (values.committee !== undefined) {
    const name = values.committee.trim();
    if (!name) fail('--committee 的名称为空');
    return [{ name, level: levelFromName(name) ?? 'working_committee' }];
  }
  if (values.org === undefined) {
    fail('请用 --org 给出上级组织路径，自上而下用“/”分隔，如 --org "中共某某委员会/某某党工委/某某党总支"');
  }
  const parsed = parseOrganisationPath(values.org);
  return parsed.ok ? parsed.segments : fail(parsed.error);
}

const path = organisationPath();
if (!ofOrganisation && !values.branch?.trim()) fail('请用 --branch 给出党支部名称');
if (ofOrganisation && values.branch !== undefined) fail(`${roleLabels[role]}账户属于上级组织，不给出 --branch`);
const branchName = values.branch?.trim() ?? '';
const password = values.password ?? `Zb${randomBytes(6).toString('base64url')}9`;
if (password.length < 8 || !/[A-Za-z]/.test(password) || !/\d/.test(password))
  fail('密码至少8位，需同时包含字母和数字');

const kindChoices = branchKinds.map((k) => `${k}（${branchKindLabels[k]}）`).join(' / ');

/** A kind by its code or its Chinese name. */
function kindOf(text: string): BranchKind | null {
  return branchKinds.find((k) => k === text || branchKindLabels[k] === text) ?? null;
}

const givenKind = values.kind ? (kindOf(values.kind) ?? fail(`--kind 应为 ${kindChoices}`)) : null;

/** The kind a new branch is created with: --kind, else asked at a terminal, else 机关. */
async function newBranchKind(): Promise<BranchKind> {
  if (givenKind) return givenKind;
  if (!process.stdin.isTTY) {
    console.log(`未给出 --kind，新党支部按“机关”创建；书记可在“支部设置”中修改。可选：${kindChoices}`);
    return 'agency';
  }
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  const list = branchKinds.map((k, i) => `  ${i + 1}. ${branchKindLabels[k]}`).join('\n');
  const answer = (await prompt.question(`新党支部属于哪类单位？\n${list}\n请输入序号（直接回车为 1）：`)).trim();
  prompt.close();
  return branchKinds[answer === '' ? 0 : Number(answer) - 1] ?? fail('序号无效');
}

/** The organisation of this name directly under `parentId` (null: at the top of the tree). */
function childNamed(executor: Executor, parentId: number | null, name: string) {
  return executor
    .select()
    .from(organisations)
    .where(
      and(
        eq(organisations.name, name),
        parentId === null ? isNull(organisations.parentId) : eq(organisations.parentId, parentId),
      ),
    )
    .orderBy(organisations.id)
    .get();
}

/**
 * `--committee NAME` finds the organisation of that name wherever it sits in the tree, as before there was
 * a tree (a 党工委 since placed under a 党委 is still found); none: it is created at the top.
 */
function committeeNamed(executor: Executor, name: string) {
  const found = executor.select().from(organisations).where(eq(organisations.name, name)).all();
  if (found.length > 1) fail(`有 ${found.length} 个名为“${name}”的组织，请用 --org 写出从顶层起的完整路径`);
  return found[0];
}

/** The last organisation of the path when every segment exists already, else null (nothing is written). */
function existingPathEnd(executor: Executor): number | null {
  if (values.committee !== undefined) return committeeNamed(executor, path[0].name)?.id ?? null;
  let parentId: number | null = null;
  for (const segment of path) {
    const found = childNamed(executor, parentId, segment.name);
    if (!found) return null;
    parentId = found.id;
  }
  return parentId;
}

/** Each segment found under the one before it or created (after its siblings); the last one's id. */
function ensurePath(executor: Executor): { id: number; created: string[] } {
  const committee = values.committee !== undefined ? committeeNamed(executor, path[0].name) : undefined;
  if (committee) return { id: committee.id, created: [] };
  let parentId: number | null = null;
  const created: string[] = [];
  const onPath: number[] = [];
  for (const segment of path) {
    const found = childNamed(executor, parentId, segment.name);
    if (found) {
      if (found.level !== segment.level) {
        console.warn(
          `注意：已有组织“${found.name}”为${organisationLevelLabels[found.level]}，与所写的${organisationLevelLabels[segment.level]}不同；沿用已有的层级。`,
        );
      }
      parentId = found.id;
      onPath.push(parentId);
      continue;
    }
    // An organisation of that name still at the top (as every 党工委 was before there was a tree) is this
    // one: it goes under its parent rather than in twice, and its branches and reviewers with it.
    const topLevel: { id: number; name: string } | undefined =
      parentId === null ? undefined : childNamed(executor, null, segment.name);
    // Never the top of this very path: that would hang the tree under itself.
    if (topLevel && !onPath.includes(topLevel.id)) {
      executor.update(organisations).set({ parentId }).where(eq(organisations.id, topLevel.id)).run();
      console.log(`已将原有的“${topLevel.name}”归入上级组织之下。`);
      parentId = topLevel.id;
      onPath.push(parentId);
      continue;
    }
    const siblings: number = executor
      .select({ n: count() })
      .from(organisations)
      .where(parentId === null ? isNull(organisations.parentId) : eq(organisations.parentId, parentId))
      .get()!.n;
    parentId = executor
      .insert(organisations)
      .values({ name: segment.name, level: segment.level, parentId, sortOrder: siblings })
      .returning({ id: organisations.id })
      .get().id;
    onPath.push(parentId);
    created.push(`${segment.name}（${organisationLevelLabels[segment.level]}）`);
  }
  return { id: parentId!, created };
}

// The kind may be asked for, and a CommonJS script cannot await at its top level.
async function main() {
  const db = openDatabase();
  applyMigrations(db);
  const knownEnd = existingPathEnd(db);
  const branchIsNew =
    !ofOrganisation &&
    !(
      knownEnd !== null &&
      db
        .select({ id: branches.id })
        .from(branches)
        .where(and(eq(branches.name, branchName), eq(branches.organisationId, knownEnd)))
        .get()
    );
  const kind = branchIsNew ? await newBranchKind() : null;
  const passwordHash = bcrypt.hashSync(password, 10);

  const created = db.transaction((tx) => {
    if (tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, values.username!)).get()) {
      fail(`用户名 ${values.username} 已存在`);
    }
    const organisation = ensurePath(tx);

    let branchId: number | null = null;
    let personId: number | null = null;
    if (!ofOrganisation) {
      const existing = tx
        .select()
        .from(branches)
        .where(and(eq(branches.name, branchName), eq(branches.organisationId, organisation.id)))
        .get();
      const branch =
        existing ??
        tx
          .insert(branches)
          .values({
            name: branchName,
            organisationId: organisation.id,
            recordsFrom: todayIso(),
            kind: kind ?? 'agency',
          })
          .returning()
          .get();
      if (!existing) addBranchDefaults(tx, branch.id, branch.kind);
      branchId = branch.id;
      personId = tx
        .insert(people)
        .values({
          branchId,
          name: values.name!,
          gender: gender!,
          politicalStatus: 'full',
          committeeTitle: role === 'secretary' ? '书记' : null,
        })
        .returning()
        .get().id;
    }

    const organisationId = ofOrganisation ? organisation.id : null;
    const account = tx
      .insert(accounts)
      .values({
        username: values.username!,
        passwordHash,
        role,
        personId,
        displayName: ofOrganisation ? values.name! : null,
        branchId,
        organisationId,
        mustChangePassword: true,
      })
      .returning()
      .get();
    recordAudit(tx, {
      accountId: null,
      branchId,
      action: 'account.create_cli',
      entity: 'accounts',
      entityId: account.id,
      after: { username: account.username, role: account.role, personId, branchId, organisationId },
    });
    return organisation.created;
  });

  if (created.length) console.log(`新建上级组织：${created.join(' → ')}`);
  const where = path.map((s) => s.name).join(' / ');
  console.log(`已在 ${databasePath()} 创建账户 ${values.username}（${role}）。`);
  if (role === 'org_secretary')
    console.log(`所在组织：${where}（撰写本级述职报告，并可查看其下各级组织的全部党支部）。`);
  else if (ofOrganisation) console.log(`审阅范围：${where} 及其下各级组织的全部党支部。`);
  else console.log(`所在党支部：${where} / ${branchName}`);
  console.log(`初始密码：${password}`);
  if (!ofOrganisation) {
    console.log('首次登录后须修改密码；请在“党员名册”中补全本人的出生日期、入党日期等信息。');
  } else console.log('首次登录后须修改密码。');
}

void main();
