/** The rows the shared store suite stores (see store.behaviour.ts). */

/** A row with a field of every kind a `where` can name. */
export interface Thing {
  id: string;
  partner: string | null;
  name: string;
  size: number;
  flag: boolean;
  note: string | null;
  tags: string[];
  detail: { colour: string };
}

let counter = 0;

export function thing(fields: Partial<Thing> = {}): Thing {
  counter += 1;
  return {
    id: `buy_thing${String(counter).padStart(6, '0')}`,
    partner: 'ptn_a',
    name: `thing ${counter}`,
    size: counter,
    flag: false,
    note: null,
    tags: ['a'],
    detail: { colour: 'red' },
    ...fields,
  };
}

export const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
