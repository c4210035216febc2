import '@mantine/dates/styles.css';
import { DatePicker, DatesProvider } from '@mantine/dates';
import '../../shared/dayjs-locales';

type Draft = [string | null, string | null];

/** The range calendar of the period filter: a chunk of its own, loaded when the filter opens. */
export default function PeriodCalendar(props: { lng: string; value: Draft; onChange: (value: Draft) => void; maxDate: string }) {
  return (
    <DatesProvider settings={{ locale: props.lng, firstDayOfWeek: 1 }}>
      <DatePicker
        type="range"
        allowSingleDateInRange
        value={props.value}
        onChange={(v) => props.onChange([v[0], v[1]])}
        maxDate={props.maxDate}
      />
    </DatesProvider>
  );
}
