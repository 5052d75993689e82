import { getLedger, listLedgerEntries } from '@/db/queries/ledgers';
import { downloadResponse, refusal, xlsxType } from '@/lib/http/download';
import { ledgerXlsx } from '@/lib/ledgers/ledger-xlsx';
import { yearOrCurrent } from '@/lib/years';
import { routeUser } from '@/server/auth/current-user';

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await routeUser('ledgers.read_all');
  if (user instanceof Response) return user;
  const ledger = getLedger(user, Number((await params).id));
  if (!ledger) return refusal(404);
  const year = yearOrCurrent(new URL(request.url).searchParams.get('year'));
  const title = `${user.branchName}${year}年${ledger.name}${ledger.name.endsWith('台账') ? '' : '台账'}`;
  const entries = listLedgerEntries(user, ledger.id, year).map((e) => ({ ...e, people: e.people.map((p) => p.name) }));
  const buffer = await ledgerXlsx({ title, shape: ledger, entries });
  return downloadResponse(buffer, `${title}.xlsx`, xlsxType);
}
