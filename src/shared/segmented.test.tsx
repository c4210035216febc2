// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { Segmented } from './segmented';

const DATA = [
  { value: 'all', label: 'Все · 76' },
  { value: 'overdue', label: 'Просрочено · 16' },
  { value: 'paused', label: 'Приостановлено · 6' },
] as const;

function Switch(props: { initial: string; onChange: (value: string) => void }) {
  const [value, setValue] = useState(props.initial);
  return (
    <Segmented
      label="Состояние срока"
      value={value as (typeof DATA)[number]['value'] | ''}
      data={[...DATA]}
      onChange={(next) => {
        props.onChange(next);
        setValue(next);
      }}
    />
  );
}

describe('Segmented', () => {
  it('is a named radio group with the chosen item checked; a click on an item chooses it', async () => {
    const onChange = vi.fn();
    render(<Switch initial="all" onChange={onChange} />);
    expect(screen.getByRole('radiogroup', { name: 'Состояние срока' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Все · 76' })).toBeChecked();
    await userEvent.click(screen.getByText('Просрочено · 16'));
    expect(onChange).toHaveBeenCalledWith('overdue');
    expect(screen.getByRole('radio', { name: 'Просрочено · 16' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Все · 76' })).not.toBeChecked();
    // The chosen item is marked for the stylesheet (its white card), the others are not.
    expect(screen.getByText('Просрочено · 16').closest('label')).toHaveAttribute('data-active');
    expect(screen.getByText('Все · 76').closest('label')).not.toHaveAttribute('data-active');
  });

  it('shows no item chosen when the value is none of them, and the keyboard still reaches the group', async () => {
    const onChange = vi.fn();
    render(<Switch initial="" onChange={onChange} />);
    for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'Все · 76' })).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(onChange).toHaveBeenCalledWith('all');
  });
});
