/**
 * Creates a real account from the command line, e.g. the first secretary of a production install:
 *   npm run user:create -- --username wangli --name 王丽 --gender 女 --role secretary \
 *     --committee 额济纳旗旗直机关党工委 --branch 旗统计局党支部 --kind agency
 * The working committee and the branch are created when they do not exist yet; a new branch is of the
 * --kind given (asked for at a terminal, 机关 otherwise), which chooses the defaults it starts with.
 * Without --password a random initial password is printed; the user must change it at first sign-in.
 */
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import bcrypt from 'bcryptjs';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '@/db/audit';
import { applyMigrations, databasePath, openDatabase } from '@/db/client';
import { addBranchDefaults } from '@/db/defaults';
import { accounts, branches, committees, people } from '@/db/schema';
import { type Role, roles } from '@/lib/auth/roles';
import { type BranchKind, branchKindLabels, branchKinds } from '@/lib/branches/model';
import { todayIso } from '@/lib/clock';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    gender: { type: 'string' },
    role: { type: 'string', default: 'secretary' },
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
if (!values.username || !/^[a-z][a-z0-9_.-]{2,31}$/.test(values.username)) {
  fail('--username 为3–32位小写字母、数字、点、横线或下划线，以字母开头');
}
if (!values.name) fail('请用 --name 给出姓名');
const gender = values.gender === '女' ? 'female' : values.gender === '男' ? 'male' : null;
if (role !== 'reviewer' && !gender) fail('请用 --gender 给出性别（男 或 女）');
if (!values.committee) fail('请用 --committee 给出党工委名称');
if (role !== 'reviewer' && !values.branch) fail('请用 --branch 给出党支部名称');
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

// The kind may be asked for, and a CommonJS script cannot await at its top level.
async function main() {
  const db = openDatabase();
  applyMigrations(db);
  const committeeRow = values.committee
    ? db.select().from(committees).where(eq(committees.name, values.committee)).get()
    : undefined;
  const branchIsNew =
    role !== 'reviewer' &&
    !(
      committeeRow &&
      db
        .select({ id: branches.id })
        .from(branches)
        .where(and(eq(branches.name, values.branch!), eq(branches.committeeId, committeeRow.id)))
        .get()
    );
  const kind = branchIsNew ? await newBranchKind() : null;
  const passwordHash = bcrypt.hashSync(password, 10);

  db.transaction((tx) => {
    if (tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.username, values.username!)).get()) {
      fail(`用户名 ${values.username} 已存在`);
    }
    const committee =
      tx.select().from(committees).where(eq(committees.name, values.committee!)).get() ??
      tx.insert(committees).values({ name: values.committee! }).returning().get();

    let branchId: number | null = null;
    let personId: number | null = null;
    if (role !== 'reviewer') {
      const existing = tx
        .select()
        .from(branches)
        .where(and(eq(branches.name, values.branch!), eq(branches.committeeId, committee.id)))
        .get();
      const branch =
        existing ??
        tx
          .insert(branches)
          .values({ name: values.branch!, committeeId: committee.id, recordsFrom: todayIso(), kind: kind ?? 'agency' })
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

    const account = tx
      .insert(accounts)
      .values({
        username: values.username!,
        passwordHash,
        role,
        personId,
        displayName: role === 'reviewer' ? values.name! : null,
        branchId,
        committeeId: role === 'reviewer' ? committee.id : null,
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
      after: { username: account.username, role: account.role, personId, branchId },
    });
  });

  console.log(`已在 ${databasePath()} 创建账户 ${values.username}（${role}）。`);
  console.log(`初始密码：${password}`);
  console.log('首次登录后须修改密码；请在“党员名册”中补全本人的出生日期、入党日期等信息。');
}

void main();
