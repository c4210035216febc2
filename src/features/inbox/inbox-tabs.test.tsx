// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import ru from '../../../locales/ru/inbox.json';
import type { Tab } from '../../api/schemas/applications';
import { theme } from '../../app/theme';
import { createTestI18n } from '../../test/i18n';
import { InboxTabs } from './inbox-tabs';

const TABS: Tab[] = ['my', 'queue', 'control', 'finished'];

type Counters = { my: number; queue: number; control: number | null; finished: number };

/** The tabs as the screen uses them: the chosen tab follows `onChange`. */
function Screen(props: { value: Tab; counters?: Counters; onChange: (tab: Tab) => void }) {
  const [value, setValue] = useState(props.value);
  const change = (next: Tab) => {
    props.onChange(next);
    setValue(next);
  };
  return <InboxTabs value={value} tabs={TABS} counters={props.counters} onChange={change} />;
}

function renderTabs(props: { value: Tab; counters?: Counters }) {
  const onChange = vi.fn();
  render(
    <I18nextProvider i18n={createTestI18n('ru')}>
      <MantineProvider theme={theme}>
        <button type="button">before</button>
        <Screen {...props} onChange={onChange} />
        <button type="button">after</button>
      </MantineProvider>
    </I18nextProvider>,
  );
  return onChange;
}

const tab = (key: Tab) => screen.getByRole('tab', { name: new RegExp(`^${ru.tabs[key]}`) });

describe('InboxTabs', () => {
  it('is a named tab list with the chosen tab selected and the counts beside the names', () => {
    renderTabs({ value: 'queue', counters: { my: 3, queue: 1200, control: 7, finished: 0 } });
    expect(screen.getByRole('tablist', { name: ru.tabs.label })).toBeInTheDocument();
    expect(screen.getAllByRole('tab')).toHaveLength(4);
    expect(tab('queue')).toHaveAttribute('aria-selected', 'true');
    expect(tab('my')).toHaveAttribute('aria-selected', 'false');
    expect(tab('queue')).toHaveTextContent(/1\s200$/);
    expect(tab('finished')).toHaveTextContent(/0$/);
  });

  it('Tab enters at the chosen tab; arrows, Home and End move the focus round the ends without opening; Enter and Space open', async () => {
    const user = userEvent.setup();
    const onChange = renderTabs({ value: 'control' });
    await user.click(screen.getByRole('button', { name: 'before' }));
    await user.tab();
    expect(tab('control')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(tab('finished')).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(tab('my')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(tab('finished')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(tab('my')).toHaveFocus();
    await user.keyboard('{End}');
    expect(tab('finished')).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('finished');
    expect(tab('finished')).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home} ');
    expect(onChange).toHaveBeenLastCalledWith('my');
    // The list is one stop: Tab leaves it, Shift+Tab comes back to the open tab.
    await user.tab();
    expect(screen.getByRole('button', { name: 'after' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(tab('my')).toHaveFocus();
  });

  it('a click opens another tab; the open one stays as it is', async () => {
    const user = userEvent.setup();
    const onChange = renderTabs({ value: 'my' });
    await user.click(tab('my'));
    expect(onChange).not.toHaveBeenCalled();
    await user.click(tab('queue'));
    expect(onChange).toHaveBeenCalledWith('queue');
  });
});
