'use client';
import { type FormAction, useActionForm } from '@/components/forms/use-action-form';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { type PoliticalStatus, politicalStatusLabels } from '@/lib/people/model';

type Person = { id: number; name: string; politicalStatus: PoliticalStatus; groupId: number | null };
type Props = {
  action: FormAction;
  group: { id: number; name: string; version: number };
  roster: Person[];
  groupNames: Map<number, string>;
};

/** Everyone on the roster as a checkbox: checked people belong to the group once saved. */
export function GroupMembersForm({ action, group, roster, groupNames }: Props) {
  const { state, pending, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <input type="hidden" name="id" value={group.id} />
      <input type="hidden" name="version" value={group.version} />
      <fieldset>
        <legend className="mb-2 text-sm text-stone-700">
          勾选属于“{group.name}”的人员（从其他小组勾选即调入本组）
        </legend>
        <ul className="grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
          {roster.map((person) => {
            const elsewhere =
              person.groupId !== null && person.groupId !== group.id ? groupNames.get(person.groupId) : undefined;
            return (
              <li key={person.id}>
                <label className="flex min-h-11 items-center gap-2 rounded px-2 hover:bg-stone-50">
                  <input
                    type="checkbox"
                    name="personIds"
                    value={person.id}
                    defaultChecked={person.groupId === group.id}
                    className="size-4"
                  />
                  <span>{person.name}</span>
                  <span className="text-xs text-stone-500">
                    {politicalStatusLabels[person.politicalStatus]}
                    {elsewhere && `，现属${elsewhere}`}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending}>
          保存“{group.name}”成员
        </Button>
        <FormStatus state={state} />
      </div>
    </form>
  );
}
