/**
 * dayjs' Russian and Kazakh texts, for the modules that use dayjs (the date pickers of
 * @mantine/dates, the card's day names): each names the locale it wants, and imports this module
 * so that the locale is there. dayjs is not needed to show the inbox (see `format-date.ts`).
 */
import 'dayjs/locale/ru';
import 'dayjs/locale/kk';
