import { Skeleton } from '@mantine/core';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import type { ApplicationRow } from '../../api/schemas/applications.ts';
import { ClockBadge } from '../../shared/clock-badge';
import { liveClock, type InboxEnv } from './inbox-env';
import { SelectBox } from './select-box';
import { TakeButton } from './take-button';
import classes from './inbox-table.module.css';

export type RowProps = {
  row: ApplicationRow;
  index: number;
  env: InboxEnv;
  active: boolean;
  /** The one row reachable with Tab (roving focus). */
  tabbable: boolean;
  selectable: boolean;
  selected: boolean;
  /** Finished work: no step clock column; the step column says issued or refused. */
  finishedLayout: boolean;
  /** The actions column exists (queue tab). */
  withTake: boolean;
  /** This row's step is one the signed-in person may take (their role and tier). */
  canTake: boolean;
  onSelect: (row: ApplicationRow, selected: boolean) => void;
  onOpen: (row: ApplicationRow) => void;
  onActivate: (index: number) => void;
};

/**
 * Two short lines in a cell: the main text and a dimmed second line; full text on hover. Plain
 * elements styled by the module (a table shows dozens of rows, each with ten of these lines).
 */
function TwoLines(props: { main: string; sub?: string; mainTitle?: string; subTitle?: string; subLabel?: string }) {
  return (
    <>
      <div className={classes.line} title={props.mainTitle ?? props.main}>
        {props.main}
      </div>
      {props.sub ? (
        <div className={classes.subLine} title={props.subTitle ?? props.sub} aria-label={props.subLabel}>
          {props.sub}
        </div>
      ) : null}
    </>
  );
}

const stop = (e: MouseEvent | KeyboardEvent) => e.stopPropagation();

/** The card's address (the router has no basename). */
export const cardPath = (row: Pick<ApplicationRow, 'id'>) => `/applications/${encodeURIComponent(row.id)}`;

/** One application in the inbox table (about 44 px high). */
export const InboxRow = memo(function InboxRow({ row, index, env, finishedLayout, active, tabbable, selectable, selected, withTake, canTake, onSelect, onOpen, onActivate }: RowProps) {
  const service = env.service(row.serviceId);
  const variant = env.variant(row.serviceId, row.variantId);
  const idKind = row.applicant.type === 'person' ? 'iin' : 'bin';
  const masked = env.row.maskedId(idKind, row.applicant.idTail);
  const finished = row.status === 'issued' || row.status === 'refused';
  const step = row.step ? env.stepKind(row.step.kind) : null;
  const performer = env.performer(row.assignee, row.step?.role);
  const received = env.dateTime(row.receivedAt);
  const channel = env.channel(row.channel);
  return (
    <tr
      className={classes.row}
      data-active={active || undefined}
      data-selected={selected || undefined}
      aria-selected={selectable ? selected : undefined}
      tabIndex={tabbable ? 0 : -1}
      data-index={index}
      data-row-id={row.id}
      onClick={() => onOpen(row)}
      onFocus={() => onActivate(index)}
    >
      {selectable ? (
        <td onClick={stop}>
          <SelectBox checked={selected} label={env.row.selectLabel(row.regNo)} onChange={(e) => onSelect(row, e.currentTarget.checked)} />
        </td>
      ) : null}
      <td>
        {/* A plain link (a router Link re-renders every row at each change of the address, e.g. a search). */}
        <a
          href={cardPath(row)}
          tabIndex={-1}
          className={classes.regNo}
          onClick={(e) => {
            e.stopPropagation();
            // Like a router link: a plain click stays in the app; with a modifier the browser decides.
            if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
            e.preventDefault();
            onOpen(row);
          }}
        >
          {row.regNo}
        </a>
      </td>
      <td>
        <TwoLines main={row.applicant.name} sub={masked} subLabel={env.row.idTailLabel(idKind, row.applicant.idTail)} />
      </td>
      <td>
        <TwoLines main={service.short} mainTitle={service.full} sub={variant.short} subTitle={variant.full} />
      </td>
      <td>
        {finished ? (
          <TwoLines main={env.row.status(row.status)} />
        ) : (
          <TwoLines main={step?.short ?? ''} mainTitle={step?.full} sub={performer} />
        )}
      </td>
      <td>
        <TwoLines main={received} sub={channel.short} subTitle={channel.full} />
      </td>
      {finishedLayout ? null : (
        <td>
          <ClockBadge clock={liveClock(row.stepClock, env)} kind="step" timeZone={env.timeZone} minutesPerDay={env.minutesPerDay} />
        </td>
      )}
      <td>
        <ClockBadge clock={liveClock(row.serviceClock, env)} kind="service" timeZone={env.timeZone} minutesPerDay={env.minutesPerDay} />
      </td>
      {withTake ? (
        <td onClick={stop}>
          {canTake ? <TakeButton row={row} /> : null}
        </td>
      ) : null}
    </tr>
  );
});

/** A row whose page is still on its way: same height, calm placeholders. */
export function SkeletonRow(props: { columns: number; index: number }) {
  return (
    <tr className={classes.row} data-index={props.index} aria-rowindex={props.index + 2} aria-busy>
      {Array.from({ length: props.columns }, (_, i) => (
        <td key={i}>
          <Skeleton height={12} radius="sm" width={i === 0 ? '60%' : '80%'} />
        </td>
      ))}
    </tr>
  );
}
