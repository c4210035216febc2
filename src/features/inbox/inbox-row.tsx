import { Anchor, Checkbox, Skeleton, Table, Text } from '@mantine/core';
import { memo, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicationRow } from '../../api/schemas/applications.ts';
import { ClockBadge } from '../../shared/clock-badge';
import { liveClock, type InboxEnv } from './inbox-env';
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

/** Two short lines in a cell: the main text and a dimmed second line; full text on hover. */
function TwoLines(props: { main: string; sub?: string; mainTitle?: string; subTitle?: string; subLabel?: string }) {
  return (
    <>
      <Text fz={13} truncate="end" title={props.mainTitle ?? props.main} lh={1.35}>
        {props.main}
      </Text>
      {props.sub ? (
        <Text fz={12} c="dimmed" truncate="end" title={props.subTitle ?? props.sub} lh={1.35} aria-label={props.subLabel}>
          {props.sub}
        </Text>
      ) : null}
    </>
  );
}

const stop = (e: MouseEvent | KeyboardEvent) => e.stopPropagation();

/** One application in the inbox table (about 44 px high). */
export const InboxRow = memo(function InboxRow({ row, index, env, finishedLayout, active, tabbable, selectable, selected, withTake, canTake, onSelect, onOpen, onActivate }: RowProps) {
  const { t } = useTranslation('inbox');
  const service = env.service(row.serviceId);
  const variant = env.variant(row.serviceId, row.variantId);
  const idKind = row.applicant.type === 'person' ? 'iin' : 'bin';
  const masked = `${t(`row.${idKind}`)} ${'•'.repeat(8)}${row.applicant.idTail}`;
  const finished = row.status === 'issued' || row.status === 'refused';
  const step = row.step ? env.stepKind(row.step.kind) : null;
  const performer = row.assignee
    ? row.assignee.name[env.lng]
    : row.step
      ? t('row.inQueue', { role: t(`role.${row.step.role}`) })
      : '';
  const received = env.dateTime(row.receivedAt);
  const channel = env.channel(row.channel);
  return (
    <Table.Tr
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
        <Table.Td onClick={stop}>
          <Checkbox
            size="xs"
            checked={selected}
            aria-label={t('table.selectRow', { regNo: row.regNo })}
            onChange={(e) => onSelect(row, e.currentTarget.checked)}
          />
        </Table.Td>
      ) : null}
      <Table.Td>
        <Anchor component={Link} to={`/applications/${encodeURIComponent(row.id)}`} fz={13} fw={600} onClick={stop} tabIndex={-1} className={classes.regNo}>
          {row.regNo}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <TwoLines main={row.applicant.name} sub={masked} subLabel={t(`row.${idKind}Tail`, { tail: row.applicant.idTail })} />
      </Table.Td>
      <Table.Td>
        <TwoLines main={service.short} mainTitle={service.full} sub={variant.short} subTitle={variant.full} />
      </Table.Td>
      <Table.Td>
        {finished ? (
          <TwoLines main={t(`status.${row.status}`)} />
        ) : (
          <TwoLines main={step?.short ?? ''} mainTitle={step?.full} sub={performer} />
        )}
      </Table.Td>
      <Table.Td>
        <TwoLines main={received} sub={channel.short} subTitle={channel.full} />
      </Table.Td>
      {finishedLayout ? null : (
        <Table.Td>
          <ClockBadge clock={liveClock(row.stepClock, env)} kind="step" timeZone={env.timeZone} minutesPerDay={env.minutesPerDay} />
        </Table.Td>
      )}
      <Table.Td>
        <ClockBadge clock={liveClock(row.serviceClock, env)} kind="service" timeZone={env.timeZone} minutesPerDay={env.minutesPerDay} />
      </Table.Td>
      {withTake ? (
        <Table.Td onClick={stop}>
          {canTake ? <TakeButton row={row} /> : null}
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
});

/** A row whose page is still on its way: same height, calm placeholders. */
export function SkeletonRow(props: { columns: number; index: number }) {
  return (
    <Table.Tr className={classes.row} data-index={props.index} aria-rowindex={props.index + 2} aria-busy>
      {Array.from({ length: props.columns }, (_, i) => (
        <Table.Td key={i}>
          <Skeleton height={12} radius="sm" width={i === 0 ? '60%' : '80%'} />
        </Table.Td>
      ))}
    </Table.Tr>
  );
}
