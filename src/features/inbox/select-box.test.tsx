// @vitest-environment jsdom
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SelectBox } from './select-box';

describe('SelectBox', () => {
  it.each([true, false])('is a named checkbox that shows its state (checked %s) and reports a click', async (checked) => {
    const onChange = vi.fn();
    const { getByRole } = render(<SelectBox checked={checked} label="Выбрать ALA-1" onChange={(e) => onChange(e.currentTarget.checked)} />);
    const box = getByRole('checkbox', { name: 'Выбрать ALA-1' }) as HTMLInputElement;
    expect(box.checked).toBe(checked);
    expect(box.indeterminate).toBe(false);
    // The check mark (not the dash) follows the input, where the stylesheet shows it when checked.
    expect(box.nextElementSibling?.querySelector('path')).not.toBeNull();
    await userEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(!checked);
  });

  it('shows "some selected" as mixed with a dash, and a click then selects all', async () => {
    const onChange = vi.fn();
    const { getByRole, rerender } = render(<SelectBox checked={false} indeterminate label="Выбрать все" onChange={(e) => onChange(e.currentTarget.checked)} />);
    const box = getByRole('checkbox', { name: 'Выбрать все' }) as HTMLInputElement;
    expect(box.indeterminate).toBe(true);
    expect(box).toHaveAttribute('data-indeterminate');
    expect(box).toBePartiallyChecked();
    expect(box.nextElementSibling?.querySelector('rect')).not.toBeNull();
    await userEvent.click(box);
    expect(onChange).toHaveBeenCalledWith(true);
    // All selected: checked wins over "some".
    rerender(<SelectBox checked indeterminate label="Выбрать все" onChange={() => undefined} />);
    expect(box.indeterminate).toBe(false);
    expect(box).not.toHaveAttribute('data-indeterminate');
    expect(box).toBeChecked();
  });
});
